package cn.siwei.points;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.siwei.access.Actor;
import cn.siwei.platform.Events;
import cn.siwei.platform.RecordChanged;
import cn.siwei.platform.Violations;

/**
 * Collective dividends weighed by points (积分作为分红依据): the village's pool split among its households by the points
 * each held at the end of a day, by largest remainder so the cents add up to the pool; the computation is kept and
 * shown (each household's points, its exact share, the cents, who got a cent left over). It posts no points: the
 * points stay; the money is paid outside the platform.
 */
@Service
public class PointsDividends {

	private final JdbcClient jdbc;

	private final PointsLedger ledgers;

	private final Events events;

	private final Clock clock;

	PointsDividends(JdbcClient jdbc, PointsLedger ledgers, Events events, Clock clock) {
		this.jdbc = jdbc;
		this.ledgers = ledgers;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * A household's share.
	 *
	 * @param name the household
	 * @param points their points at the end of the day
	 * @param cents their share
	 * @param remainderRank their place among those given a cent left over, or 0
	 */
	public record Line(String name, long points, long cents, int remainderRank) {
	}

	/**
	 * A dividend as computed.
	 *
	 * @param id its number
	 * @param title what it is
	 * @param poolCents the pool
	 * @param asOf the day whose points weighed
	 * @param totalPoints all households' points that day
	 * @param computedName who computed it
	 * @param computedAt when
	 * @param lines each household's share
	 */
	public record Dividend(long id, String title, long poolCents, LocalDate asOf, long totalPoints, String computedName,
			Instant computedAt, List<Line> lines) {
	}

	/** Computes a dividend of a ledger of the actor's region: the pool in yuan and cents, by the points held at the end of a day. */
	@Transactional
	public long compute(Actor actor, long ledgerId, String title, Long poolCents, LocalDate asOf) {
		actor.require(PointsPermissions.MANAGE);
		Ledger ledger = this.ledgers.get(actor, ledgerId);
		Violations v = new Violations();
		String t = v.required("title", title, 200);
		if (poolCents == null || poolCents <= 0 || poolCents > 100_000_000_00L) {
			v.add("pool", "points.rejected.pool");
		}
		if (asOf == null || asOf.isAfter(LocalDate.now(this.clock))) {
			v.add("asOf", "points.rejected.asOf");
		}
		v.throwIfAny();
		Instant end = asOf.plusDays(1).atStartOfDay(this.clock.getZone()).toInstant();
		Map<Long, long[]> points = new HashMap<>();
		Map<Long, String> names = new HashMap<>();
		this.jdbc.sql("""
				select a.person_id, a.name,
				  coalesce(sum(case when t.credit_account_id = a.id then t.amount else -t.amount end), 0)
				from points_account a join points_transfer t on (t.credit_account_id = a.id or t.debit_account_id = a.id)
				  and t.at < ?
				where a.ledger_id = ? and a.kind = 'HOLDER' group by a.person_id, a.name order by a.person_id""")
			.params(Timestamp.from(end), ledgerId)
			.query(rs -> {
				points.put(rs.getLong(1), new long[] { rs.getLong(3) });
				names.put(rs.getLong(1), rs.getString(2));
			});
		List<Dividends.Weight> weights = new ArrayList<>();
		points.forEach((person, p) -> weights.add(new Dividends.Weight(person, Math.max(0, p[0]))));
		weights.sort(java.util.Comparator.comparingLong(Dividends.Weight::holder));
		List<Dividends.Share> shares = Dividends.split(poolCents, weights);
		if (shares.isEmpty()) {
			throw cn.siwei.platform.Rejected.because("points.rejected.noPoints");
		}
		long id = this.jdbc.sql("""
				insert into points_dividend (ledger_id, title, pool_cents, as_of, computed_by, computed_name, computed_at)
				values (?, ?, ?, ?, ?, ?, ?) returning id""")
			.params(ledgerId, t, poolCents, Date.valueOf(asOf), actor.accountId(), actor.displayName(),
					Timestamp.from(this.clock.instant()))
			.query(Long.class).single();
		for (Dividends.Share s : shares) {
			this.jdbc.sql("""
					insert into points_dividend_share (dividend_id, person_id, name, points, cents, remainder_rank)
					values (?, ?, ?, ?, ?, ?)""")
				.params(id, s.holder(), names.get(s.holder()), s.weight(), s.cents(), s.remainderRank() == 0 ? null
						: s.remainderRank())
				.update();
		}
		this.events.changed(actor, PointsLedger.TYPE, ledgerId, RecordChanged.Action.UPDATE, ledger.regionPath(),
				Map.of(), Map.of("dividend", id, "poolCents", poolCents, "asOf", asOf.toString()), t);
		return id;
	}

	/** The dividends of a ledger, newest first, with their computation. */
	@Transactional(readOnly = true)
	public List<Dividend> of(long ledgerId) {
		List<Dividend> out = new ArrayList<>();
		this.jdbc.sql("select * from points_dividend where ledger_id = ? order by id desc limit 12").param(ledgerId)
			.query((rs, n) -> new Object[] { rs.getLong("id"), rs.getString("title"), rs.getLong("pool_cents"),
					rs.getDate("as_of").toLocalDate(), rs.getString("computed_name"),
					rs.getTimestamp("computed_at").toInstant() })
			.list()
			.forEach(d -> {
				List<Line> lines = this.jdbc.sql("""
						select name, points, cents, coalesce(remainder_rank, 0) from points_dividend_share
						where dividend_id = ? order by cents desc, name""")
					.param(d[0])
					.query((rs, n) -> new Line(rs.getString(1), rs.getLong(2), rs.getLong(3), rs.getInt(4)))
					.list();
				out.add(new Dividend((Long) d[0], (String) d[1], (Long) d[2], (LocalDate) d[3],
						lines.stream().mapToLong(Line::points).sum(), (String) d[4], (Instant) d[5], lines));
			});
		return out;
	}

}
