package cn.siwei.bench;

import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * 12345 intake against its floor, side by side in one run on the same embedded PostgreSQL: the platform receiving
 * pushes over HTTP (8 keep-alive clients, a unique Idempotency-Key each, the demo's 12345 connection), and the same
 * three rows per transaction written as plain SQL by 8 JDBC clients (the idempotency key, the request copied from
 * one the platform made, its first timeline entry; the tables' own triggers — counters, rollups — fire for both).
 * Writes {@code benchmarks/results/intake-<date>.md} with both rates and their ratio (the goal of issue 18 is 0.5).
 * <p>
 * Run: {@code ./mvnw -q test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=cn.siwei.bench.IntakeBenchmark -Dexec.args=30} (seconds for each side).
 */
public final class IntakeBenchmark {

	private static final Logger log = LoggerFactory.getLogger(IntakeBenchmark.class);

	private static final int CLIENTS = 8;

	/** Seconds of warm-up each side: the JIT compiler was still busy with the platform's code after 30 s. */
	private static final int WARM_UP = 30;

	private IntakeBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		int seconds = args.length > 0 ? Integer.parseInt(args[0]) : 30;
		String url = System.getProperty("siwei.bench.url");
		if (url == null) {
			BenchPlatform.run(context -> run(context, seconds), "--siwei.demo=true");
		}
		else {
			// an external PostgreSQL, say one with pg_stat_statements loaded to see where its time goes
			BenchPlatform.attach(url, System.getProperty("siwei.bench.user"), System.getProperty("siwei.bench.password"),
					context -> run(context, seconds), "--siwei.demo=true");
		}
		// the HTTP client's threads would keep the JVM alive
		System.exit(0);
	}

	/**
	 * @param commits the database's commits a push (from pg_stat_database)
	 * @param cpu the JVM's processor time a push, in milliseconds (platform and clients together)
	 */
	record Rate(long done, double perSecond, double p50, double p95, double commits, double cpu) {
	}

	static void run(ConfigurableApplicationContext context, int seconds) throws Exception {
		JdbcClient jdbc = context.getBean(JdbcClient.class);
		DataSource dataSource = context.getBean(DataSource.class);
		int port = Integer.parseInt(context.getEnvironment().getProperty("local.server.port"));
		URI intake = URI.create("http://127.0.0.1:" + port + "/api/v1/requests/intake");
		AtomicLong keys = new AtomicLong();
		HttpClient http = HttpClient.newBuilder().executor(Executors.newFixedThreadPool(CLIENTS)).build();
		BenchLoad.Call push = n -> {
			long k = keys.incrementAndGet();
			HttpResponse<String> answer = http.send(HttpRequest.newBuilder(intake)
				.header("X-Api-Key", "demo-12345-key")
				.header("Idempotency-Key", "bench-" + k)
				.header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers.ofString("""
						{"categoryCode": "ENVIRONMENT", "description": "基准测试：小区垃圾堆放多日，第%d件。",
						 "address": "克拉玛依区昆仑路街道永安社区永安小区", "reporterName": "王女士",
						 "reporterPhone": "13900001111", "externalId": "12345-B-%d"}""".formatted(k, k)))
				.build(), HttpResponse.BodyHandlers.ofString());
			if (answer.statusCode() != 201) {
				throw new IllegalStateException("intake answered " + answer.statusCode() + ": " + answer.body());
			}
		};
		drive(jdbc, push, WARM_UP);
		Rate platform = drive(jdbc, push, seconds);
		log.info("The platform: {} pushes, {}/s, p50 {} ms", platform.done(), Math.round(platform.perSecond()), platform.p50());

		// the floor: the same rows as plain SQL, copied from a request the platform made
		long model = jdbc.sql("select max(id) from request").query(Long.class).single();
		String requestColumns = columns(jdbc, "request");
		String eventColumns = columns(jdbc, "request_event");
		long client = jdbc.sql("select client_id from request_intake limit 1").query(Long.class).single();
		String sqlIntake = "insert into request_intake (client_id, idempotency_key, payload_hash, created_at)"
				+ " values (?, ?, 'x', now())";
		String sqlRequest = "insert into request (" + requestColumns + ") select " + requestColumns
				+ " from request where id = ? returning id";
		String sqlEvent = "insert into request_event (" + eventColumns + ") select "
				+ eventColumns.replace("owner_id", "?::bigint") + " from request_event where owner_id = ?"
				+ " order by id limit 1";
		// a connection borrowed from the platform's pool for each push, as a request borrows one
		BenchLoad.Call plain = n -> {
			try (Connection c = dataSource.getConnection()) {
				c.setAutoCommit(false);
				try (PreparedStatement a = c.prepareStatement(sqlIntake); PreparedStatement r = c.prepareStatement(sqlRequest);
						PreparedStatement e = c.prepareStatement(sqlEvent)) {
					a.setLong(1, client);
					a.setString(2, "floor-" + keys.incrementAndGet());
					a.executeUpdate();
					r.setLong(1, model);
					long id;
					try (ResultSet rs = r.executeQuery()) {
						rs.next();
						id = rs.getLong(1);
					}
					e.setLong(1, id);
					e.setLong(2, model);
					e.executeUpdate();
					c.commit();
				}
				finally {
					c.setAutoCommit(true);
				}
			}
		};
		drive(jdbc, plain, WARM_UP);
		Rate floor = drive(jdbc, plain, seconds);

		List<String> lines = new ArrayList<>();
		lines.add("# 12345 intake against plain SQL, " + LocalDate.now());
		lines.add("");
		lines.add(BenchPlatform.machine() + ", embedded PostgreSQL 17 (fsync and synchronous commit on), the platform"
				+ " and the clients in one JVM; a shared, noisy machine: read the ratio.");
		lines.add("");
		lines.add(CLIENTS + " clients for " + seconds + " s each side after " + WARM_UP + " s of warm-up. The platform: `POST"
				+ " /api/v1/requests/intake` with the demo's 12345 key and a new Idempotency-Key each (validation, the"
				+ " resident's match by phone, the request, its timeline, the audit trail, the events and their"
				+ " listeners' notices). Plain SQL: the idempotency key, the request and its first timeline entry in one"
				+ " transaction per push, over JDBC; the tables' triggers fire on both sides.");
		lines.add("");
		lines.add("| side | pushes | per second | p50 | p95 | commits a push | JVM CPU a push |");
		lines.add("|---|---|---|---|---|---|---|");
		lines.add(String.format("| the platform over HTTP | %d | %.0f | %.1f ms | %.1f ms | %.2f | %.2f ms |",
				platform.done(), platform.perSecond(), platform.p50(), platform.p95(), platform.commits(),
				platform.cpu()));
		lines.add(String.format("| plain SQL (3 inserts a transaction) | %d | %.0f | %.1f ms | %.1f ms | %.2f | %.2f ms |",
				floor.done(), floor.perSecond(), floor.p50(), floor.p95(), floor.commits(), floor.cpu()));
		lines.add("");
		lines.add(String.format("**Ratio: %.2f** (the platform's pushes a second over the floor's; goal 0.5).",
				platform.perSecond() / floor.perSecond()));
		Path dir = Path.of("benchmarks", "results");
		Files.createDirectories(dir);
		Path file = dir.resolve("intake-" + LocalDate.now() + ".md");
		Files.write(file, lines);
		log.info("{}{}Written to {}", String.join(System.lineSeparator(), lines), System.lineSeparator(), file);

	}

	/** The columns of a table a copy writes: all but the generated identity. */
	private static String columns(JdbcClient jdbc, String table) {
		return String.join(", ", jdbc.sql("""
				select column_name from information_schema.columns
				where table_schema = 'public' and table_name = ? and is_identity = 'NO' and is_generated = 'NEVER'
				order by ordinal_position""").param(table).query(String.class).list());
	}

	/** Runs the call from {@link #CLIENTS} threads for the given seconds, with the commits and CPU it took. */
	private static Rate drive(JdbcClient jdbc, BenchLoad.Call call, int seconds) throws Exception {
		var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
		long commits = commits(jdbc);
		long cpu = os.getProcessCpuTime();
		BenchLoad.Rate load = BenchLoad.drive(call, CLIENTS, seconds);
		cpu = os.getProcessCpuTime() - cpu;
		commits = commits(jdbc) - commits;
		return new Rate(load.done(), load.perSecond(), load.p50(), load.p95(), commits / (double) load.done(),
				cpu / 1e6 / load.done());
	}

	/**
	 * The database's commits so far. Other sessions' statistics reach the view about a second after their
	 * transactions (no clock to move here: a benchmark measures real time), so it waits that long first.
	 */
	private static long commits(JdbcClient jdbc) throws InterruptedException {
		Thread.sleep(1500);
		return jdbc.sql("select xact_commit from pg_stat_database where datname = current_database()")
			.query(Long.class)
			.single();
	}

}
