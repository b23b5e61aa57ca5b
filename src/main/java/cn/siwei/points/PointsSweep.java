package cn.siwei.points;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.YearMonth;
import java.time.ZoneId;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import cn.siwei.platform.SweepLock;

/**
 * Publishes each ledger's monthly digest once the month is over: the number and hash of its last posting of the
 * month (the genesis hash for a ledger without postings yet). A household, a village meeting or an auditor who
 * noted a digest can later check that the chain still leads to it. Safe with several platform nodes: a digest is
 * written once (its key is the ledger and the month).
 */
@Component
public class PointsSweep {

	private final JdbcClient jdbc;

	private final Clock clock;

	PointsSweep(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** @return how many digests were published now */
	@Scheduled(fixedDelayString = "${siwei.points.sweep-every:1h}", initialDelayString = "${siwei.points.sweep-every:1h}")
	@Transactional
	public int publishDigests() {
		if (!SweepLock.claim(this.jdbc, "points.digests")) {
			return 0;
		}
		ZoneId zone = this.clock.getZone();
		YearMonth last = YearMonth.now(this.clock).minusMonths(1);
		Timestamp end = Timestamp.from(last.plusMonths(1).atDay(1).atStartOfDay(zone).toInstant());
		int published = 0;
		for (Long id : this.jdbc.sql("""
				select l.id from points_ledger l where l.created_at < ?
				  and not exists (select 1 from points_digest d where d.ledger_id = l.id and d.month = ?)""")
			.params(end, Date.valueOf(last.atDay(1)))
			.query(Long.class)
			.list()) {
			Object[] head = this.jdbc.sql("""
					select seq, hash from points_transfer where ledger_id = ? and at < ? order by seq desc limit 1""")
				.params(id, end)
				.query((rs, n) -> new Object[] { rs.getLong(1), rs.getString(2) })
				.optional()
				.orElse(new Object[] { 0L, Chain.genesis(id) });
			published += this.jdbc.sql("""
					insert into points_digest (ledger_id, month, seq, hash, published_at) values (?, ?, ?, ?, ?)
					on conflict do nothing""")
				.params(id, Date.valueOf(last.atDay(1)), head[0], head[1], Timestamp.from(this.clock.instant()))
				.update();
		}
		return published;
	}

}
