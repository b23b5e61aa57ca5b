package cn.siwei.demo;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.function.Supplier;
import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import cn.siwei.figures.Rollups;
import cn.siwei.platform.BulkLoad;
import cn.siwei.platform.GeneratorBatch;
import cn.siwei.platform.GeneratorBatch.Places;

/**
 * Loads realistic synthetic data for demonstrations and measurement: a region tree (a city of 131,111 nodes by
 * default), people, and wishes and requests spread over the last two years with their full histories (timelines,
 * the units' parts, ratings), in the mix of states a working platform has. Everything is inserted set-based inside
 * the database, a batch at a time, through the same triggers that keep counters and figures in everyday use.
 */
@Component
public class DataGenerator {

	private static final Logger log = LoggerFactory.getLogger(DataGenerator.class);

	private static final int BATCH = 200_000;

	/** The capabilities' shares of the city, each written by numbered batches. */
	private final List<GeneratorBatch> batches;

	private final JdbcClient jdbc;

	private final Clock clock;

	private final TransactionTemplate tx;

	private final Rollups rollups;

	/** Whether batches run as a replica (no triggers, no foreign-key checks): needs a superuser. */
	private boolean replica;

	private final DataSource dataSource;

	DataGenerator(JdbcClient jdbc, Clock clock, TransactionTemplate tx, Rollups rollups, DataSource dataSource,
			List<GeneratorBatch> batches) {
		this.batches = batches;
		this.dataSource = dataSource;
		this.jdbc = jdbc;
		this.clock = clock;
		this.tx = tx;
		this.rollups = rollups;
	}

	/**
	 * What was generated and how fast.
	 *
	 * @param nodes region nodes
	 * @param people people
	 * @param records the capabilities' records, by the name of their batch ({@code wishes}, {@code requests} …)
	 * @param rows every row written (records, timelines, parts, ratings)
	 * @param took how long
	 * @param cityId the generated city's region node
	 */
	public record Generated(long nodes, long people, Map<String, Long> records, long rows, Duration took, long cityId) {

		/** The records of one capability's batch. */
		public long records(String batch) {
			return this.records.getOrDefault(batch, 0L);
		}

		/** The capabilities' records (with their histories) per second. */
		public long recordsPerSecond() {
			return this.records.values().stream().mapToLong(Long::longValue).sum() * 1000 / Math.max(1, this.took.toMillis());
		}

		/** Every row written, per second. */
		public long rowsPerSecond() {
			return this.rows * 1000 / Math.max(1, this.took.toMillis());
		}

	}

	/** The names of the capabilities' batches, as {@code siwei.generate.<name>} takes them. */
	public List<String> batchNames() {
		return this.batches.stream().map(GeneratorBatch::name).toList();
	}

	/**
	 * Generates a city under a new root (code {@code G…}) beside whatever is there.
	 * @param fanOut children per node at each of the seven levels (the first is 1)
	 * @param people people, spread over the leaves
	 * @param wishes wishes
	 * @param requests requests
	 */
	public Generated generate(int[] fanOut, long people, Map<String, Long> records) {
		for (String name : records.keySet()) {
			if (!batchNames().contains(name)) {
				throw new IllegalArgumentException("no generator batch " + name + "; there are " + batchNames());
			}
		}
		long t0 = System.nanoTime();
		String root = "G" + Long.toString(this.clock.millis() % 1_000_000_000L, 36).toUpperCase(Locale.ROOT);
		long nodes = tree(root, fanOut);
		long units = organisations(root);
		long rows = nodes + units;
		log.info("Generator: {} region nodes in {} ms", nodes, (System.nanoTime() - t0) / 1_000_000);
		try (BulkLoad load = BulkLoad.begin(this.dataSource)) {
			rows += load(root, people, records);
		}
		this.jdbc.sql("analyze").update();
		long city = this.jdbc.sql("select id from region where code = ?").param(root).query(Long.class).single();
		Generated g = new Generated(nodes, people, Map.copyOf(records), rows, Duration.ofNanos(System.nanoTime() - t0),
				city);
		log.info("Generated {} nodes, {} people, {} ({} rows) in {} s: {} records/s, {} rows/s", nodes, people, records,
				rows, g.took().toSeconds(), g.recordsPerSecond(), g.rowsPerSecond());
		return g;
	}

	private long load(String root, long people, Map<String, Long> records) {
		long rows = 0;
		List<String[]> indexes = beginBulk();
		try {
			long t = System.nanoTime();
			rows += people(root, people);
			log.info("Generator: {} people in {} ms", people, (System.nanoTime() - t) / 1_000_000);
			t = System.nanoTime();
			Instant now = this.clock.instant();
			Places places = places(root);
			// Each batch writes its records with everything that belongs to them in one statement, so batches are
			// independent: two workers (two cores) take them in turn, and both stay busy to the end.
			List<Callable<Long>> work = new ArrayList<>();
			long most = records.values().stream().mapToLong(Long::longValue).max().orElse(0);
			for (long from = 0; from < most; from += BATCH) {
				long start = from;
				for (GeneratorBatch batch : this.batches) {
					long count = records.getOrDefault(batch.name(), 0L);
					if (start < count) {
						work.add(() -> write(() -> batch.write(this.jdbc, places, start, Math.min(count, start + BATCH) - 1,
								now)));
					}
				}
			}
			var workers = Executors.newFixedThreadPool(2);
			try {
				for (var batch : workers.invokeAll(work)) {
					rows += batch.get();
				}
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(ex);
			}
			catch (ExecutionException ex) {
				throw new IllegalStateException(ex.getCause());
			}
			finally {
				workers.shutdownNow();
				dropPlaces();
			}
			log.info("Generator: {} with everything that belongs to them in {} ms", records,
					(System.nanoTime() - t) / 1_000_000);
		}
		finally {
			endBulk(indexes);
		}
		return rows;
	}

	/** The tables loaded in bulk: their secondary indexes are rebuilt afterwards, their triggers replayed at once. */
	private List<String> bulkTables() {
		List<String> tables = new ArrayList<>(List.of("person"));
		this.batches.forEach(b -> tables.addAll(b.tables()));
		return tables;
	}

	/**
	 * Prepares the bulk load: drops the secondary indexes of the loaded tables (remembering their definitions) and
	 * turns their triggers off — by loading as a replica when the database user may, else by disabling the
	 * tables' own triggers. For demonstration and measurement databases: the platform should not serve meanwhile.
	 */
	private List<String[]> beginBulk() {
		this.replica = this.jdbc.sql("select rolsuper from pg_roles where rolname = current_user").query(Boolean.class).single();
		List<String[]> indexes = this.jdbc.sql("""
				select i.indexname, i.indexdef from pg_indexes i
				where i.schemaname = current_schema() and i.tablename = any(?)
				  and not exists (select 1 from pg_constraint c where c.conname = i.indexname)""")
			.param(bulkTables().toArray(String[]::new))
			.query((rs, n) -> new String[] { rs.getString(1), rs.getString(2) })
			.list();
		for (String[] index : indexes) {
			this.jdbc.sql("drop index " + index[0]).update();
		}
		if (!this.replica) {
			bulkTables().forEach(t -> this.jdbc.sql("alter table " + t + " disable trigger user").update());
		}
		return indexes;
	}

	/** Rebuilds the indexes, turns the triggers back on and replays their work: the counters and the rollups. */
	private void endBulk(List<String[]> indexes) {
		long t = System.nanoTime();
		for (String[] index : indexes) {
			this.tx.executeWithoutResult(status -> {
				this.jdbc.sql("set local maintenance_work_mem = '512MB'").update();
				this.jdbc.sql(index[1]).update();
			});
		}
		if (!this.replica) {
			bulkTables().forEach(table -> this.jdbc.sql("alter table " + table + " enable trigger user").update());
		}
		log.info("Generator: {} indexes rebuilt in {} ms", indexes.size(), (System.nanoTime() - t) / 1_000_000);
		t = System.nanoTime();
		this.tx.executeWithoutResult(status -> {
			this.jdbc.sql("delete from region_record_count where kind = 'person'").update();
			this.jdbc.sql("""
					insert into region_record_count (kind, region_path, n)
					select 'person', region_path, count(*) from person where active group by region_path""").update();
			for (GeneratorBatch batch : this.batches) {
				for (GeneratorBatch.Counted c : batch.counted()) {
					this.jdbc.sql("call recount_by_region_and_status(?, ?)").params(c.table(), c.kind()).update();
				}
			}
		});
		log.info("Generator: counters rebuilt in {} ms", (System.nanoTime() - t) / 1_000_000);
		t = System.nanoTime();
		// one rollup per core
		this.rollups.sources().parallelStream().forEach(this.rollups::rebuild);
		this.batches.forEach(GeneratorBatch::rebuild);
		log.info("Generator: rollups rebuilt in {} ms", (System.nanoTime() - t) / 1_000_000);
	}

	/** Runs one batch statement, as a replica when loading in bulk that way. */
	private long write(Supplier<Long> statement) {
		Long n = this.tx.execute(status -> {
			// synthetic data: a crash loses at most the last batches, and the load goes faster for not waiting on the disk
			this.jdbc.sql("set local synchronous_commit = off").update();
			if (this.replica) {
				this.jdbc.sql("set local session_replication_role = replica").update();
			}
			return statement.get();
		});
		return n == null ? 0 : n;
	}

	private long tree(String root, int[] fanOut) {
		this.jdbc.sql("""
				insert into region (parent_id, level, code, name, path, created_at, updated_at)
				values (null, 1, ?, '合成市' || ?, '', now(), now())""").params(root, root).update();
		this.jdbc.sql("update region set path = '/' || id || '/' where code = ?").param(root).update();
		String[] names = { "市", "区", "街道", "社区", "小区", "号楼", "单元" };
		for (int level = 2; level <= 7; level++) {
			this.jdbc.sql("""
					insert into region (parent_id, level, code, name, path, created_at, updated_at)
					select p.id, :level, p.code || '-' || g, case when :level <= 4 then '合成' else '' end || g || :suffix,
					       'new:' || p.id || ':' || g, now(), now()
					from region p, generate_series(1, :fan) g
					where p.level = :parent and p.code like :root""")
				.param("level", level)
				.param("suffix", names[level - 1])
				.param("fan", fanOut[level - 1])
				.param("parent", level - 1)
				.param("root", root + "%")
				.update();
			this.jdbc.sql("""
					update region c set path = p.path || c.id || '/'
					from region p where c.parent_id = p.id and c.level = ? and c.code like ?""")
				.params(level, root + "%")
				.update();
		}
		return this.jdbc.sql("select count(*) from region where code like ?").param(root + "%").query(Long.class).single();
	}

	/** Departments at each district and a property company at each community: the units requests go to. */
	private long organisations(String root) {
		return this.jdbc.sql("""
				insert into organisation (region_id, region_path, kind, name, active, created_at, updated_at)
				select r.id, r.path, k.kind, r.name || k.name, true, now(), now()
				from region r
				join (values (2, 'DEPARTMENT', '住建局'), (2, 'DEPARTMENT', '城管局'), (2, 'DEPARTMENT', '人社局'),
				             (4, 'PROPERTY_COMPANY', '物业服务公司')) k(level, kind, name) on k.level = r.level
				where r.code like ?""")
			.param(root + "%")
			.update();
	}

	private long people(String root, long count) {
		this.jdbc.sql("drop table if exists gen_unit").update();
		this.jdbc.sql("""
				create unlogged table gen_unit as
				select id, path, (row_number() over (order by id) - 1)::int as k from region where level = 7 and code like ?""")
			.param(root + "%")
			.update();
		this.jdbc.sql("create unique index on gen_unit (k)").update();
		int units = this.jdbc.sql("select count(*) from gen_unit").query(Integer.class).single();
		for (long from = 0; from < count; from += BATCH) {
			long start = from;
			write(() -> (long) this.jdbc.sql("""
					insert into person (region_id, region_path, name, gender, birth_date, phone, care_tags, created_at, updated_at)
					select u.id, u.path, (array['王','李','张','刘','陈','杨','赵','黄','周','吴'])[1 + g % 10] || '居民' || g,
					       case when g % 2 = 0 then 'M' else 'F' end, date '1940-01-01' + (g % 25000)::int,
					       '139' || lpad((g % 100000000)::text, 8, '0'),
					       case when g % 10 = 0 then array['VERY_OLD'] else '{}'::text[] end, now(), now()
					from generate_series(:from, :to) g join gen_unit u on u.k = g % :units""")
				.param("from", start)
				.param("to", Math.min(count, start + BATCH) - 1)
				.param("units", units)
				.update());
		}
		this.jdbc.sql("drop table gen_unit").update();
		return count;
	}

	private Places places(String root) {
		dropPlaces();
		this.jdbc.sql("""
				create unlogged table gen_person as
				select p.id, p.region_id, p.region_path, (row_number() over (order by p.id) - 1)::int as k
				from person p join region r on r.id = p.region_id where r.code like ?""")
			.param(root + "%")
			.update();
		this.jdbc.sql("create unique index on gen_person (k)").update();
		// requests concern compounds mostly, and communities themselves sometimes
		this.jdbc.sql("""
				create unlogged table gen_place as
				select id, path, (row_number() over (order by level desc, id) - 1)::int as k
				from region where level in (4, 5) and code like ?""")
			.param(root + "%")
			.update();
		this.jdbc.sql("create unique index on gen_place (k)").update();
		this.jdbc.sql("""
				create unlogged table gen_org as
				select o.id, o.name, (row_number() over (order by o.id) - 1)::int as k
				from organisation o join region r on r.id = o.region_id where r.code like ? and o.kind = 'DEPARTMENT'""")
			.param(root + "%")
			.update();
		this.jdbc.sql("create unique index on gen_org (k)").update();
		this.jdbc.sql("analyze gen_person, gen_place, gen_org").update();
		return new Places(count("gen_person"), count("gen_place"), count("gen_org"));
	}

	private void dropPlaces() {
		this.jdbc.sql("drop table if exists gen_person, gen_place, gen_org").update();
	}

	private int count(String table) {
		return this.jdbc.sql("select count(*) from " + table).query(Integer.class).single();
	}

}
