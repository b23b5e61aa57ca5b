package cn.siwei.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import cn.siwei.access.Actor;
import cn.siwei.access.Role;
import cn.siwei.people.People;
import cn.siwei.region.Region;
import cn.siwei.region.RegionSummary;
import cn.siwei.region.Regions;

/**
 * Measures what the region and people pages ask of the database on a tree of about 100,000 nodes with millions
 * of people below it, through the same service calls the pages make, and writes the medians and 95th
 * percentiles to {@code benchmarks/results/}.
 * <p>
 * Run: {@code ./mvnw -q test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=cn.siwei.bench.RegionTreeBenchmark -Dexec.args="2000000"} (the argument is the number of
 * people; the default is 2,000,000).
 */
public final class RegionTreeBenchmark {

	private static final Logger log = LoggerFactory.getLogger(RegionTreeBenchmark.class);

	private RegionTreeBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		int people = args.length > 0 ? Integer.parseInt(args[0]) : 2_000_000;
		BenchPlatform.run(context -> run(context, people));
	}

	static void run(ConfigurableApplicationContext context, int peopleCount) throws IOException {
		JdbcClient jdbc = context.getBean(JdbcClient.class);
		Regions regions = context.getBean(Regions.class);
		People people = context.getBean(People.class);

		long t0 = System.nanoTime();
		int[] fanOut = { 1, 10, 10, 10, 10, 3, 3 };
		int nodes = generateTree(jdbc, fanOut);
		long t1 = System.nanoTime();
		generatePeople(jdbc, peopleCount);
		long t2 = System.nanoTime();
		jdbc.sql("vacuum analyze").update();
		long t3 = System.nanoTime();

		Map<String, String> results = new LinkedHashMap<>();
		Region city = jdbc.sql("select id from region where level = 1").query(Long.class).list().stream()
			.map(id -> regions.find(id).orElseThrow()).findFirst().orElseThrow();
		Actor admin = new Actor(0, "bench", "bench", Role.ADMIN, city.path(), null, null);
		for (int level = 1; level <= 4; level++) {
			long nodeId = jdbc.sql("select id from region where level = ? order by id limit 1").param(level)
				.query(Long.class).single();
			Region node = regions.find(nodeId).orElseThrow();
			results.put("region page of a " + node.level() + " (children + nodes below + people below each)",
					measure(() -> {
						var children = regions.children(admin, nodeId, "", false, 0, 50);
						List<String> paths = children.items().stream().map(RegionSummary::region).map(Region::path).toList();
						return people.countUnder(paths).size();
					}));
			Actor scoped = new Actor(0, "bench", "bench", Role.ADMIN, node.path(), null, null);
			results.put("people list, first page, scope " + node.level(),
					measure(() -> people.list(scoped, "", null, null, false, 0, 20).items().size()));
			results.put("people list, page 50, scope " + node.level(),
					measure(() -> people.list(scoped, "", null, null, false, 50, 20).items().size()));
			results.put("people search by name, scope " + node.level(),
					measure(() -> people.list(scoped, "居民12345", null, null, false, 0, 20).items().size()));
		}
		write(results, nodes, peopleCount, Duration.ofNanos(t1 - t0), Duration.ofNanos(t2 - t1),
				Duration.ofNanos(t3 - t2));
	}

	/** Builds the tree level by level with set-based statements; returns the number of nodes. */
	static int generateTree(JdbcClient jdbc, int[] fanOut) {
		jdbc.sql("""
				insert into region (parent_id, level, code, name, path, created_at, updated_at)
				values (null, 1, 'B', '基准市', '', now(), now())""").update();
		jdbc.sql("update region set path = '/' || id || '/' where code = 'B'").update();
		for (int level = 2; level <= 7; level++) {
			jdbc.sql("""
					insert into region (parent_id, level, code, name, path, created_at, updated_at)
					select p.id, :level, p.code || '-' || g, '节点' || p.code || '-' || g, 'new:' || p.id || ':' || g, now(), now()
					from region p, generate_series(1, :fan) g
					where p.level = :parent and p.code like 'B%'""")
				.param("level", level)
				.param("fan", fanOut[level - 1])
				.param("parent", level - 1)
				.update();
			jdbc.sql("""
					update region c set path = p.path || c.id || '/'
					from region p where c.parent_id = p.id and c.level = ? and c.code like 'B%'""")
				.param(level)
				.update();
		}
		return jdbc.sql("select count(*) from region where code like 'B%'").query(Integer.class).single();
	}

	/** Spreads people over the units (the leaves), a tenth of them with a care tag. */
	static void generatePeople(JdbcClient jdbc, int count) {
		jdbc.sql("""
				create table bench_unit as
				select id, path, (row_number() over (order by id) - 1)::int as k
				from region where level = 7 and code like 'B%'""").update();
		jdbc.sql("create unique index on bench_unit (k)").update();
		jdbc.sql("analyze bench_unit").update();
		int units = jdbc.sql("select count(*) from bench_unit").query(Integer.class).single();
		int batch = 500_000;
		for (int from = 0; from < count; from += batch) {
			jdbc.sql("""
					insert into person (region_id, region_path, name, gender, birth_date, phone, care_tags,
					                    created_at, updated_at)
					select u.id, u.path, '居民' || g, case when g % 2 = 0 then 'M' else 'F' end,
					       date '1940-01-01' + (g % 25000), '139' || lpad((g % 100000000)::text, 8, '0'),
					       case when g % 10 = 0 then array['VERY_OLD'] else '{}'::text[] end, now(), now()
					from generate_series(:from, :to) g join bench_unit u on u.k = g % :units""")
				.param("from", from)
				.param("to", Math.min(count, from + batch) - 1)
				.param("units", units)
				.update();
		}
		jdbc.sql("drop table bench_unit").update();
	}

	/** Runs the call 5 times to warm up, then 30 times; returns the median and 95th percentile. */
	static String measure(Supplier<Integer> call) {
		for (int i = 0; i < 5; i++) {
			call.get();
		}
		long[] times = new long[30];
		for (int i = 0; i < times.length; i++) {
			long s = System.nanoTime();
			call.get();
			times[i] = System.nanoTime() - s;
		}
		return summary(times);
	}

	/** The median and the 95th percentile of timings in nanoseconds, as a results table's two cells. */
	static String summary(long[] times) {
		long[] sorted = times.clone();
		Arrays.sort(sorted);
		return String.format("%.1f ms | %.1f ms", sorted[sorted.length / 2] / 1e6, sorted[(int) (sorted.length * 0.95)] / 1e6);
	}

	static void write(Map<String, String> results, int nodes, int people, Duration tree, Duration load,
			Duration vacuum) throws IOException {
		Path dir = Path.of("benchmarks", "results");
		Files.createDirectories(dir);
		Path file = dir.resolve("region-tree-" + LocalDate.now() + ".md");
		List<String> lines = new ArrayList<>();
		lines.add("# Region tree benchmark, " + LocalDate.now());
		lines.add("");
		lines.add("Machine: " + Runtime.getRuntime().availableProcessors() + " cores, "
				+ ManagementFactory.getOperatingSystemMXBean().getName() + " " + System.getProperty("os.arch")
				+ ", Java " + System.getProperty("java.version") + ", embedded PostgreSQL 17 (fsync on); a shared,"
				+ " noisy machine: read medians and ratios, not single numbers.");
		lines.add("");
		lines.add("Data: " + nodes + " region nodes (1 city, 10 districts, 100 streets, 1,000 communities, 10,000"
				+ " compounds, 30,000 buildings, 90,000 units), " + people + " people on the units."
				+ " Tree built in " + tree.toSeconds() + " s, people loaded in " + load.toSeconds() + " s ("
				+ (load.toSeconds() == 0 ? people : people / Math.max(1, load.toSeconds())) + " rows/s), vacuum analyze "
				+ vacuum.toSeconds() + " s.");
		lines.add("");
		lines.add("Each call as a page makes it, through the services; 5 warm-up runs, then 30 measured.");
		lines.add("");
		lines.add("| call | median | p95 |");
		lines.add("|---|---|---|");
		results.forEach((k, v) -> lines.add("| " + k + " | " + v + " |"));
		Files.write(file, lines);
		log.info("{}{}Written to {}", String.join(System.lineSeparator(), lines), System.lineSeparator(), file);
	}

}
