package cn.siwei.bench;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import cn.siwei.access.Actor;
import cn.siwei.access.Role;
import cn.siwei.demo.DataGenerator;
import cn.siwei.figures.Dashboards;
import cn.siwei.figures.Period;
import cn.siwei.request.HotTopics;
import cn.siwei.request.Rankings;
import cn.siwei.request.RequestFilter;
import cn.siwei.request.RequestQueries;
import cn.siwei.request.RequestTerms;
import cn.siwei.wish.WishQueries;

/**
 * Measures the dashboards and the ledgers on generated data: the given number of requests and of wishes (1
 * million each by default) with their histories over a city of 131,111 nodes. Every dashboard (both capabilities'
 * figures with the previous period, trend, breakdowns, most overdue) is timed for a node of each level from the
 * city to a compound and for every kind of period; ledger pages are timed at the city and a community. Writes
 * {@code benchmarks/results/figures-<requests>-<date>.md}.
 * <p>
 * Run: {@code ./mvnw -q test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=cn.siwei.bench.FiguresBenchmark -Dexec.args="1000000 1000000"}; on a city a {@link BenchHold}
 * keeps (generated once, measured after each change), add {@code -Dsiwei.bench.url=jdbc:postgresql://localhost:PORT/postgres
 * -Dsiwei.bench.root=/tmp/siwei-benchNNN} as its log says.
 */
public final class FiguresBenchmark {

	private static final Logger log = LoggerFactory.getLogger(FiguresBenchmark.class);

	private FiguresBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		long requests = args.length > 0 ? Long.parseLong(args[0]) : 1_000_000;
		long wishes = args.length > 1 ? Long.parseLong(args[1]) : requests;
		BenchPlatform.runOrAttach(context -> run(context, requests, wishes, System.getProperty("siwei.bench.url") == null));
	}

	static void run(ConfigurableApplicationContext context, long requestCount, long wishCount, boolean generate)
			throws Exception {
		JdbcClient jdbc = context.getBean(JdbcClient.class);
		DataGenerator generator = context.getBean(DataGenerator.class);
		Dashboards dashboards = context.getBean(Dashboards.class);
		RequestQueries queries = context.getBean(RequestQueries.class);
		WishQueries wishQueries = context.getBean(WishQueries.class);
		Rankings rankings = context.getBean(Rankings.class);
		HotTopics hotTopics = context.getBean(HotTopics.class);
		DataGenerator.Generated g = generate ? generator.generate(new int[] { 1, 10, 10, 10, 10, 3, 3 },
				Math.max(200_000, (requestCount + wishCount) / 20),
				Map.of("wishes", (long) wishCount, "requests", (long) requestCount)) : null;
		long vacuum = System.nanoTime();
		jdbc.sql("vacuum analyze").update();
		long vacuumSeconds = (System.nanoTime() - vacuum) / 1_000_000_000;
		if (!generate) {
			// the held database must be the city this run is named after
			long held = jdbc.sql("select count(*) from request").query(Long.class).single();
			if (held != requestCount) {
				throw new IllegalStateException("The held database has " + held + " requests, not " + requestCount);
			}
		}

		LocalDate today = LocalDate.now();
		Map<String, String> results = new LinkedHashMap<>();
		List<String> topics = new ArrayList<>();
		List<String> levels = List.of("city", "district", "street", "community", "compound");
		for (int level = 1; level <= 5; level++) {
			record Node(long id, String path) {
			}
			Node node = jdbc.sql("select id, path from region where level = ? and code like 'G%' order by id desc limit 1")
				.param(level)
				.query((rs, n) -> new Node(rs.getLong(1), rs.getString(2)))
				.single();
			Actor actor = new Actor(0, "bench", "bench", Role.ADMIN, node.path(), null, null);
			List<Period> periods = List.of(Period.of(Period.Kind.DAY, today), Period.of(Period.Kind.WEEK, today),
					Period.of(Period.Kind.MONTH, today), Period.of(Period.Kind.QUARTER, today),
					Period.of(Period.Kind.YEAR, today), Period.custom(today.minusDays(400), today.minusDays(3)));
			for (Period p : periods) {
				results.put("dashboard, " + levels.get(level - 1) + ", " + p.kind().name().toLowerCase(Locale.ROOT) + " ("
						+ p.days() + " days)",
						RegionTreeBenchmark.measure(() -> dashboards.of(actor, node.id(), p, Locale.CHINA).sections().size()));
			}
			if (level == 1 || level == 3) {
				// last month's rankings and hot topics, as leaders read them
				YearMonth month = YearMonth.from(today).minusMonths(1);
				String where = levels.get(level - 1) + ", last month";
				if (level == 1) {
					results.put("ranking of streets, " + where, RegionTreeBenchmark.measure(() -> rankings
						.of(actor, node.id(), month, Rankings.Level.STREET, rankings.defaults()).lines().size()));
				}
				results.put("ranking of communities, " + where, RegionTreeBenchmark.measure(() -> rankings
					.of(actor, node.id(), month, Rankings.Level.COMMUNITY, rankings.defaults()).lines().size()));
				results.put("ranking of departments, " + where, RegionTreeBenchmark.measure(() -> rankings
					.of(actor, node.id(), month, Rankings.Level.DEPARTMENT, rankings.defaults()).lines().size()));
				results.put("hot topics, " + where,
						RegionTreeBenchmark.measure(() -> hotTopics.of(actor, node.id(), month, Locale.CHINA).hashCode()));
			}
			if (level == 1 || level == 4) {
				for (String q : List.of("路灯", "楼道 杂物", "加装电梯")) {
					RequestFilter words = new RequestFilter(null, null, null, null, false, null, null, null, null, null, q);
					results.put("search \"" + q + "\", requests, first page with total, " + levels.get(level - 1),
							RegionTreeBenchmark.measure(() -> queries.ledger(actor, null, words, Locale.CHINA, 0, 10).items().size()));
					results.put("search \"" + q + "\", wishes, first page with total, " + levels.get(level - 1),
							RegionTreeBenchmark.measure(() -> wishQueries.ledger(actor, null,
									WishLedgerBenchmark.filter(null).withText(q), Locale.CHINA, 0, 10).items().size()));
				}
				if (level == 1) {
					for (YearMonth m : List.of(YearMonth.from(today), YearMonth.from(today).minusMonths(1))) {
						topics.add("- " + m + ": " + String.join("、", hotTopics.of(actor, node.id(), m, Locale.CHINA).words()
							.stream().map(t -> t.label() + " " + t.count()).toList()));
					}
				}
				results.put("request ledger, first page, " + levels.get(level - 1), RegionTreeBenchmark.measure(
						() -> queries.ledger(actor, null, RequestFilter.NONE, Locale.CHINA, 0, 20).items().size()));
				results.put("request ledger, page 200, " + levels.get(level - 1), RegionTreeBenchmark.measure(
						() -> queries.ledger(actor, null, RequestFilter.NONE, Locale.CHINA, 200, 20).items().size()));
				RequestFilter open = new RequestFilter(RequestTerms.Status.DISPATCHED, null, null, null, false, null, null,
						null, null, null, null);
				results.put("request ledger, being handled, first page, " + levels.get(level - 1), RegionTreeBenchmark.measure(
						() -> queries.ledger(actor, null, open, Locale.CHINA, 0, 20).items().size()));
				results.put("supervision list, first page, " + levels.get(level - 1), RegionTreeBenchmark.measure(
						() -> queries.supervision(actor, Locale.CHINA, 0, 50).items().size()));
				results.put("supervision list, page 20, " + levels.get(level - 1), RegionTreeBenchmark.measure(
						() -> queries.supervision(actor, Locale.CHINA, 20, 50).items().size()));
				if (level == 4) {
					// the node above has few open steps, or none: also the community with the most
					String busiest = jdbc.sql("""
							select g.path from region g where g.level = 4 order by (select count(*) from request_part p
							  where p.status in ('SUMMONED', 'WAITING', 'CLAIMED') and in_subtree(p.region_path, g.path)) desc
							limit 1""").query(String.class).single();
					Actor busy = new Actor(0, "bench", "bench", Role.ADMIN, busiest, null, null);
					long late = queries.supervision(busy, Locale.CHINA, 0, 1).total();
					results.put("supervision list, first page, busiest community (" + (late >= 1000 ? "over 1,000" : late)
							+ " steps late or due)", RegionTreeBenchmark.measure(
									() -> queries.supervision(busy, Locale.CHINA, 0, 50).items().size()));
				}
				results.put("wish ledger, first page, " + levels.get(level - 1), RegionTreeBenchmark.measure(() -> wishQueries
					.ledger(actor, null, WishLedgerBenchmark.filter(null), Locale.CHINA, 0, 20).items().size()));
			}
		}

		List<String> lines = new ArrayList<>();
		lines.add("# Figures benchmark: " + requestCount + " requests and " + wishCount + " wishes, " + LocalDate.now());
		lines.add("");
		lines.add("Machine: " + Runtime.getRuntime().availableProcessors() + " cores, "
				+ ManagementFactory.getOperatingSystemMXBean().getName() + " " + System.getProperty("os.arch") + ", "
				+ Runtime.getRuntime().maxMemory() / 1_048_576 + " MB max heap, Java " + System.getProperty("java.version")
				+ ", embedded PostgreSQL 17 (fsync on, default settings); a shared, noisy machine: read medians and ratios.");
		lines.add("");
		lines.add(g == null
				? "Measured on a city generated earlier by `BenchHold` with the same generator and sizes (its database kept"
						+ " running, then reached with `-Dsiwei.bench.url`); generation is not timed in this run. `vacuum analyze`"
						+ " before measuring: " + vacuumSeconds + " s."
				: "Generated with `DataGenerator` (the `--siwei.generate.*` command): " + g.nodes() + " region nodes, "
						+ g.people() + " people, " + g.records("wishes") + " wishes and " + g.records("requests")
						+ " requests over two years with their timelines, parts and ratings: " + g.rows() + " rows in "
						+ g.took().toSeconds() + " s — **" + g.recordsPerSecond() + " wishes and requests/s** ("
						+ g.rowsPerSecond() + " rows/s), indexes, counters and rollups rebuilt after the load included."
						+ " `vacuum analyze` afterwards: " + vacuumSeconds + " s.");
		lines.add("");
		lines.add("Each call: 5 warm-up runs, then 30 timed; median and 95th percentile. A dashboard is everything the page"
				+ " shows for both capabilities: every figure and rate for the period and the one before, twelve months of"
				+ " trend, breakdowns by category, channel and sub-region, and the ten most overdue records.");
		lines.add("");
		lines.add("| call | median | p95 |");
		lines.add("|---|---|---|");
		results.forEach((k, v) -> lines.add("| " + k + " | " + v + " |"));
		lines.add("");
		lines.add("Hot topics of the city (words of the month under way and of the last whole month, with how many"
				+ " requests use each):");
		lines.add("");
		lines.addAll(topics);
		Path dir = Path.of("benchmarks", "results");
		Files.createDirectories(dir);
		Path file = dir.resolve("figures-" + requestCount + "-" + LocalDate.now() + ".md");
		Files.write(file, lines);
		log.info("{}{}Written to {}", String.join(System.lineSeparator(), lines), System.lineSeparator(), file);
	}

}
