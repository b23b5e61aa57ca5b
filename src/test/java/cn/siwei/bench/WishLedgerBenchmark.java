package cn.siwei.bench;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
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
import cn.siwei.wish.WishExport;
import cn.siwei.wish.WishFilter;
import cn.siwei.wish.WishQueries;
import cn.siwei.wish.WishStatus;

/**
 * Measures the wish ledger on a million wishes (or the number given) spread over a tree of 131,111 nodes:
 * first and deep pages, a filtered page, and the streaming export's time and heap, through the services the
 * pages use. Writes {@code benchmarks/results/wish-ledger-<date>.md}.
 * <p>
 * Run: {@code ./mvnw -q test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=cn.siwei.bench.WishLedgerBenchmark -Dexec.args=1000000}
 */
public final class WishLedgerBenchmark {

	private static final Logger log = LoggerFactory.getLogger(WishLedgerBenchmark.class);

	private WishLedgerBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		int wishes = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
		BenchPlatform.run(context -> run(context, wishes));
	}

	static void run(ConfigurableApplicationContext context, int count) throws Exception {
		JdbcClient jdbc = context.getBean(JdbcClient.class);
		WishQueries wishQueries = context.getBean(WishQueries.class);
		WishExport export = context.getBean(WishExport.class);
		long t0 = System.nanoTime();
		int nodes = RegionTreeBenchmark.generateTree(jdbc, new int[] { 1, 10, 10, 10, 10, 3, 3 });
		RegionTreeBenchmark.generatePeople(jdbc, 200_000);
		long t1 = System.nanoTime();
		jdbc.sql("""
				create table bench_person as select id, region_id, region_path, (row_number() over (order by id) - 1)::int as k
				from person""").update();
		jdbc.sql("create unique index on bench_person (k)").update();
		int people = jdbc.sql("select count(*) from bench_person").query(Integer.class).single();
		for (int from = 0; from < count; from += 250_000) {
			jdbc.sql("""
					insert into wish (region_id, region_path, beneficiary_id, priority, description, category_id, urgency,
					                  difficulty, channel, status, claimed_at, completed_at, evaluation, created_by,
					                  created_at, updated_at)
					select p.region_id, p.region_path, p.id, g % 10 = 0, '心愿 ' || g, 1 + g % 15, 'NORMAL', 'MEDIUM',
					       'HOME_VISIT', case when g % 50 = 0 then 'OPEN' when g % 7 = 0 then 'IN_PROGRESS' else 'CLOSED' end,
					       case when g % 50 = 0 then null else now() - interval '20 days' end,
					       case when g % 50 <> 0 and g % 7 <> 0 then now() - interval '10 days' end,
					       case when g % 50 <> 0 and g % 7 <> 0 then 'SATISFIED' end, 0,
					       now() - (g % 365) * interval '1 day', now()
					from generate_series(:from, :to) g join bench_person p on p.k = g % :people""")
				.param("from", from)
				.param("to", Math.min(count, from + 250_000) - 1)
				.param("people", people)
				.update();
		}
		jdbc.sql("drop table bench_person").update();
		long t2 = System.nanoTime();
		jdbc.sql("vacuum analyze").update();

		Map<String, String> results = new LinkedHashMap<>();
		for (int level = 1; level <= 4; level++) {
			String path = jdbc.sql("select path from region where level = ? order by id limit 1").param(level)
				.query(String.class).single();
			String name = List.of("CITY", "DISTRICT", "STREET", "COMMUNITY").get(level - 1);
			Actor actor = new Actor(0, "bench", "bench", Role.ADMIN, path, null, null);
			results.put("ledger first page, " + name,
					RegionTreeBenchmark.measure(() -> wishQueries.ledger(actor, null, filter(null), Locale.CHINA, 0, 20).items().size()));
			results.put("ledger page 50, " + name,
					RegionTreeBenchmark.measure(() -> wishQueries.ledger(actor, null, filter(null), Locale.CHINA, 50, 20).items().size()));
			results.put("ledger of open wishes, first page, " + name, RegionTreeBenchmark
				.measure(() -> wishQueries.ledger(actor, null, filter(WishStatus.OPEN), Locale.CHINA, 0, 20).items().size()));
		}
		Actor city = new Actor(0, "bench", "bench", Role.ADMIN,
				jdbc.sql("select path from region where level = 1 order by id limit 1").query(String.class).single(), null, null);
		System.gc();
		Runtime rt = Runtime.getRuntime();
		long before = rt.totalMemory() - rt.freeMemory();
		long s = System.nanoTime();
		long rows = export.write(city, null, "benchmark", filter(null), Locale.CHINA, OutputStream.nullOutputStream());
		long exportMs = (System.nanoTime() - s) / 1_000_000;
		System.gc();
		long after = rt.totalMemory() - rt.freeMemory();

		List<String> lines = new ArrayList<>();
		lines.add("# Wish ledger benchmark, " + LocalDate.now());
		lines.add("");
		lines.add("Machine: " + Runtime.getRuntime().availableProcessors() + " cores, Java " + System.getProperty("java.version")
				+ ", embedded PostgreSQL 17 (fsync on); a shared, noisy machine: read medians and ratios.");
		lines.add("");
		lines.add("Data: " + nodes + " region nodes, 200,000 people, " + count + " wishes over a year (2% open, 12% in progress,"
				+ " the rest closed; 10% priority). Tree and people " + (t1 - t0) / 1_000_000_000 + " s, wishes "
				+ (t2 - t1) / 1_000_000_000 + " s.");
		lines.add("");
		lines.add("| call | median | p95 |");
		lines.add("|---|---|---|");
		results.forEach((k, v) -> lines.add("| " + k + " | " + v + " |"));
		lines.add("");
		lines.add("Export of the whole city ledger to .xlsx (streamed to nowhere): " + rows + " rows in " + exportMs
				+ " ms; heap in use (after a GC) before " + before / 1_048_576 + " MB, after " + after / 1_048_576 + " MB (max heap "
				+ rt.maxMemory() / 1_048_576 + " MB).");
		Path dir = Path.of("benchmarks", "results");
		Files.createDirectories(dir);
		Path file = dir.resolve("wish-ledger-" + LocalDate.now() + ".md");
		Files.write(file, lines);
		log.info("{}{}Written to {}", String.join(System.lineSeparator(), lines), System.lineSeparator(), file);
	}

	static WishFilter filter(WishStatus status) {
		return new WishFilter(status, null, null, null, false, false, null, null, null, null, null);
	}

}
