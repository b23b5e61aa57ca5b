package cn.siwei.request;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.siwei.access.Actor;
import cn.siwei.platform.Sheets;
import cn.siwei.region.Region;
import cn.siwei.region.Regions;
import cn.siwei.request.RequestTerms.Channel;

/**
 * The figures of requests for any region node, unit, category, channel and period, and the monthly summary per
 * unit that goes to the joint meeting. Every figure is a {@link RequestFigure}: one condition, counted here and
 * listed by the ledger's drill-down. Rates have one decimal, rounded half up.
 */
@Service
public class RequestFigures {

	private final JdbcClient jdbc;

	private final Regions regions;

	private final MessageSource messages;

	private final Clock clock;

	RequestFigures(JdbcClient jdbc, Regions regions, MessageSource messages, Clock clock) {
		this.jdbc = jdbc;
		this.regions = regions;
		this.messages = messages;
		this.clock = clock;
	}

	/**
	 * The figures of one selection.
	 *
	 * @param region the node
	 * @param from first day
	 * @param to last day
	 * @param categoryId only this category, if set
	 * @param unitId only requests this organisation took part in, if set
	 * @param channel only this channel, if set
	 * @param counts every figure
	 * @param reopenings how often requests were reopened in all
	 */
	public record Figures(Region region, LocalDate from, LocalDate to, Long categoryId, Long unitId, Channel channel,
			Map<RequestFigure, Long> counts, long reopenings) {

		public long count(RequestFigure figure) {
			return this.counts.get(figure);
		}

		/** Accepted ÷ received. */
		public BigDecimal acceptanceRate() {
			return rate(count(RequestFigure.ACCEPTED), count(RequestFigure.RECEIVED));
		}

		/** Resolved ÷ accepted. */
		public BigDecimal resolutionRate() {
			return rate(count(RequestFigure.RESOLVED), count(RequestFigure.ACCEPTED));
		}

		/** Satisfied or basically satisfied ÷ evaluated. */
		public BigDecimal satisfactionRate() {
			return rate(count(RequestFigure.SATISFIED), count(RequestFigure.EVALUATED));
		}

		/** Taken or declined within the first step's limit ÷ received. */
		public BigDecimal onTimeResponseRate() {
			return rate(count(RequestFigure.RESPONDED_ON_TIME), count(RequestFigure.RECEIVED));
		}

	}

	/** A percentage with one decimal, rounded half up; null when the denominator is nought. */
	public static BigDecimal rate(long numerator, long denominator) {
		if (denominator == 0) {
			return null;
		}
		return BigDecimal.valueOf(numerator * 100L).divide(BigDecimal.valueOf(denominator), 1, RoundingMode.HALF_UP);
	}

	/** Every figure of a selection, counted in one pass over the region's requests of the period. */
	@Transactional(readOnly = true)
	public Figures of(Actor actor, long regionId, LocalDate from, LocalDate to, Long categoryId, Long unitId,
			Channel channel) {
		actor.require(RequestPermissions.VIEW);
		Region region = this.regions.get(actor, regionId);
		StringBuilder sql = new StringBuilder("select count(*) filter (where r.status <> 'DUPLICATE') as total");
		for (RequestFigure f : RequestFigure.values()) {
			sql.append(", count(*) filter (where ").append(f.condition()).append(") as ").append(f.name());
		}
		sql.append(", coalesce(sum(r.reopen_count) filter (where r.status <> 'DUPLICATE'), 0) as reopenings");
		sql.append(" from request r where in_subtree(r.region_path, :scope) and r.created_at >= :from and r.created_at < :to");
		Map<String, Object> params = new HashMap<>();
		params.put("scope", region.path());
		params.put("from", Timestamp.from(start(from)));
		params.put("to", Timestamp.from(start(to.plusDays(1))));
		if (categoryId != null) {
			sql.append(" and r.category_id = :category");
			params.put("category", categoryId);
		}
		if (channel != null) {
			sql.append(" and r.channel = :channel");
			params.put("channel", channel.name());
		}
		if (unitId != null) {
			sql.append(" and exists (select 1 from request_part p where p.request_id = r.id and p.organisation_id = :unit)");
			params.put("unit", unitId);
		}
		Map<RequestFigure, Long> counts = new EnumMap<>(RequestFigure.class);
		long[] reopenings = new long[1];
		this.jdbc.sql(sql.toString()).params(params).query(rs -> {
			for (RequestFigure f : RequestFigure.values()) {
				counts.put(f, rs.getLong(f.name()));
			}
			reopenings[0] = rs.getLong("reopenings");
		});
		return new Figures(region, from, to, categoryId, unitId, channel, counts, reopenings[0]);
	}

	Instant start(LocalDate day) {
		return day.atStartOfDay(this.clock.getZone()).toInstant();
	}

	/**
	 * One unit's month, for the joint meeting.
	 *
	 * @param unitName the unit
	 * @param parts parts given to it in the month
	 * @param done parts it finished
	 * @param onTime parts finished with every step within its limit
	 * @param late parts with some step past its limit
	 * @param rated parts the resident rated
	 * @param averageStars the average rating, one decimal, or null
	 */
	public record UnitMonth(String unitName, long parts, long done, long onTime, long late, long rated,
			BigDecimal averageStars) {

		public BigDecimal onTimeRate() {
			return rate(this.onTime, this.parts);
		}

	}

	/** Every unit that had parts of the region's requests in the month, busiest first. */
	@Transactional(readOnly = true)
	public List<UnitMonth> units(Actor actor, long regionId, YearMonth month) {
		actor.require(RequestPermissions.VIEW);
		Region region = this.regions.get(actor, regionId);
		return this.jdbc.sql("""
				select p.unit_name, count(*), count(*) filter (where p.status = 'DONE'),
				       count(*) filter (where p.status = 'DONE' and not p.late), count(*) filter (where p.late),
				       count(x.stars), round(avg(x.stars), 1)
				from request_part p join request r on r.id = p.request_id
				left join request_rating x on x.part_id = p.id
				where in_subtree(r.region_path, ?) and p.created_at >= ? and p.created_at < ? and p.status <> 'ENDED'
				group by p.unit_name, p.organisation_id, p.team_id, p.person_id
				order by count(*) desc, p.unit_name""")
			.params(region.path(), Timestamp.from(start(month.atDay(1))),
					Timestamp.from(start(month.plusMonths(1).atDay(1))))
			.query((rs, n) -> new UnitMonth(rs.getString(1), rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5),
					rs.getLong(6), rs.getBigDecimal(7)))
			.list();
	}

	/** The month's summary per unit as an .xlsx sheet. */
	@Transactional(readOnly = true)
	public void writeUnits(Actor actor, long regionId, YearMonth month, Locale locale, OutputStream out)
			throws IOException {
		List<UnitMonth> rows = units(actor, regionId, month);
		Workbook wb = new Workbook(out, "Siwei", "1.0");
		Worksheet ws = wb.newWorksheet(month.toString());
		String[] heads = { "request.unit", "request.units.parts", "request.units.done", "request.units.onTime",
				"request.units.late", "request.units.onTimeRate", "request.units.rated", "request.units.averageStars" };
		for (int c = 0; c < heads.length; c++) {
			ws.value(0, c, this.messages.getMessage(heads[c], null, locale));
		}
		int r = 1;
		for (UnitMonth u : rows) {
			ws.value(r, 0, Sheets.text(u.unitName()));
			ws.value(r, 1, u.parts());
			ws.value(r, 2, u.done());
			ws.value(r, 3, u.onTime());
			ws.value(r, 4, u.late());
			if (u.onTimeRate() != null) {
				ws.value(r, 5, u.onTimeRate());
			}
			ws.value(r, 6, u.rated());
			if (u.averageStars() != null) {
				ws.value(r, 7, u.averageStars());
			}
			r++;
		}
		wb.finish();
	}

}
