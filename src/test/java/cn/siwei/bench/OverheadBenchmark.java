package cn.siwei.bench;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import cn.siwei.access.Actor;
import cn.siwei.access.Role;
import cn.siwei.account.Accounts;
import cn.siwei.demo.DataGenerator;

/**
 * What every authenticated request pays before it does its own work (session, actor, menu counts), for a
 * city-wide, a district and a community account on a generated city: {@code /actuator/health}, one small API
 * read ({@code /api/v1/regions/{own node}}) and one small page ({@code /account/password}, the layout with the
 * menu and the unread count), over HTTP with a logged-in session. The city gets one notice to its staff per
 * request (as a working platform writes one for each new request), so that a count over a city's notices shows.
 * Beside them, in the same run, the unread count as it was (every unread notice of the account's scope counted)
 * and as it is (counted to the menu's cap from each recipient's index). Writes
 * {@code benchmarks/results/overhead-<requests>-<date>.md}.
 * <p>
 * Run: {@code ./mvnw -q test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=cn.siwei.bench.OverheadBenchmark -Dexec.args="1000000 1000000"} (requests, wishes).
 */
public final class OverheadBenchmark {

	private static final Logger log = LoggerFactory.getLogger(OverheadBenchmark.class);

	private static final String PASSWORD = "Bench-overhead-2026!";

	/** The unread count before issue 18: every unread notice of the scope, on every request. */
	private static final String OLD_UNREAD = "select count(*) from notification n where"
			+ " ((n.person_id = :person) or (n.organisation_id = :org)"
			+ " or (n.region_path is not null and :staff and in_subtree(n.region_path, :scope)))"
			+ " and not (n.id <= coalesce((select upto from notification_seen where account_id = :account), 0)"
			+ " or exists (select 1 from notification_read r where r.account_id = :account and r.notification_id = n.id))";

	private OverheadBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		long requests = args.length > 0 ? Long.parseLong(args[0]) : 1_000_000;
		long wishes = args.length > 1 ? Long.parseLong(args[1]) : requests;
		BenchPlatform.runOrAttach(context -> run(context, requests, wishes, System.getProperty("siwei.bench.url") == null));
	}

	static void run(ConfigurableApplicationContext context, long requestCount, long wishCount, boolean generate)
			throws Exception {
		JdbcClient jdbc = context.getBean(JdbcClient.class);
		if (generate) {
			context.getBean(DataGenerator.class)
				.generate(new int[] { 1, 10, 10, 10, 10, 3, 3 }, Math.max(200_000, (requestCount + wishCount) / 20),
						Map.of("wishes", wishCount, "requests", requestCount));
		}
		// one notice to the staff of its place per request, as intake writes them
		long notices = jdbc.sql("select count(*) from notification").query(Long.class).single();
		if (notices < requestCount) {
			jdbc.sql("""
					insert into notification (region_path, at, message_key, args, link)
					select r.region_path, r.created_at, 'notice.request.new', array[left(r.description, 20)], '/requests/' || r.id
					from request r""").update();
		}
		jdbc.sql("vacuum analyze notification").update();
		notices = jdbc.sql("select count(*) from notification").query(Long.class).single();

		Accounts accounts = context.getBean(Accounts.class);
		Actor admin = new Actor(0, "bench", "bench", Role.ADMIN, "/", null, null);
		String[] levels = { "city", "district", "community" };
		int[] depth = { 1, 2, 4 };
		Role[] roles = { Role.ADMIN, Role.STREET_OFFICER, Role.COMMUNITY_WORKER };
		int port = Integer.parseInt(context.getEnvironment().getProperty("local.server.port"));
		Map<String, java.util.function.Supplier<Integer>> calls = new LinkedHashMap<>();
		Map<String, String> counts = new LinkedHashMap<>();
		for (int i = 0; i < levels.length; i++) {
			record Node(long id, String path) {
			}
			Node node = jdbc.sql("select id, path from region where level = ? and code like 'G%' order by id limit 1")
				.param(depth[i])
				.query((rs, n) -> new Node(rs.getLong(1), rs.getString(2)))
				.single();
			String username = "bench-" + levels[i];
			String displayName = "基准" + levels[i];
			Role role = roles[i];
			long accountId = accounts.findByUsername(username)
				.map(a -> a.id())
				.orElseGet(() -> accounts.create(admin, new Accounts.AccountForm(username, displayName, role,
						node.id(), null, null), PASSWORD).id());
			HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
			login(http, port, username);
			String base = "http://127.0.0.1:" + port;
			if (i == 0) {
				HttpClient anonymous = HttpClient.newHttpClient();
				calls.put("`/actuator/health`, nobody logged in (the floor)", () -> get(anonymous, base + "/actuator/health"));
			}
			calls.put("`/actuator/health`, " + levels[i], () -> get(http, base + "/actuator/health"));
			calls.put("`/api/v1/regions/{own node}`, " + levels[i], () -> get(http, base + "/api/v1/regions/" + node.id()));
			calls.put("`/account/password` (a page with the menu), " + levels[i],
					() -> get(http, base + "/account/password"));

			Map<String, Object> who = Map.of("person", -1L, "org", -1L, "staff", true, "scope", node.path(), "account",
					accountId);
			Actor actor = new Actor(accountId, username, username, roles[i], node.path(), null, null);
			counts.put("unread count as it was (every unread notice of the scope), " + levels[i],
					slow(() -> jdbc.sql(OLD_UNREAD).params(who).query(Long.class).single().intValue()));
			cn.siwei.notification.Notifications notifications = context
				.getBean(cn.siwei.notification.Notifications.class);
			counts.put("unread count as it is (to the cap of " + cn.siwei.notification.Notifications.UNREAD_CAP
					+ "), " + levels[i], RegionTreeBenchmark.measure(() -> (int) notifications.unread(actor)));
		}

		Map<String, String> results = interleaved(calls);

		List<String> lines = new ArrayList<>();
		lines.add("# Per-request overhead: " + requestCount + " requests and " + wishCount + " wishes, " + LocalDate.now());
		lines.add("");
		lines.add(BenchPlatform.machine() + ", embedded PostgreSQL 17 (fsync on); the platform and this"
				+ " client in one JVM; a shared, noisy machine: read medians.");
		lines.add("");
		lines.add("A generated city of 131,111 nodes with " + notices + " notices to its staff (one per request). Each"
				+ " call over HTTP with a logged-in session (form login, session cookie, sessions in the database), in rounds"
				+ " that call each once (200 rounds of warm-up, then 300 timed); median and 95th percentile. Accounts: the city's administrator, an officer bound to a district, a"
				+ " community's worker (each receives the notices of their scope).");
		lines.add("");
		lines.add("| call | median | p95 |");
		lines.add("|---|---|---|");
		results.forEach((k, v) -> lines.add("| " + k + " | " + v + " |"));
		lines.add("");
		lines.add("The menu's unread count, the same accounts, called directly (as it was: one warm-up run, five timed, median"
				+ " and the slowest; as it is: five warm-up runs, thirty timed, median and 95th percentile):");
		lines.add("");
		lines.add("| query | median | p95 |");
		lines.add("|---|---|---|");
		counts.forEach((k, v) -> lines.add("| " + k + " | " + v + " |"));
		Path dir = Path.of("benchmarks", "results");
		Files.createDirectories(dir);
		Path file = dir.resolve("overhead-" + requestCount + "-" + LocalDate.now() + ".md");
		Files.write(file, lines);
		log.info("{}{}Written to {}", String.join(System.lineSeparator(), lines), System.lineSeparator(), file);
	}

	/** A call that takes seconds: one warm-up run, then five timed; median and the slowest. */
	private static String slow(java.util.function.Supplier<Integer> call) {
		call.get();
		long[] times = new long[5];
		for (int i = 0; i < times.length; i++) {
			long s = System.nanoTime();
			call.get();
			times[i] = System.nanoTime() - s;
		}
		java.util.Arrays.sort(times);
		return String.format("%.1f ms | %.1f ms", times[2] / 1e6, times[4] / 1e6);
	}

	/**
	 * The HTTP calls timed in rounds, each round calling each once, so that the machine's slow moments fall on
	 * every call alike: 200 rounds of warm-up (the JIT), then 300 timed.
	 */
	private static Map<String, String> interleaved(Map<String, java.util.function.Supplier<Integer>> calls) {
		for (int r = 0; r < 200; r++) {
			calls.values().forEach(java.util.function.Supplier::get);
		}
		Map<String, long[]> times = new LinkedHashMap<>();
		calls.keySet().forEach(k -> times.put(k, new long[300]));
		for (int r = 0; r < 300; r++) {
			for (var call : calls.entrySet()) {
				long s = System.nanoTime();
				call.getValue().get();
				times.get(call.getKey())[r] = System.nanoTime() - s;
			}
		}
		Map<String, String> results = new LinkedHashMap<>();
		times.forEach((k, t) -> results.put(k, RegionTreeBenchmark.summary(t)));
		return results;
	}

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	private static void login(HttpClient http, int port, String username) throws Exception {
		String page = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/login")).build(),
				HttpResponse.BodyHandlers.ofString()).body();
		Matcher m = CSRF.matcher(page);
		if (!m.find()) {
			throw new IllegalStateException("No CSRF token on the login page");
		}
		String form = "username=" + username + "&password=" + URLEncoder.encode(PASSWORD, StandardCharsets.UTF_8)
				+ "&_csrf=" + URLEncoder.encode(m.group(1), StandardCharsets.UTF_8);
		HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form))
			.build(), HttpResponse.BodyHandlers.ofString());
		String location = answer.headers().firstValue("Location").orElse("");
		if (answer.statusCode() != 302 || location.contains("error")) {
			throw new IllegalStateException("Login of " + username + " refused: " + answer.statusCode() + " " + location);
		}
	}

	private static int get(HttpClient http, String url) {
		try {
			HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create(url)).build(),
					HttpResponse.BodyHandlers.ofString());
			if (answer.statusCode() != 200) {
				throw new IllegalStateException(url + " answered " + answer.statusCode());
			}
			return answer.body().length();
		}
		catch (Exception ex) {
			throw new IllegalStateException(url, ex);
		}
	}

}
