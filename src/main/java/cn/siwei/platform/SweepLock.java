package cn.siwei.platform;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * One node at a time runs a given sweep: with several platform nodes on one database each node's scheduler fires
 * every sweep, and the first to claim it (a PostgreSQL advisory lock held until its transaction ends) does the
 * round while the others skip it. The sweeps are flag-once by their statements as well; the lock spares the
 * database the same work done N times and keeps sweeps that post (points' expiry, a lapsed hold) from racing.
 */
public final class SweepLock {

	private SweepLock() {
	}

	/**
	 * Claims the sweep for this transaction. Call first inside the sweep's transaction.
	 * @return false when another node (or thread) is running it now: skip this round
	 */
	public static boolean claim(JdbcClient jdbc, String sweep) {
		return jdbc.sql("select pg_try_advisory_xact_lock(hashtext('siwei-sweep'), hashtext(?))")
			.param(sweep)
			.query(Boolean.class)
			.single();
	}

}
