package cn.siwei.request;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.siwei.access.Actor;
import cn.siwei.organisation.Organisations;
import cn.siwei.figures.FigureSource;
import cn.siwei.figures.RankedRate;
import cn.siwei.figures.Rollups;
import cn.siwei.platform.Events;
import cn.siwei.platform.Sheets;
import cn.siwei.platform.Violations;
import cn.siwei.region.Region;
import cn.siwei.region.RegionLevel;
import cn.siwei.region.Regions;

/**
 * The monthly ranking of streets, communities and departments by their response, resolution and satisfaction
 * rates, weighted (30/35/35 unless the reader sets others), with the leaders' comments kept beside it.
 */
@Service
public class Rankings {

	private final Rollups rollups;

	private final RequestFigureSource source;

	private final Regions regions;

	private final JdbcClient jdbc;

	private final Events events;

	private final MessageSource messages;

	private final Clock clock;

	private final int[] defaultWeights;

	private final UnitRollup unitRollup;

	private final Organisations organisations;

	private final List<RankedRate> ranked;

	Rankings(Rollups rollups, RequestFigureSource source, Regions regions, JdbcClient jdbc, Events events,
			MessageSource messages, Clock clock, UnitRollup unitRollup, Organisations organisations,
			@Value("${siwei.rankings.weights:30,35,35}") int[] defaultWeights, List<RankedRate> ranked) {
		this.ranked = ranked;
		this.unitRollup = unitRollup;
		this.organisations = organisations;
		this.clock = clock;
		this.rollups = rollups;
		this.source = source;
		this.regions = regions;
		this.jdbc = jdbc;
		this.events = events;
		this.messages = messages;
		this.defaultWeights = defaultWeights;
	}

	/** What is ranked. */
	public enum Level {

		/** The streets under the reader's node. */
		STREET,
		/** The communities under it. */
		COMMUNITY,
		/** The departments and other units that had parts of its requests. */
		DEPARTMENT;

		public String messageKey() {
			return "ranking.level." + name();
		}

	}

	/**
	 * The weights of the three rates, in percent of the score.
	 *
	 * @param response weight of the on-time response rate
	 * @param resolution weight of the resolution rate
	 * @param satisfaction weight of the satisfaction rate
	 */
	public record Weights(int response, int resolution, int satisfaction) {
	}

	/** The default weights (30/35/35 unless configured). */
	public Weights defaults() {
		return new Weights(this.defaultWeights[0], this.defaultWeights[1], this.defaultWeights[2]);
	}

	/**
	 * A ranked line.
	 *
	 * @param rank its place (1 first); 0 for those without requests, listed last
	 * @param name the street, community or unit
	 * @param regionId the region, for streets and communities
	 * @param count how many requests (parts, for units) it had
	 * @param response its response rate
	 * @param resolution its resolution rate
	 * @param satisfaction its satisfaction rate
	 * @param score the weighted score
	 * @param also the other capabilities' ranked rates by {@link Column#key()}, null where nothing was counted
	 */
	public record Line(int rank, String name, Long regionId, long count, BigDecimal response, BigDecimal resolution,
			BigDecimal satisfaction, BigDecimal score, Map<String, BigDecimal> also) {
	}

	/**
	 * A rate of another capability shown beside the requests' rates (not weighted into the score).
	 *
	 * @param key {@code <kind>.<rate>}
	 * @param titleKey the capability's name
	 * @param messageKey the rate's name
	 * @param definitionKey its definition
	 */
	public record Column(String key, String titleKey, String messageKey, String definitionKey) {
	}

	/**
	 * A leader's comment.
	 *
	 * @param authorName who
	 * @param text what
	 * @param at when
	 */
	public record Comment(String authorName, String text, Instant at) {
	}

	/**
	 * A month's ranking.
	 *
	 * @param region the node whose streets, communities or units are ranked
	 * @param month the month
	 * @param level what is ranked
	 * @param weights the weights used
	 * @param lines the lines, best first
	 * @param comments the comments made on it
	 * @param also the other capabilities' rates shown beside the requests' (streets and communities only)
	 */
	public record Ranking(Region region, YearMonth month, Level level, Weights weights, List<Line> lines,
			List<Comment> comments, List<Column> also) {
	}

	/** The ranking of a month under a node inside the actor's region. */
	@Transactional(readOnly = true)
	public Ranking of(Actor actor, long regionId, YearMonth month, Level level, Weights weights) {
		actor.require(RequestPermissions.VIEW);
		Region region = this.regions.get(actor, regionId);
		Weights w = check(weights == null ? defaults() : weights);
		List<Line> raw = new ArrayList<>();
		List<Column> also = new ArrayList<>();
		if (level == Level.DEPARTMENT) {
			raw.addAll(units(actor, region, month));
		}
		else {
			int depth = level == Level.STREET ? 3 : 4;
			Map<String, Map<String, Long>> rows = this.rollups.month(this.source, region.path(), depth, month);
			Map<String, Map<String, BigDecimal>> others = others(actor, region, depth, month, also);
			Set<String> paths = new LinkedHashSet<>(rows.keySet());
			paths.addAll(others.keySet());
			Map<String, Region> nodes = this.regions.byPaths(paths);
			// named with their parent: two streets of the same name in two districts are told apart
			Map<String, String> names = this.regions.pathNames(paths,
					level == Level.STREET ? RegionLevel.DISTRICT : RegionLevel.STREET,
					level == Level.STREET ? RegionLevel.STREET : RegionLevel.COMMUNITY);
			for (String path : paths) {
				Region node = nodes.get(path);
				Map<String, Long> v = rows.get(path);
				if (node != null) {
					raw.add(v == null
							? new Line(0, names.getOrDefault(path, node.name()), node.id(), 0, null, null, null, null,
									others.getOrDefault(path, Map.of()))
							: new Line(0, names.getOrDefault(path, node.name()), node.id(), v.get("RECEIVED"),
									rate(v.get("RESPONDED_ON_TIME"), v.get("RECEIVED")),
									rate(v.get("RESOLVED"), v.get("ACCEPTED")), rate(v.get("SATISFIED"), v.get("EVALUATED")),
									null, others.getOrDefault(path, Map.of())));
				}
			}
		}
		List<Line> scored = new ArrayList<>(raw.stream()
			.map(l -> new Line(0, l.name(), l.regionId(), l.count(), l.response(), l.resolution(), l.satisfaction(),
					score(l, w), l.also()))
			.toList());
		scored.sort(Comparator.comparing(Line::score, Comparator.nullsLast(Comparator.reverseOrder()))
			.thenComparing(Line::count, Comparator.reverseOrder())
			.thenComparing(Line::name));
		// ties share a rank and the next rank skips them (1, 2, 2, 4)
		List<Line> lines = new ArrayList<>();
		int rank = 0;
		for (int i = 0; i < scored.size(); i++) {
			Line l = scored.get(i);
			if (l.score() != null && (i == 0 || scored.get(i - 1).score() == null
					|| scored.get(i - 1).score().compareTo(l.score()) != 0)) {
				rank = i + 1;
			}
			lines.add(new Line(l.score() == null ? 0 : rank, l.name(), l.regionId(), l.count(), l.response(),
					l.resolution(), l.satisfaction(), l.score(), l.also()));
		}
		List<Comment> comments = this.jdbc.sql("""
				select author_name, text, at from ranking_comment where region_id = ? and month = ? and level = ?
				order by at, id""")
			.params(region.id(), month.atDay(1), level.name())
			.query((rs, n) -> new Comment(rs.getString(1), rs.getString(2), rs.getTimestamp(3).toInstant()))
			.list();
		return new Ranking(region, month, level, w, lines, comments, List.copyOf(also));
	}

	/**
	 * The other capabilities' ranked rates the actor may see, by node at {@code depth} under the region, from their
	 * monthly rollups; the columns they make are added to {@code columns}.
	 */
	private Map<String, Map<String, BigDecimal>> others(Actor actor, Region region, int depth, YearMonth month,
			List<Column> columns) {
		Map<String, Map<String, BigDecimal>> out = new LinkedHashMap<>();
		for (RankedRate ranked : this.ranked) {
			FigureSource s = this.rollups.sources().stream().filter(x -> x.kind().equals(ranked.kind())).findFirst()
				.orElse(null);
			if (s == null || !actor.can(s.permission())) {
				continue;
			}
			FigureSource.Rate r = s.rates().stream().filter(x -> x.key().equals(ranked.rate())).findFirst()
				.orElseThrow(() -> new IllegalStateException("no rate " + ranked.rate() + " in " + ranked.kind()));
			String key = ranked.kind() + "." + ranked.rate();
			columns.add(new Column(key, s.titleKey(), r.messageKey(), r.definitionKey()));
			this.rollups.month(s, region.path(), depth, month).forEach((path, v) -> {
				BigDecimal value = rate(v.getOrDefault(r.numerator(), 0L), v.getOrDefault(r.denominator(), 0L));
				if (value != null) {
					out.computeIfAbsent(path, p -> new LinkedHashMap<>()).put(key, value);
				}
			});
		}
		return out;
	}

	private static Weights check(Weights w) {
		Violations v = new Violations();
		if (w.response() < 0 || w.resolution() < 0 || w.satisfaction() < 0
				|| w.response() + w.resolution() + w.satisfaction() != 100) {
			v.add("weights", "ranking.rejected.weights");
		}
		v.throwIfAny();
		return w;
	}

	/**
	 * The units' lines: response = parts with no step past its limit ÷ parts; resolution = parts of requests the
	 * resident found resolved ÷ parts; satisfaction = ratings of four or five stars ÷ ratings; for the requests
	 * placed in the month under the node. Read from the units' rollup; each unit named with its place, so that the
	 * property companies of two communities called 合成1社区 are told apart.
	 */
	private List<Line> units(Actor actor, Region region, YearMonth month) {
		List<UnitRollup.Month> rows = this.unitRollup.month(region.path(), month);
		Map<Long, Organisations.Placed> units = this.organisations.placed(actor,
				rows.stream().map(UnitRollup.Month::organisationId).toList());
		return rows.stream().map(m -> {
			Organisations.Placed u = units.get(m.organisationId());
			String name = u == null ? "#" + m.organisationId()
					: u.place() == null || u.place().isEmpty() ? u.unit().name() : u.unit().name() + "（" + u.place() + "）";
			return new Line(0, name, null, m.parts(), rate(m.onTime(), m.parts()), rate(m.resolved(), m.parts()),
					rate(m.good(), m.rated()), null, Map.of());
		}).toList();
	}

	/**
	 * The weighted score; a rate with nothing under its line is left out and the other weights count for it.
	 * Null when no rate can be computed.
	 */
	static BigDecimal score(Line l, Weights w) {
		BigDecimal sum = BigDecimal.ZERO;
		int weights = 0;
		if (l.response() != null) {
			sum = sum.add(l.response().multiply(BigDecimal.valueOf(w.response())));
			weights += w.response();
		}
		if (l.resolution() != null) {
			sum = sum.add(l.resolution().multiply(BigDecimal.valueOf(w.resolution())));
			weights += w.resolution();
		}
		if (l.satisfaction() != null) {
			sum = sum.add(l.satisfaction().multiply(BigDecimal.valueOf(w.satisfaction())));
			weights += w.satisfaction();
		}
		return weights == 0 ? null : sum.divide(BigDecimal.valueOf(weights), 1, RoundingMode.HALF_UP);
	}

	static BigDecimal rate(long numerator, long denominator) {
		return RequestFigures.rate(numerator, denominator);
	}

	/** A leader comments on a month's ranking (点评); the comment is kept with it. */
	@Transactional
	public void comment(Actor actor, long regionId, YearMonth month, Level level, String text) {
		actor.require(RequestPermissions.RANKING_COMMENT);
		Region region = this.regions.get(actor, regionId);
		Violations v = new Violations();
		String t = v.required("text", text, 2000);
		if (month == null) {
			v.add("month", "validation.required");
		}
		if (level == null) {
			v.add("level", "validation.required");
		}
		v.throwIfAny();
		long id = this.jdbc.sql("""
				insert into ranking_comment (month, level, region_id, author_id, author_name, text, at)
				values (?, ?, ?, ?, ?, ?, ?) returning id""")
			.params(month.atDay(1), level.name(), region.id(), actor.accountId(), actor.displayName(), t,
					Timestamp.from(this.clock.instant()))
			.query(Long.class)
			.single();
		this.events.created(actor, "ranking_comment", id, region.path(),
				Map.of("month", month.toString(), "level", level.name()));
	}

	/** The ranking as an .xlsx sheet, with its comments below. */
	@Transactional(readOnly = true)
	public void write(Actor actor, long regionId, YearMonth month, Level level, Weights weights, Locale locale,
			OutputStream out) throws IOException {
		Ranking r = of(actor, regionId, month, level, weights);
		Workbook wb = new Workbook(out, "Siwei", "1.0");
		Worksheet ws = wb.newWorksheet(month.toString());
		String[] heads = { "ranking.rank", "ranking.name", "ranking.count", "request.onTimeResponseRate",
				"request.resolutionRate", "request.satisfactionRate", "ranking.score" };
		for (int c = 0; c < heads.length; c++) {
			ws.value(0, c, this.messages.getMessage(heads[c], null, locale));
		}
		for (int c = 0; c < r.also().size(); c++) {
			Column col = r.also().get(c);
			ws.value(0, heads.length + c, this.messages.getMessage(col.titleKey(), null, locale) + " · "
					+ this.messages.getMessage(col.messageKey(), null, locale));
		}
		int row = 1;
		for (Line l : r.lines()) {
			if (l.rank() > 0) {
				ws.value(row, 0, l.rank());
			}
			ws.value(row, 1, Sheets.text(l.name()));
			ws.value(row, 2, l.count());
			Object[] rates = { l.response(), l.resolution(), l.satisfaction(), l.score() };
			for (int c = 0; c < rates.length; c++) {
				if (rates[c] != null) {
					ws.value(row, 3 + c, (BigDecimal) rates[c]);
				}
			}
			for (int c = 0; c < r.also().size(); c++) {
				BigDecimal v = l.also().get(r.also().get(c).key());
				if (v != null) {
					ws.value(row, heads.length + c, v);
				}
			}
			row++;
		}
		row++;
		ws.value(row++, 0, this.messages.getMessage("ranking.weightsUsed",
				new Object[] { r.weights().response(), r.weights().resolution(), r.weights().satisfaction() }, locale));
		for (Comment c : r.comments()) {
			ws.value(row, 0, Sheets.text(c.authorName()));
			ws.value(row++, 1, Sheets.text(c.text()));
		}
		wb.finish();
	}

}
