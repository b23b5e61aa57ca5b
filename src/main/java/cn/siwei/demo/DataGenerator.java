package cn.siwei.demo;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import cn.siwei.figures.Rollups;

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

	/** Request texts, by category code order (1 environment … 10 other): what residents write. */
	private static final String REQUEST_TEXTS = """
			{小区垃圾桶满了没人清运，气味很大,楼道里堆放杂物影响通行,绿化带杂草太多需要修剪,电梯经常停运老人上下楼困难,\
			地下车库停车位被长期占用,物业费收了但楼道灯一直不修,路灯不亮晚上出行不安全,井盖松动有安全隐患,\
			人行道地砖破损容易绊倒,小区门口乱停车堵住道路,公交站台太远希望增设站点,消防通道被车辆占用,\
			楼下烧烤店油烟扰民,夜间施工噪音影响休息,广场舞音响声音太大,楼上漏水到我家协商不成,\
			邻居在楼道饲养宠物有异味,冬季供暖温度不够,小区经常停水没有提前通知,低保申请不知道怎么办理,\
			医保报销流程咨询,老年人办事希望有人代办,希望社区组织免费体检}""";

	private static final String WISH_TEXTS = """
			{想请人帮忙修一下电视机,希望有人陪同去医院复查,想学习使用智能手机,想找到当年的老战友,\
			家里水管漏水想请人维修,希望孩子能参加假期辅导班,想参加电脑和电商培训,希望有人帮忙代购生活用品,\
			想请人帮忙打扫卫生,希望能参加社区文艺活动}""";

	/** The tables loaded in bulk: their secondary indexes are rebuilt afterwards, their triggers replayed at once. */
	private static final List<String> BULK_TABLES = List.of("person", "wish", "wish_event", "request", "request_part",
			"request_rating", "request_event");

	private final JdbcClient jdbc;

	private final Clock clock;

	private final TransactionTemplate tx;

	private final Rollups rollups;

	/** Whether batches run as a replica (no triggers, no foreign-key checks): needs a superuser. */
	private boolean replica;

	private final javax.sql.DataSource dataSource;

	DataGenerator(JdbcClient jdbc, Clock clock, TransactionTemplate tx, Rollups rollups, javax.sql.DataSource dataSource) {
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
	 * @param wishes wishes
	 * @param requests requests
	 * @param rows every row written (records, timelines, parts, ratings)
	 * @param took how long
	 * @param cityId the generated city's region node
	 */
	public record Generated(long nodes, long people, long wishes, long requests, long rows, Duration took, long cityId) {

		/** Wishes and requests (with their histories) per second. */
		public long recordsPerSecond() {
			return (this.wishes + this.requests) * 1000 / Math.max(1, this.took.toMillis());
		}

		/** Every row written, per second. */
		public long rowsPerSecond() {
			return this.rows * 1000 / Math.max(1, this.took.toMillis());
		}

	}

	/**
	 * Generates a city under a new root (code {@code G…}) beside whatever is there.
	 * @param fanOut children per node at each of the seven levels (the first is 1)
	 * @param people people, spread over the leaves
	 * @param wishes wishes
	 * @param requests requests
	 */
	public Generated generate(int[] fanOut, long people, long wishes, long requests) {
		long t0 = System.nanoTime();
		String root = "G" + Long.toString(this.clock.millis() % 1_000_000_000L, 36).toUpperCase(java.util.Locale.ROOT);
		long nodes = tree(root, fanOut);
		long units = organisations(root);
		long rows = nodes + units;
		log.info("Generator: {} region nodes in {} ms", nodes, (System.nanoTime() - t0) / 1_000_000);
		try (cn.siwei.platform.BulkLoad load = cn.siwei.platform.BulkLoad.begin(this.dataSource)) {
			rows += load(root, people, wishes, requests);
		}
		this.jdbc.sql("analyze").update();
		long city = this.jdbc.sql("select id from region where code = ?").param(root).query(Long.class).single();
		Generated g = new Generated(nodes, people, wishes, requests, rows, Duration.ofNanos(System.nanoTime() - t0), city);
		log.info("Generated {} nodes, {} people, {} wishes, {} requests ({} rows) in {} s: {} records/s, {} rows/s", nodes,
				people, wishes, requests, rows, g.took().toSeconds(), g.recordsPerSecond(), g.rowsPerSecond());
		return g;
	}

	private long load(String root, long people, long wishes, long requests) {
		long rows = 0;
		List<String[]> indexes = beginBulk();
		try {
			long t = System.nanoTime();
			rows += people(root, people);
			log.info("Generator: {} people in {} ms", people, (System.nanoTime() - t) / 1_000_000);
			t = System.nanoTime();
			Instant now = this.clock.instant();
			Places places = places(root);
			// Each batch writes its records with their timelines (and a request's parts and ratings) in one statement,
			// so batches are independent: two workers (two cores) take them in turn, the longer request batches
			// first, and both stay busy to the end.
			List<java.util.concurrent.Callable<Long>> batches = new ArrayList<>();
			for (long from = 0; from < Math.max(wishes, requests); from += BATCH) {
				long start = from;
				if (start < requests) {
					batches.add(() -> requestBatch(places, start, Math.min(requests, start + BATCH) - 1, now));
				}
				if (start < wishes) {
					batches.add(() -> wishBatch(places, start, Math.min(wishes, start + BATCH) - 1, now));
				}
			}
			var workers = java.util.concurrent.Executors.newFixedThreadPool(2);
			try {
				for (var batch : workers.invokeAll(batches)) {
					rows += batch.get();
				}
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(ex);
			}
			catch (java.util.concurrent.ExecutionException ex) {
				throw new IllegalStateException(ex.getCause());
			}
			finally {
				workers.shutdownNow();
				dropPlaces();
			}
			log.info("Generator: {} wishes with their timelines and {} requests with their parts, ratings and timelines"
					+ " in {} ms", wishes, requests, (System.nanoTime() - t) / 1_000_000);
		}
		finally {
			endBulk(indexes);
		}
		return rows;
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
			.param(BULK_TABLES.toArray(String[]::new))
			.query((rs, n) -> new String[] { rs.getString(1), rs.getString(2) })
			.list();
		for (String[] index : indexes) {
			this.jdbc.sql("drop index " + index[0]).update();
		}
		if (!this.replica) {
			BULK_TABLES.forEach(t -> this.jdbc.sql("alter table " + t + " disable trigger user").update());
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
			BULK_TABLES.forEach(table -> this.jdbc.sql("alter table " + table + " enable trigger user").update());
		}
		log.info("Generator: {} indexes rebuilt in {} ms", indexes.size(), (System.nanoTime() - t) / 1_000_000);
		t = System.nanoTime();
		this.tx.executeWithoutResult(status -> {
			this.jdbc.sql("""
					delete from region_record_count
					where kind in ('person', 'wish', 'request') or kind like 'wish:%' or kind like 'request:%'""").update();
			this.jdbc.sql("""
					insert into region_record_count (kind, region_path, n)
					select 'person', region_path, count(*) from person where active group by region_path
					union all select 'wish', region_path, count(*) from wish group by region_path
					union all select 'wish:' || status, region_path, count(*) from wish group by status, region_path
					union all select 'request', region_path, count(*) from request group by region_path
					union all select 'request:' || status, region_path, count(*) from request group by status, region_path""")
				.update();
		});
		log.info("Generator: counters rebuilt in {} ms", (System.nanoTime() - t) / 1_000_000);
		t = System.nanoTime();
		// one rollup per core
		this.rollups.sources().parallelStream().forEach(this.rollups::rebuild);
		log.info("Generator: rollups rebuilt in {} ms", (System.nanoTime() - t) / 1_000_000);
	}

	/** Runs one batch statement, as a replica when loading in bulk that way. */
	private long write(java.util.function.Supplier<Integer> statement) {
		Integer n = this.tx.execute(status -> {
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
			write(() -> this.jdbc.sql("""
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

	/** The people, places and units records are spread over, numbered for the generator's formulas. */
	private record Places(int people, int places, int orgs, String wishCategories, String requestCategories) {
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
		return new Places(count("gen_person"), count("gen_place"), count("gen_org"), ids("wish_category"),
				ids("request_category"));
	}

	private void dropPlaces() {
		this.jdbc.sql("drop table if exists gen_person, gen_place, gen_org").update();
	}

	private int count(String table) {
		return this.jdbc.sql("select count(*) from " + table).query(Integer.class).single();
	}

	/** The ids of a dictionary, as an SQL array literal. */
	private String ids(String table) {
		return "{" + String.join(",", this.jdbc.sql("select id::text from " + table + " order by id").query(String.class).list()) + "}";
	}

	/** Wishes number {@code from} to {@code to} of the formulas, with their timelines: the rows written. */
	private long wishBatch(Places places, long from, long to, Instant now) {
		if (places.people() == 0) {
			return 0;
		}
		return (to - from + 1) + write(() -> this.jdbc.sql("""
				with w as (
				  insert into wish (region_id, region_path, beneficiary_id, priority, description, category_id, urgency,
				                    difficulty, channel, status, claimed_at, contact_due_at, contacted_at, committed_date,
				                    completed_at, evaluation, evaluated_at, contact_overdue, created_by, created_at, updated_at)
				  select p.region_id, p.region_path, p.id, g % 10 = 0, (:texts::text[])[1 + g % 10] || '（' || g || '）',
				         (:cats::bigint[])[1 + g % 15], 'NORMAL', 'MEDIUM',
				         (array['NOTICE','MAILBOX','HOME_VISIT','PHONE','MEETING','ONLINE'])[1 + g % 6],
				         s.status, case when s.status <> 'OPEN' then c.at + interval '1 day' end,
				         case when s.status <> 'OPEN' then c.at + interval '8 days' end,
				         case when s.status not in ('OPEN', 'CLAIMED') then c.at + interval '3 days' end,
				         case when s.status not in ('OPEN', 'CLAIMED') then (c.at + interval '10 days')::date end,
				         case when s.status in ('COMPLETED', 'CLOSED') then c.at + interval '9 days' end,
				         case when s.status = 'CLOSED' then (case when g % 97 = 0 then 'BASICALLY_SATISFIED' else 'SATISFIED' end) end,
				         case when s.status = 'CLOSED' then c.at + interval '11 days' end,
				         s.status = 'CLAIMED' and c.at < cast(:now as timestamptz) - interval '8 days', 0, c.at, c.at
				  from generate_series(:from, :to) g
				  join gen_person p on p.k = (g * 7919) % :people
				  cross join lateral (select cast(:now as timestamptz) - ((g * 104729) % 63072000) * interval '1 second' as at) c
				  cross join lateral (select case when g % 100 < 2 then 'OPEN' when g % 100 < 4 then 'CLAIMED'
				                                  when g % 100 < 7 then 'IN_PROGRESS' when g % 100 < 10 then 'COMPLETED'
				                                  else 'CLOSED' end as status) s
				  returning id, created_at, claimed_at, contacted_at, completed_at, evaluated_at)
				insert into wish_event (owner_id, at, actor_id, actor_name, kind, note, on_behalf)
				select w.id, e.at, 0, 'generator', e.kind, null, false
				from w cross join lateral (values
				    ('COLLECTED', w.created_at, true), ('CLAIMED', w.claimed_at, w.claimed_at is not null),
				    ('CONTACTED', w.contacted_at, w.contacted_at is not null),
				    ('COMPLETED', w.completed_at, w.completed_at is not null),
				    ('EVALUATED', w.evaluated_at, w.evaluated_at is not null)) e(kind, at, happened)
				where e.happened""")
			.param("texts", WISH_TEXTS.replace("\n", ""))
			.param("cats", places.wishCategories())
			.param("from", from)
			.param("to", to)
			.param("people", places.people())
			.param("now", Timestamp.from(now))
			.update());
	}

	/**
	 * Requests number {@code from} to {@code to} of the formulas, with their parts (one for a dispatched request,
	 * two for one the street summoned units to), ratings and timelines: the rows written.
	 */
	private long requestBatch(Places places, long from, long to, Instant now) {
		if (places.places() == 0 || places.orgs() == 0) {
			return 0;
		}
		long[] rows = new long[1];
		write(() -> {
			rows[0] = this.jdbc.sql("""
					with r as (
					  insert into request (region_id, region_path, category_id, description, reporter_name, channel, urgency,
					    status, accept_due_at, responded_at, accepted_at, declined_reason, due_at, escalated, escalated_at,
					    resolved_at, evaluated_at, resolved, satisfaction, reopen_count, closed_at, created_by, created_at,
					    updated_at)
					  select p.id, p.path, (:cats::bigint[])[x.cat],
					         (:texts::text[])[1 + (x.cat - 1) * 2 + g % 2] || '（' || g || '）',
					         '居民' || g,
					         (array['HOTLINE_12345','HOTLINE_12345','HOTLINE_12345','ONLINE','ONLINE','HOME_VISIT','TALK_MEETING',
					                'RESIDENTS_MEETING','SELF_FOUND','OWNERS_MEETING'])[1 + g % 10],
					         case when g % 20 = 0 then 'URGENT' else 'NORMAL' end, s.status, c.at + interval '1 day',
					         case when s.status not in ('SUBMITTED', 'DUPLICATE') then c.at + ((g % 30) || ' hours')::interval end,
					         case when s.status not in ('SUBMITTED', 'DUPLICATE', 'DECLINED') then c.at + ((g % 30) || ' hours')::interval end,
					         case when s.status = 'DECLINED' then '不属于受理范围' end,
					         case when s.status in ('SUBMITTED', 'ACCEPTED', 'ESCALATED') then c.at + interval '2 days' end,
					         s.escalated, case when s.escalated then c.at + interval '1 day' end,
					         case when s.status in ('RESOLVED', 'CLOSED') then c.at + interval '4 days' end,
					         case when s.status = 'CLOSED' then c.at + interval '5 days' end,
					         case when s.status = 'CLOSED' then (g * 31) % 1000 < 986 end,
					         case when s.status = 'CLOSED' then (case when (g * 37) % 1000 < 950 then 'SATISFIED'
					              when (g * 37) % 1000 < 993 then 'BASICALLY_SATISFIED' else 'DISSATISFIED' end) end,
					         case when s.status = 'CLOSED' and (g * 41) % 1000 < 15 then 1 else 0 end,
					         case when s.status in ('CLOSED', 'DECLINED') then c.at + interval '5 days' end, 0, c.at, c.at
					  from generate_series(:from, :to) g
					  join gen_place p on p.k = (g * 7919) % :places
					  cross join lateral (select cast(:now as timestamptz) - ((g * 104729) % 63072000) * interval '1 second' as at) c
					  cross join lateral (select least(10, 1 + ((g * 13) % 100) / 9) as cat) x
					  cross join lateral (select case when g % 1000 < 10 then 'DUPLICATE' when g % 1000 < 20 then 'DECLINED'
					                                  when g % 1000 < 40 then 'SUBMITTED' when g % 1000 < 60 then 'ACCEPTED'
					                                  when g % 1000 < 70 then 'ESCALATED' when g % 1000 < 120 then 'DISPATCHED'
					                                  when g % 1000 < 150 then 'RESOLVED' else 'CLOSED' end as status,
					                             (g * 43) % 1000 < 50 or g % 1000 between 60 and 69 as escalated) s
					  returning *),
					p as (
					  insert into request_part (request_id, role, organisation_id, unit_name, status, report_due_at, reported_at,
					    claimed_at, claimed_by, done_at, due_at, late, round, created_at)
					  select r.id, case when r.escalated then 'SUMMONED' else 'DISPATCHED' end, o.id, o.name,
					         case when r.status = 'DISPATCHED' then 'CLAIMED' else 'DONE' end,
					         case when r.escalated then r.created_at + interval '2 days' end,
					         case when r.escalated then r.created_at + interval '30 hours' end,
					         r.created_at + interval '2 days', 'generator',
					         case when r.status <> 'DISPATCHED' then r.created_at + interval '4 days' end,
					         case when r.status = 'DISPATCHED' then r.created_at + interval '7 days' end,
					         r.id % 17 = 0, r.reopen_count, r.created_at + interval '1 day'
					  from r cross join generate_series(1, case when r.escalated then 2 else 1 end) n
					  join gen_org o on o.k = (r.id + n * 3) % :orgs
					  where r.status in ('DISPATCHED', 'RESOLVED', 'CLOSED')
					  returning id, request_id),
					rt as (
					  insert into request_rating (request_id, part_id, stars, at)
					  select p.request_id, p.id, case when r.satisfaction = 'DISSATISFIED' then 2 when p.id % 5 = 0 then 4 else 5 end,
					         r.evaluated_at
					  from p join r on r.id = p.request_id
					  where r.status = 'CLOSED' and p.id % 10 < 8
					  returning 1),
					ev as (
					  insert into request_event (owner_id, at, actor_id, actor_name, kind, note, public)
					  select r.id, e.at, 0, 'generator', e.kind, null, true
					  from r cross join lateral (values
					      ('RECEIVED', r.created_at, true), ('ACCEPTED', r.accepted_at, r.accepted_at is not null),
					      ('DECLINED', r.created_at + interval '5 hours', r.status = 'DECLINED'),
					      ('ESCALATED', r.escalated_at, r.escalated), ('DISPATCHED', r.created_at + interval '1 day',
					        r.status in ('DISPATCHED', 'RESOLVED', 'CLOSED') and not r.escalated),
					      ('CLAIMED', r.created_at + interval '2 days', r.status in ('DISPATCHED', 'RESOLVED', 'CLOSED')),
					      ('RESOLVED', r.resolved_at, r.resolved_at is not null),
					      ('EVALUATED', r.evaluated_at, r.evaluated_at is not null),
					      ('CLOSED', r.closed_at, r.status = 'CLOSED')) e(kind, at, happened)
					  where e.happened
					  returning 1)
					select (select count(*) from r) + (select count(*) from p) + (select count(*) from rt) + (select count(*) from ev)""")
				.param("texts", REQUEST_TEXTS.replace("\n", ""))
				.param("cats", places.requestCategories())
				.param("from", from)
				.param("to", to)
				.param("places", places.places())
				.param("orgs", places.orgs())
				.param("now", Timestamp.from(now))
				.query(Long.class)
				.single();
			return 0;
		});
		return rows[0];
	}

}
