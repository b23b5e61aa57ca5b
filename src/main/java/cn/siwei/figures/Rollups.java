package cn.siwei.figures;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import cn.siwei.figures.FigureSource.Counted;
import cn.siwei.platform.SiweiProperties;
import cn.siwei.platform.SweepLock;

/**
 * Keeps every registered figure pre-aggregated and answers figures for any region node and period at a cost that
 * does not grow with the number of records.
 *
 * <p>
 * For each {@link FigureSource} a rollup table holds, per region node, day or month, category and channel, the
 * sum of each figure over the records placed then. Statement-level triggers generated from the figures' own
 * conditions keep it exact through every insert, change and move of a record. Days are kept for the nodes down to
 * the street (depth 3), months down to the community (depth 4): a period is read as whole months plus the days at
 * its edges. Below, and for the edge days of a community, records are counted directly: a community's or a
 * compound's records of a few days are few.
 */
@Service
public class Rollups implements SmartInitializingSingleton {

	private static final Logger log = LoggerFactory.getLogger(Rollups.class);

	/** The deepest nodes kept per day. */
	static final int DAY_DEPTH = 3;

	/** The deepest nodes kept per month. */
	static final int MONTH_DEPTH = 4;

	private final JdbcClient jdbc;

	private final List<FigureSource> sources;

	private final TransactionTemplate tx;

	private final ZoneId zone;

	Rollups(JdbcClient jdbc, List<FigureSource> sources, TransactionTemplate tx, SiweiProperties properties) {
		this.jdbc = jdbc;
		this.sources = sources;
		this.tx = tx;
		this.zone = properties.zone();
	}

	/** The registered sources. */
	public List<FigureSource> sources() {
		return this.sources;
	}

	@Override
	public void afterSingletonsInstantiated() {
		this.sources.forEach(this::install);
	}

	// --- installation ---

	private static String column(Counted f) {
		return f.key().toLowerCase(Locale.ROOT);
	}

	private String definition(FigureSource s) {
		StringBuilder b = new StringBuilder("v5-slots|").append(this.zone.getId()).append('|').append(s.table()).append('|')
			.append(s.alias()).append('|').append(DAY_DEPTH).append('|').append(MONTH_DEPTH);
		s.figures().forEach(f -> b.append('|').append(f.key()).append('=').append(f.condition()).append('*').append(f.measure()));
		return b.toString();
	}

	/**
	 * Creates the rollup table, its trigger function and triggers for a source; rebuilds the rollup when it was
	 * made from another definition (a changed figure, zone or layout). Several instances starting at once take
	 * turns.
	 */
	void install(FigureSource s) {
		String definition = definition(s);
		this.tx.executeWithoutResult(status -> {
			this.jdbc.sql("select pg_advisory_xact_lock(hashtext('figure_rollups'))").query().listOfRows();
			String stored = this.jdbc.sql("select definition from figure_rollup_state where kind = ?")
				.param(s.kind())
				.query(String.class)
				.optional()
				.orElse(null);
			String table = s.kind() + "_rollup";
			if (!definition.equals(stored)) {
				this.jdbc.sql("drop table if exists " + table).update();
			}
			String cols = s.figures().stream().map(f -> column(f) + " bigint not null default 0").collect(Collectors.joining(", "));
			this.jdbc.sql("create table if not exists " + table + " (region_path varchar(400) not null, depth smallint not null,"
					+ " grain char(1) not null, day date not null, category_id bigint not null, channel varchar(32) not null, "
					+ "slot smallint not null default 0, " + cols + ", constraint " + table + "_pkey primary key " + KEY + ")")
				.update();
			createIndexes(table);
			this.jdbc.sql(triggerFunction(s)).update();
			for (String op : List.of("insert", "update", "delete")) {
				String name = s.kind() + "_rollup_" + op;
				String referencing = switch (op) {
					case "insert" -> "referencing new table as new_rows";
					case "delete" -> "referencing old table as old_rows";
					default -> "referencing old table as old_rows new table as new_rows";
				};
				this.jdbc.sql("drop trigger if exists " + name + " on " + s.table()).update();
				this.jdbc.sql("create trigger " + name + " after " + op + " on " + s.table() + " " + referencing
						+ " for each statement execute function " + s.kind() + "_rollup_apply()").update();
			}
			if (!definition.equals(stored)) {
				long t0 = System.nanoTime();
				rebuildInside(s);
				this.jdbc.sql("""
						insert into figure_rollup_state (kind, definition, rebuilt_at) values (?, ?, now())
						on conflict (kind) do update set definition = excluded.definition, rebuilt_at = excluded.rebuilt_at""")
					.params(s.kind(), definition)
					.update();
				log.info("Rollup of {} built from its records in {} ms", s.kind(), (System.nanoTime() - t0) / 1_000_000);
			}
		});
	}

	/**
	 * The key of a rollup row: a node's rows of one cut (all, a category, a channel) over a range of days, each cell
	 * kept in up to nine slots. A transaction adds to the slot 1-8 its transaction id picks ({@code counter_slot()},
	 * migration V61): concurrent acts on one city, whose ids follow each other, add to different rows instead of
	 * queueing on one row's lock until each commits. Readers sum a cell's slots; rebuilds write slot 0 and
	 * {@link #fold()} folds the others into it.
	 */
	private static final String KEY = "(region_path, grain, channel, category_id, day, slot)";

	/** The orders a rollup is read in besides its key: by channel, and the children of a node. */
	private void createIndexes(String table) {
		this.jdbc.sql("create index if not exists " + table + "_by_channel on " + table
				+ " (region_path, grain, category_id, channel, day)").update();
		this.jdbc.sql("create index if not exists " + table + "_children on " + table
				+ " (depth, grain, category_id, channel, region_path text_pattern_ops, day)").update();
	}

	/** Each figure's contribution of every record of {@code from} (a table or transition table, aliased). */
	private String contributions(FigureSource s, String from, String alias) {
		StringBuilder b = new StringBuilder("select (" + alias + ".created_at at time zone '" + this.zone.getId()
				+ "')::date as day, " + alias + ".region_path, " + alias + ".category_id, " + alias + ".channel");
		for (Counted f : s.figures()) {
			b.append(", case when (").append(as(f.condition(), s.alias(), alias)).append(") then (")
				.append(as(f.measure(), s.alias(), alias)).append(") else 0 end as ").append(column(f));
		}
		return b.append(" from ").append(from).toString();
	}

	/** The figures' vector of a record, to tell whether an update changed anything they count. */
	private String vector(FigureSource s, String alias) {
		StringBuilder b = new StringBuilder("(" + alias + ".region_path, " + alias + ".created_at, " + alias
				+ ".category_id, " + alias + ".channel");
		for (Counted f : s.figures()) {
			b.append(", case when (").append(as(f.condition(), s.alias(), alias)).append(") then (")
				.append(as(f.measure(), s.alias(), alias)).append(") else 0 end");
		}
		return b.append(')').toString();
	}

	/** An SQL text written for one alias, rewritten for another. */
	static String as(String sql, String from, String to) {
		return from.equals(to) ? sql : sql.replaceAll("(?<![A-Za-z0-9_])" + Pattern.quote(from) + "\\.", to + ".");
	}

	private String upsert(FigureSource s, String contributions, boolean subtract) {
		String table = s.kind() + "_rollup";
		String cols = s.figures().stream().map(Rollups::column).collect(Collectors.joining(", "));
		String sums = s.figures().stream().map(f -> (subtract ? "-" : "") + "sum(x." + column(f) + ") as " + column(f))
			.collect(Collectors.joining(", "));
		String updates = additions(s);
		return "insert into " + table + " as t (region_path, depth, grain, day, category_id, channel, slot, " + cols + ")"
				+ " select path, depth, grain, day, coalesce(category_id, " + ALL_CATEGORIES + "), coalesce(channel, '"
				+ ALL_CHANNELS + "'), counter_slot(), " + s.figures().stream().map(Rollups::column).collect(Collectors.joining(", "))
				+ " from (select path, depth, grain, day, category_id, channel, " + sums + " from (" + expanded(s, contributions)
				+ ") x group by " + CUBE + ") c"
				// applied in key order, so that concurrent statements lock rollup rows in the same order
				+ " order by 1, 3, 4, 5, 6"
				+ " on conflict (region_path, grain, day, category_id, channel, slot) do update set " + updates;
	}

	/** An upsert's {@code do update} that adds the new row's figures to the stored row's ({@code t}). */
	private static String additions(FigureSource s) {
		return s.figures().stream().map(f -> column(f) + " = t." + column(f) + " + excluded." + column(f))
			.collect(Collectors.joining(", "));
	}

	/** The category of the rows that add up every category. */
	static final long ALL_CATEGORIES = 0;

	/** The channel of the rows that add up every channel. */
	static final String ALL_CHANNELS = "*";

	/**
	 * Every record is kept three ways: by category, by channel, and in all; so a figure reads one row per day or
	 * month, a breakdown one per category or channel, and the size of a rollup depends on the tree and the calendar,
	 * not on the number of records. A figure narrowed by both a category and a channel is counted directly.
	 */
	private static final String CUBE = "grouping sets ((path, depth, grain, day, category_id), (path, depth, grain, day, channel),"
			+ " (path, depth, grain, day))";

	/** Each record's contributions once per ancestor and grain: path, depth, grain, day, category, channel, figures. */
	private String expanded(FigureSource s, String contributions) {
		return "select a.path, a.depth, g.grain, case when g.grain = 'D' then x.day else date_trunc('month', x.day)::date end as day,"
				+ " x.category_id, x.channel, " + s.figures().stream().map(f -> "x." + column(f)).collect(Collectors.joining(", "))
				+ " from (" + contributions + ") x" + ancestors();
	}

	/**
	 * The rows {@code a(path, depth)} of the ancestors down to depth 4 of a record {@code x}, joined to the grains
	 * {@code g} they are kept in; the prefixes are cut with split_part, which is much cheaper than a set-returning
	 * function per record when millions are rebuilt.
	 */
	private static String ancestors() {
		return prefixes() + " join (values ('D', " + DAY_DEPTH + "), ('M', " + MONTH_DEPTH + ")) g(grain, max_depth)"
				+ " on a.depth <= g.max_depth where a.depth <= length(x.region_path) - length(replace(x.region_path, '/', '')) - 1";
	}

	/** The prefixes {@code a(path, depth)} of a record's path {@code x.region_path} down to depth 4 (some empty). */
	private static String prefixes() {
		StringBuilder paths = new StringBuilder("array[");
		for (int d = 1; d <= MONTH_DEPTH; d++) {
			paths.append(d > 1 ? ", " : "").append(prefix(d));
		}
		return " cross join lateral unnest(" + paths.append("]") + ", array[1, 2, 3, 4]) as a(path, depth)";
	}

	/** The first {@code depth} steps of {@code x.region_path}, as a path. */
	private static String prefix(int depth) {
		StringBuilder b = new StringBuilder("'/'");
		for (int d = 1; d <= depth; d++) {
			b.append(" || split_part(x.region_path, '/', ").append(d + 1).append(") || '/'");
		}
		return b.toString();
	}

	private String triggerFunction(FigureSource s) {
		String a = s.alias();
		String changedOld = " old_rows " + a + " join new_rows n_ on n_." + "id = " + a + ".id where " + vector(s, a)
				+ " is distinct from " + vector(s, "n_");
		String changedNew = " new_rows " + a + " join old_rows o_ on o_." + "id = " + a + ".id where " + vector(s, a)
				+ " is distinct from " + vector(s, "o_");
		return "create or replace function " + s.kind() + "_rollup_apply() returns trigger language plpgsql as $f$\n"
				+ "begin\n"
				+ " if tg_op = 'INSERT' then\n  " + upsert(s, contributions(s, "new_rows " + a, a), false) + ";\n"
				+ " elsif tg_op = 'DELETE' then\n  " + upsert(s, contributions(s, "old_rows " + a, a), true) + ";\n"
				+ " else\n  " + upsert(s, contributions(s, changedOld, a), true) + ";\n  "
				+ upsert(s, contributions(s, changedNew, a), false) + ";\n"
				+ " end if;\n return null;\nend $f$";
	}

	/** Rebuilds a source's rollup from its records, in one statement (after a bulk load, say). */
	public void rebuild(FigureSource s) {
		this.tx.executeWithoutResult(status -> rebuildInside(s));
	}

	private void rebuildInside(FigureSource s) {
		String table = s.kind() + "_rollup";
		this.jdbc.sql("truncate " + table).update();
		// indexes built after the rows cost a third of keeping them up to date meanwhile
		this.jdbc.sql("alter table " + table + " drop constraint if exists " + table + "_pkey").update();
		this.jdbc.sql("drop index if exists " + table + "_by_channel, " + table + "_children").update();
		this.jdbc.sql("set local maintenance_work_mem = '512MB'").update();
		String base = s.kind() + "_rollup_base";
		String cols = s.figures().stream().map(Rollups::column).collect(Collectors.joining(", "));
		String sums = s.figures().stream().map(f -> "sum(x." + column(f) + ") as " + column(f)).collect(Collectors.joining(", "));
		this.jdbc.sql("set local work_mem = '1GB'").update();
		long t0 = System.nanoTime();
		// First, one pass over the records: each record's figures summed into its street's day and its community's
		// month (per category and channel). Several records share such a cell, so the second step, which copies each
		// cell to every ancestor and every cut, handles far fewer rows than there are records.
		String depth = "(length(x.region_path) - length(replace(x.region_path, '/', '')) - 1)";
		this.jdbc.sql("drop table if exists " + base).update();
		this.jdbc.sql("create temp table " + base + " on commit drop as"
				+ " select case when grouping(x.day) = 0 then 'D' else 'M' end as grain, coalesce(x.day, x.month) as day,"
				+ " coalesce(x.street, x.community) as region_path, x.category_id, x.channel, " + sums
				+ " from (select x.*, date_trunc('month', x.day)::date as month,"
				+ " case when " + depth + " <= " + DAY_DEPTH + " then x.region_path else " + prefix(DAY_DEPTH) + " end as street,"
				+ " case when " + depth + " <= " + MONTH_DEPTH + " then x.region_path else " + prefix(MONTH_DEPTH) + " end as community"
				+ " from (" + contributions(s, s.table() + " " + s.alias(), s.alias()) + ") x) x"
				+ " group by grouping sets ((x.street, x.day, x.category_id, x.channel), (x.community, x.month, x.category_id, x.channel))")
			.update();
		long t1 = System.nanoTime();
		// the ancestors of the cells' nodes (streets and communities: few), cut once each rather than once per cell
		String ancestors = s.kind() + "_rollup_ancestors";
		this.jdbc.sql("drop table if exists " + ancestors).update();
		this.jdbc.sql("create temp table " + ancestors + " on commit drop as select x.region_path, a.path, a.depth"
				+ " from (select distinct region_path from " + base + ") x" + prefixes() + " where a.depth <= " + depth)
			.update();
		this.jdbc.sql("analyze " + base + ", " + ancestors).update();
		// then every cell once per ancestor (its grain is already chosen), three cuts at a time
		this.jdbc.sql("insert into " + table + " (region_path, depth, grain, day, category_id, channel, " + cols + ")"
				+ " select path, depth, grain, day, coalesce(category_id, " + ALL_CATEGORIES + "), coalesce(channel, '"
				+ ALL_CHANNELS + "'), " + cols + " from (select path, depth, grain, day, category_id, channel, " + sums
				+ " from (select a.path, a.depth, x.grain, x.day, x.category_id, x.channel, "
				+ s.figures().stream().map(f -> "x." + column(f)).collect(Collectors.joining(", ")) + " from " + base + " x"
				+ " join " + ancestors + " a on a.region_path = x.region_path) x group by " + CUBE + ") c"
				// stored in key order: a node's rows of a cut lie together, so a figure reads a few pages
				+ " order by 1, 3, 6, 5, 4")
			.update();
		this.jdbc.sql("drop table " + base + ", " + ancestors).update();
		long t2 = System.nanoTime();
		this.jdbc.sql("alter table " + table + " add constraint " + table + "_pkey primary key " + KEY).update();
		createIndexes(table);
		log.info("Rollup of {} rebuilt: cells in {} ms, rows in {} ms, indexes in {} ms", s.kind(), (t1 - t0) / 1_000_000,
				(t2 - t1) / 1_000_000, (System.nanoTime() - t2) / 1_000_000);
	}

	/**
	 * How many rollup rows differ from a fresh aggregation of the records: 0 when every stored figure is exact.
	 */
	public long mismatches(FigureSource s) {
		String table = s.kind() + "_rollup";
		String cols = s.figures().stream().map(Rollups::column).collect(Collectors.joining(", "));
		String nonZero = s.figures().stream().map(f -> column(f) + " <> 0").collect(Collectors.joining(" or "));
		String fresh = "select path as region_path, grain, day, coalesce(category_id, " + ALL_CATEGORIES + ") as category_id,"
				+ " coalesce(channel, '" + ALL_CHANNELS + "') as channel, " + cols + " from (select path, depth, grain, day,"
				+ " category_id, channel, " + s.figures().stream().map(f -> "sum(x." + column(f) + ") as " + column(f)).collect(Collectors.joining(", "))
				+ " from (" + expanded(s, contributions(s, s.table() + " " + s.alias(), s.alias())) + ") x group by " + CUBE + ") c";
		String stored = "select * from (select region_path, grain, day, category_id, channel, "
				+ s.figures().stream().map(f -> "sum(" + column(f) + ")::bigint as " + column(f)).collect(Collectors.joining(", "))
				+ " from " + table + " group by region_path, grain, day, category_id, channel) s where " + nonZero;
		String freshNonZero = "select * from (" + fresh + ") f where " + nonZero;
		return this.jdbc.sql("select count(*) from ((" + stored + " except " + freshNonZero + ") union all ("
				+ freshNonZero + " except " + stored + ")) d").query(Long.class).single();
	}

	/**
	 * Folds every source's slots into slot 0: the sums stay the same, the rows become fewer. Each source in a
	 * transaction of its own; one node at a time.
	 */
	@Scheduled(fixedDelayString = "${siwei.figures.fold-every:10m}", initialDelayString = "${siwei.figures.fold-every:10m}")
	public void fold() {
		for (FigureSource s : this.sources) {
			this.tx.executeWithoutResult(status -> {
				if (!SweepLock.claim(this.jdbc, "rollup-fold-" + s.kind())) {
					return;
				}
				String table = s.kind() + "_rollup";
				String cols = s.figures().stream().map(Rollups::column).collect(Collectors.joining(", "));
				String sums = s.figures().stream().map(f -> "sum(" + column(f) + ")").collect(Collectors.joining(", "));
				String updates = additions(s);
				// rows an act holds now are left for the next round: the sweep never waits for an act, and slot 0 is
				// written only by rebuilds and this sweep
				this.jdbc.sql("with folded as (delete from " + table + " where ctid in (select ctid from " + table
						+ " where slot <> 0 for update skip locked) returning *)"
						+ " insert into " + table + " as t (region_path, depth, grain, day, category_id, channel, slot, " + cols
						+ ") select region_path, depth, grain, day, category_id, channel, 0, " + sums + " from folded"
						+ " group by region_path, depth, grain, day, category_id, channel order by 1, 3, 4, 5, 6"
						+ " on conflict (region_path, grain, day, category_id, channel, slot) do update set " + updates)
					.update();
			});
		}
	}

	// --- reading ---

	/**
	 * Every figure of a source for a selection, broken down as asked: by key, by figure, the value.
	 */
	public Map<String, Map<String, Long>> aggregate(FigureSource s, Selection sel, Breakdown by) {
		int level = sel.depth() + (by == Breakdown.CHILD ? 1 : 0);
		LocalDate from = sel.from();
		LocalDate end = sel.to().plusDays(1);
		LocalDate monthsFrom = from.getDayOfMonth() == 1 ? from : from.withDayOfMonth(1).plusMonths(1);
		LocalDate monthsEnd = end.getDayOfMonth() == 1 ? end : end.withDayOfMonth(1);
		List<String> pieces = new ArrayList<>();
		Map<String, Object> params = new LinkedHashMap<>();
		params.put("node", sel.regionPath());
		params.put("childDepth", sel.depth() + 1);
		if (sel.categoryId() != null) {
			params.put("category", sel.categoryId());
		}
		if (sel.channel() != null) {
			params.put("channel", sel.channel());
		}
		boolean months = level <= MONTH_DEPTH && monthsFrom.isBefore(monthsEnd);
		if (sel.categoryId() != null && (sel.channel() != null || by == Breakdown.CHANNEL)
				|| sel.channel() != null && by == Breakdown.CATEGORY) {
			// a category and a channel together are not rolled up: counted directly
			pieces.add(direct(s, by, from, end, params, sel));
		}
		else if (months) {
			pieces.add(rolled(s, by, "M", monthsFrom, monthsEnd, params, sel));
			edges(s, by, level, from, monthsFrom, params, pieces, sel);
			edges(s, by, level, monthsEnd, end, params, pieces, sel);
		}
		else {
			edges(s, by, level, from, end, params, pieces, sel);
		}
		String sums = s.figures().stream().map(f -> "sum(" + column(f) + ")::bigint as " + column(f)).collect(Collectors.joining(", "));
		Map<String, Map<String, Long>> result = new LinkedHashMap<>();
		if (pieces.isEmpty()) {
			return result;
		}
		// groups that add up to nothing (left behind at the old paths of a moved subtree, say) are not shown
		String having = s.figures().stream().map(f -> "sum(" + column(f) + ") <> 0").collect(Collectors.joining(" or "));
		this.jdbc.sql("select k, " + sums + " from (" + String.join(" union all ", pieces) + ") p group by k having " + having
				+ " order by k")
			.params(params)
			.query(rs -> {
				Map<String, Long> values = new LinkedHashMap<>();
				for (Counted f : s.figures()) {
					values.put(f.key(), rs.getLong(column(f)));
				}
				result.put(rs.getString("k"), values);
			});
		return result;
	}

	/** The days from a until b by rollup (down to the street) or directly (below). */
	private void edges(FigureSource s, Breakdown by, int level, LocalDate a, LocalDate b, Map<String, Object> params,
			List<String> pieces, Selection sel) {
		if (!a.isBefore(b)) {
			return;
		}
		pieces.add(level <= DAY_DEPTH ? rolled(s, by, "D", a, b, params, sel) : direct(s, by, a, b, params, sel));
	}

	private String rolled(FigureSource s, Breakdown by, String grain, LocalDate a, LocalDate b, Map<String, Object> params,
			Selection sel) {
		String n = "p" + params.size();
		params.put(n + "a", a);
		params.put(n + "b", b);
		String key = switch (by) {
			case NONE -> "'all'";
			case MONTH -> "to_char(day, 'YYYY-MM')";
			case CATEGORY -> "category_id::text";
			case CHANNEL -> "channel";
			case CHILD -> "region_path";
		};
		String where = by == Breakdown.CHILD ? "depth = :childDepth and in_subtree(region_path, :node)" : "region_path = :node";
		String cols = s.figures().stream().map(f -> "sum(" + column(f) + ") as " + column(f)).collect(Collectors.joining(", "));
		boolean byCategory = sel.categoryId() != null || by == Breakdown.CATEGORY;
		boolean byChannel = sel.channel() != null || by == Breakdown.CHANNEL;
		String category = sel.categoryId() != null ? " and category_id = :category"
				: byCategory ? " and category_id <> " + ALL_CATEGORIES : " and category_id = " + ALL_CATEGORIES;
		String channel = sel.channel() != null ? " and channel = :channel"
				: byChannel && !byCategory ? " and channel <> '" + ALL_CHANNELS + "'" : " and channel = '" + ALL_CHANNELS + "'";
		return "select " + key + " as k, " + cols + " from " + s.kind() + "_rollup where " + where + " and grain = '" + grain
				+ "' and day >= :" + n + "a and day < :" + n + "b" + category + channel + " group by 1";
	}

	private String direct(FigureSource s, Breakdown by, LocalDate a, LocalDate b, Map<String, Object> params, Selection sel) {
		String n = "p" + params.size();
		String x = s.alias();
		params.put(n + "a", Timestamp.from(a.atStartOfDay(this.zone).toInstant()));
		params.put(n + "b", Timestamp.from(b.atStartOfDay(this.zone).toInstant()));
		String key = switch (by) {
			case NONE -> "'all'";
			case MONTH -> "to_char(" + x + ".created_at at time zone '" + this.zone.getId() + "', 'YYYY-MM')";
			case CATEGORY -> x + ".category_id::text";
			case CHANNEL -> x + ".channel";
			case CHILD -> "cast(:node as text) || split_part(substr(" + x + ".region_path, length(:node) + 1), '/', 1) || '/'";
		};
		String cols = s.figures().stream()
			.map(f -> "coalesce(sum(case when (" + f.condition() + ") then (" + f.measure() + ") else 0 end), 0) as " + column(f))
			.collect(Collectors.joining(", "));
		return "select " + key + " as k, " + cols + " from " + s.table() + " " + x + " where in_subtree(" + x
				+ ".region_path, :node)" + (by == Breakdown.CHILD ? " and " + x + ".region_path <> :node" : "") + " and " + x
				+ ".created_at >= :" + n + "a and " + x + ".created_at < :" + n + "b"
				+ (sel.categoryId() != null ? " and " + x + ".category_id = :category" : "")
				+ (sel.channel() != null ? " and " + x + ".channel = :channel" : "") + " group by 1";
	}

	/**
	 * One month's figures of every node at a depth (street 3, community 4) under a node, by path and figure.
	 * Read from the month rollup, so at any volume a few rows per node.
	 */
	public Map<String, Map<String, Long>> month(FigureSource s, String nodePath, int depth, YearMonth month) {
		if (depth > MONTH_DEPTH) {
			throw new IllegalArgumentException("months are kept down to depth " + MONTH_DEPTH);
		}
		String cols = s.figures().stream().map(f -> "sum(" + column(f) + ")::bigint as " + column(f)).collect(Collectors.joining(", "));
		String having = s.figures().stream().map(f -> "sum(" + column(f) + ") <> 0").collect(Collectors.joining(" or "));
		Map<String, Map<String, Long>> result = new LinkedHashMap<>();
		this.jdbc.sql("select region_path, " + cols + " from " + s.kind() + "_rollup where depth = ? and grain = 'M'"
				+ " and in_subtree(region_path, ?) and day = ? and category_id = " + ALL_CATEGORIES + " and channel = '"
				+ ALL_CHANNELS + "' group by region_path having " + having)
			.params(depth, nodePath, month.atDay(1))
			.query(rs -> {
				Map<String, Long> values = new LinkedHashMap<>();
				for (Counted f : s.figures()) {
					values.put(f.key(), rs.getLong(column(f)));
				}
				result.put(rs.getString(1), values);
			});
		return result;
	}

	/** Totals of a selection, by figure (zero when nothing was placed). */
	public Map<String, Long> totals(FigureSource s, Selection sel) {
		Map<String, Long> zero = new LinkedHashMap<>();
		s.figures().forEach(f -> zero.put(f.key(), 0L));
		return aggregate(s, sel, Breakdown.NONE).getOrDefault("all", zero);
	}

}
