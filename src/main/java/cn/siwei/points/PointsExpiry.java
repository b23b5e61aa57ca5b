package cn.siwei.points;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import cn.siwei.access.Actor;
import cn.siwei.points.PointsTerms.AccountKind;
import cn.siwei.points.PointsTerms.TransferKind;
import cn.siwei.platform.SweepLock;

/**
 * Expiry, oldest first, where a ledger sets it (as Odoo's loyalty history does): spending draws on a household's
 * oldest points, so what is left of the points it received before the cut-off day is what it received then less
 * everything it has spent, held or lost since it began; that much moves to the ledger's expired account. Posted
 * once per household and cut-off day (its key); safe to run again and with several platform nodes.
 */
@Component
public class PointsExpiry {

	private final JdbcClient jdbc;

	private final PointsLedger ledgers;

	private final Clock clock;

	PointsExpiry(JdbcClient jdbc, PointsLedger ledgers, Clock clock) {
		this.jdbc = jdbc;
		this.ledgers = ledgers;
		this.clock = clock;
	}

	/** Expires what is due in every ledger that sets an expiry. @return how many postings were made */
	@Scheduled(fixedDelayString = "${siwei.points.sweep-every:1h}", initialDelayString = "${siwei.points.sweep-every:1h}")
	@Transactional
	public int expireAll() {
		if (!SweepLock.claim(this.jdbc, "points.expiry")) {
			return 0;
		}
		int n = 0;
		for (Long id : this.jdbc.sql("select id from points_ledger where expiry_months is not null order by id")
			.query(Long.class).list()) {
			n += expire(id);
		}
		return n;
	}

	/** Expires what is due in one ledger today. @return how many postings were made */
	@Transactional
	public int expire(long ledgerId) {
		Integer months = this.jdbc.sql("select expiry_months from points_ledger where id = ?").param(ledgerId)
			.query(Integer.class).single();
		if (months == null) {
			return 0;
		}
		LocalDate cutoff = LocalDate.now(this.clock).minusMonths(months);
		Instant before = cutoff.atStartOfDay(this.clock.getZone()).toInstant();
		List<Object[]> due = this.jdbc.sql("""
				select a.id, old_in.amount - coalesce(all_out.amount, 0) as left_over from points_account a
				join lateral (select sum(t.amount) as amount from points_transfer t
				  where t.credit_account_id = a.id and t.at < ?) old_in on true
				left join lateral (select sum(t.amount) as amount from points_transfer t
				  where t.debit_account_id = a.id) all_out on true
				where a.ledger_id = ? and a.kind = 'HOLDER' and old_in.amount - coalesce(all_out.amount, 0) > 0""")
			.params(Timestamp.from(before), ledgerId)
			.query((rs, n) -> new Object[] { rs.getLong(1), rs.getLong(2) })
			.list();
		if (due.isEmpty()) {
			return 0;
		}
		long expired = this.ledgers.account(ledgerId, AccountKind.EXPIRED, null, "已过期");
		List<Posting> postings = new ArrayList<>();
		for (Object[] d : due) {
			postings.add(new Posting((Long) d[0], expired, (Long) d[1], TransferKind.EXPIRE,
					"expire:" + d[0] + ":" + cutoff, null, null, "积分到期（" + cutoff + " 前获得，" + months + " 个月有效）"));
		}
		return (int) this.ledgers.postAll(Actor.SYSTEM, ledgerId, postings).stream()
			.filter(PointsLedger.Posted::posted).count();
	}

}
