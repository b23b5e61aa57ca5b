package cn.siwei.figures;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.siwei.access.AccessDenied;
import cn.siwei.access.Actor;
import cn.siwei.figures.FigureSource.Counted;
import cn.siwei.figures.FigureSource.Rate;
import cn.siwei.platform.NotFound;
import cn.siwei.platform.Plans;
import cn.siwei.region.Region;
import cn.siwei.region.Regions;

/**
 * The leader's dashboard: for a region node and a period, every registered capability's figures with the previous
 * period beside them, the trend of the last twelve months, the breakdowns by category, channel and sub-region, and
 * the most overdue records. Every number carries the address of the records it counts.
 */
@Service
public class Dashboards {

	private final Rollups rollups;

	private final Regions regions;

	private final MessageSource messages;

	private final JdbcClient jdbc;

	private final Clock clock;

	private final Environment environment;

	Dashboards(Environment environment, Rollups rollups, Regions regions, MessageSource messages, JdbcClient jdbc, Clock clock) {
		this.environment = environment;
		this.rollups = rollups;
		this.regions = regions;
		this.messages = messages;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * A counted figure on the dashboard.
	 *
	 * @param key the figure
	 * @param messageKey its name
	 * @param definitionKey its definition
	 * @param value its value in the period
	 * @param previous its value in the previous period
	 * @param link the records it counts
	 */
	public record Tile(String key, String messageKey, String definitionKey, long value, long previous, String link) {

		/** value − previous. */
		public long change() {
			return this.value - this.previous;
		}

	}

	/**
	 * A rate on the dashboard.
	 *
	 * @param key the rate
	 * @param messageKey its name
	 * @param definitionKey its definition
	 * @param value its value in the period, or null when the denominator is nought
	 * @param previous its value in the previous period, or null
	 * @param numeratorLink the records of the numerator
	 */
	public record RateTile(String key, String messageKey, String definitionKey, BigDecimal value, BigDecimal previous,
			String numeratorLink, BigDecimal target) {

		/**
		 * How the rate stands against the city's target ({@code siwei.figures.target.<kind>.<RATE>}): "met", "near"
		 * (within five points), "below", or "" when there is no target or no value: only a set target colours it.
		 */
		public String standing() {
			if (this.target == null || this.value == null) {
				return "";
			}
			return this.value.compareTo(this.target) >= 0 ? "met"
					: this.value.compareTo(this.target.subtract(BigDecimal.valueOf(5))) >= 0 ? "near" : "below";
		}

	}

	/**
	 * One row of a breakdown.
	 *
	 * @param key what it is keyed by (month, category id, channel, child path)
	 * @param label its name
	 * @param values every counted figure
	 * @param rates every rate, null where the denominator is nought
	 * @param link where its records are listed (or its own dashboard, for a sub-region)
	 */
	public record Slice(String key, String label, Map<String, Long> values, Map<String, BigDecimal> rates, String link) {
	}

	/**
	 * An overdue record.
	 *
	 * @param id the record
	 * @param text what it is about
	 * @param since when it came due
	 * @param link where it is
	 */
	public record Late(long id, String text, Instant since, String link) {
	}

	/**
	 * One capability's part of the dashboard.
	 *
	 * @param kind the capability
	 * @param titleKey its name
	 * @param tiles its counted figures
	 * @param rates its rates
	 * @param months the last twelve months up to the period's end
	 * @param categories by category
	 * @param channels by channel
	 * @param children by sub-region
	 * @param late the most overdue records
	 */
	public record Section(String kind, String titleKey, List<Tile> tiles, List<RateTile> rates, List<Slice> months,
			List<Slice> categories, List<Slice> channels, List<Slice> children, List<Late> late) {
	}

	/**
	 * The whole dashboard.
	 *
	 * @param region the node
	 * @param trail the nodes above it
	 * @param period the period
	 * @param previous the period before
	 * @param sections one per capability the reader may see
	 */
	public record View(Region region, List<Region> trail, Period period, Period previous, List<Section> sections) {
	}

	/** The dashboard of a node inside the actor's region for a period. */
	@Transactional(readOnly = true)
	public View of(Actor actor, long regionId, Period period, Locale locale) {
		Region region = this.regions.get(actor, regionId);
		Selection sel = new Selection(region.id(), region.path(), period.from(), period.to(), null, null);
		Period before = period.comparedOn(LocalDate.now(this.clock));
		List<Section> sections = new ArrayList<>();
		for (FigureSource s : this.rollups.sources()) {
			if (actor.can(s.permission())) {
				sections.add(section(s, sel, before, locale));
			}
		}
		if (sections.isEmpty()) {
			// nothing of it is this actor's to read: the dashboard is not for them
			throw new AccessDenied(this.rollups.sources().get(0).permission());
		}
		return new View(region, this.regions.trail(actor, region), period, before, sections);
	}

	/** The sections of a view that the wall display shows. */
	public View onWall(View view) {
		return new View(view.region(), view.trail(), view.period(), view.previous(), view.sections().stream()
			.filter(s -> source(s.kind()).onWall())
			.toList());
	}

	/** Only the counted figures and rates of one capability, with the previous period: for rankings and tests. */
	@Transactional(readOnly = true)
	public Map<String, Long> totals(Actor actor, String kind, long regionId, LocalDate from, LocalDate to) {
		Region region = this.regions.get(actor, regionId);
		FigureSource s = source(kind);
		actor.require(s.permission());
		return this.rollups.totals(s, new Selection(region.id(), region.path(), from, to, null, null));
	}

	FigureSource source(String kind) {
		return this.rollups.sources().stream().filter(s -> s.kind().equals(kind)).findFirst()
			.orElseThrow(() -> new NotFound("figure_source", 0));
	}

	private Section section(FigureSource s, Selection sel, Period previousPeriod, Locale locale) {
		Map<String, Long> now = this.rollups.totals(s, sel);
		Map<String, Long> before = this.rollups.totals(s, sel.during(previousPeriod.from(), previousPeriod.to()));
		List<Tile> tiles = new ArrayList<>();
		for (Counted f : s.figures()) {
			tiles.add(new Tile(f.key(), f.messageKey(), f.definitionKey(), now.get(f.key()), before.get(f.key()),
					s.drillDown(f.key(), sel)));
		}
		List<RateTile> rates = new ArrayList<>();
		for (Rate r : s.rates()) {
			String target = this.environment.getProperty("siwei.figures.target." + s.kind() + "." + r.key());
			rates.add(new RateTile(r.key(), r.messageKey(), r.definitionKey(), rate(now, r), rate(before, r),
					s.drillDown(r.numerator(), sel), target == null || target.isBlank() ? null : new BigDecimal(target.trim())));
		}
		LocalDate trendFrom = sel.to().withDayOfMonth(1).minusMonths(11);
		Selection trend = sel.during(trendFrom, sel.to());
		List<Slice> months = new ArrayList<>();
		Map<String, Map<String, Long>> byMonth = this.rollups.aggregate(s, trend, Breakdown.MONTH);
		for (LocalDate m = trendFrom; !m.isAfter(sel.to()); m = m.plusMonths(1)) {
			String key = m.toString().substring(0, 7);
			Map<String, Long> values = byMonth.getOrDefault(key, zero(s));
			LocalDate end = m.plusMonths(1).minusDays(1).isAfter(sel.to()) ? sel.to() : m.plusMonths(1).minusDays(1);
			months.add(new Slice(key, key, values, rates(s, values), s.drillDown(s.figures().get(0).key(), sel.during(m, end))));
		}
		Map<Long, String> categoryNames = s.categoryNames(locale);
		List<Slice> categories = new ArrayList<>();
		this.rollups.aggregate(s, sel, Breakdown.CATEGORY).forEach((k, v) -> {
			long id = Long.parseLong(k);
			Selection one = new Selection(sel.regionId(), sel.regionPath(), sel.from(), sel.to(), id, null);
			categories.add(new Slice(k, categoryNames.getOrDefault(id, k), v, rates(s, v), s.drillDown(s.figures().get(0).key(), one)));
		});
		categories.sort((a, b) -> Long.compare(b.values().get(s.figures().get(0).key()), a.values().get(s.figures().get(0).key())));
		List<Slice> channels = new ArrayList<>();
		this.rollups.aggregate(s, sel, Breakdown.CHANNEL).forEach((k, v) -> {
			Selection one = new Selection(sel.regionId(), sel.regionPath(), sel.from(), sel.to(), null, k);
			channels.add(new Slice(k, this.messages.getMessage(s.channelKey(k), null, k, locale), v, rates(s, v),
					s.drillDown(s.figures().get(0).key(), one)));
		});
		Map<String, Map<String, Long>> byChild = this.rollups.aggregate(s, sel, Breakdown.CHILD);
		Map<String, Region> childRegions = this.regions.byPaths(byChild.keySet());
		List<Slice> children = new ArrayList<>();
		byChild.forEach((path, v) -> {
			Region child = childRegions.get(path);
			if (child != null) {
				children.add(new Slice(path, child.name(), v, rates(s, v), "/dashboard?region=" + child.id() + "&kind="
						+ "CUSTOM&from=" + sel.from() + "&to=" + sel.to()));
			}
		});
		return new Section(s.kind(), s.titleKey(), tiles, rates, months, categories, channels, children, late(s, sel));
	}

	private List<Late> late(FigureSource s, Selection sel) {
		FigureSource.Overdue o = s.overdue();
		if (o == null) {
			return List.of();
		}
		String a = s.alias();
		// near the top of the tree the lateness index is walked until ten records are in the node; lower down the
		// node's own overdue records are read and sorted (a city's generic plan sorted every overdue wish, 80 ms at a
		// million; a compound's walked the city's index)
		Plans.forEachNode(this.jdbc);
		// below the street the node's overdue records are fenced off (offset 0) and sorted: at ten million, with the
		// search column making rows wider, the planner walked the city's lateness index for a community (0.5 s)
		String fence = sel.depth() > 3 ? " offset 0" : "";
		return this.jdbc.sql("select id, t, k from (select " + a + ".id, " + o.text() + " as t, " + o.orderBy()
				+ " as k from " + s.table() + " " + a + " where in_subtree(" + a + ".region_path, :node) and "
				+ o.condition() + (fence.isEmpty() ? " order by " + o.orderBy() + " limit 10" : fence) + ") x order by k limit 10")
			.param("node", sel.regionPath())
			.param("now", Timestamp.from(this.clock.instant()))
			.query((rs, n) -> new Late(rs.getLong(1), rs.getString(2),
					rs.getTimestamp(3) == null ? null : rs.getTimestamp(3).toInstant(),
					o.link().replace("{id}", String.valueOf(rs.getLong(1)))))
			.list();
	}

	private static Map<String, Long> zero(FigureSource s) {
		Map<String, Long> m = new LinkedHashMap<>();
		s.figures().forEach(f -> m.put(f.key(), 0L));
		return m;
	}

	private static Map<String, BigDecimal> rates(FigureSource s, Map<String, Long> values) {
		Map<String, BigDecimal> m = new LinkedHashMap<>();
		s.rates().forEach(r -> m.put(r.key(), rate(values, r)));
		return m;
	}

	static BigDecimal rate(Map<String, Long> values, Rate r) {
		long d = values.getOrDefault(r.denominator(), 0L);
		if (d == 0) {
			return null;
		}
		return BigDecimal.valueOf(values.getOrDefault(r.numerator(), 0L) * 100L).divide(BigDecimal.valueOf(d), 1,
				RoundingMode.HALF_UP);
	}

}
