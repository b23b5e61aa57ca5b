package cn.siwei.points;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.siwei.access.Actor;

/**
 * Recomputes every ledger from its postings, as an outside auditor would (immudb's idea): the numbers run 1, 2, 3 …
 * without a gap; each posting's previous hash is the hash before it (the genesis hash first) and its hash is what
 * its fields give; each account's balance is the sum of its postings; the ledger's balances add up to zero and its
 * head is its last posting. The first posting (or account) that does not match is named, per ledger.
 */
@Service
public class PointsVerifier {

	private final JdbcClient jdbc;

	PointsVerifier(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * What a ledger's check found.
	 *
	 * @param ledgerId the ledger
	 * @param name its name
	 * @param postings how many postings were checked
	 * @param problem the first thing that does not match, or null when everything does
	 * @param seq the number of the first posting that does not match, or null
	 */
	public record Finding(long ledgerId, String name, long postings, String problem, Long seq) {

		public boolean ok() {
			return this.problem == null;
		}

	}

	/** Checks every ledger of the actor's region. */
	@Transactional(readOnly = true)
	public List<Finding> verify(Actor actor) {
		actor.require(PointsPermissions.VERIFY);
		return verifyUnder(actor.scope().regionPath());
	}

	/** Checks every ledger under a path (the command line checks them all, under "/"). */
	@Transactional(readOnly = true)
	public List<Finding> verifyUnder(String path) {
		List<Finding> out = new ArrayList<>();
		this.jdbc.sql("select id, name, seq, head_hash from points_ledger where in_subtree(region_path, ?) order by id")
			.param(path)
			.query((rs, n) -> new Object[] { rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getString(4) })
			.list()
			.forEach(l -> out.add(ledger((Long) l[0], (String) l[1], (Long) l[2], (String) l[3])));
		return out;
	}

	private Finding ledger(long id, String name, long headSeq, String headHash) {
		Map<Long, Long> sums = new HashMap<>();
		String[] problem = { null };
		Long[] at = { null };
		long[] count = { 0 };
		String[] prev = { Chain.genesis(id) };
		long[] expected = { 1 };
		this.jdbc.sql("""
				select seq, debit_account_id, credit_account_id, amount, kind, idempotency_key, rule_id, reverses_id,
				  reason, actor_id, at, prev_hash, hash from points_transfer where ledger_id = ? order by seq""")
			.param(id)
			.query(rs -> {
				long seq = rs.getLong(1);
				count[0]++;
				long debit = rs.getLong(2);
				long credit = rs.getLong(3);
				long amount = rs.getLong(4);
				sums.merge(debit, -amount, Long::sum);
				sums.merge(credit, amount, Long::sum);
				if (problem[0] != null) {
					return;
				}
				String hash = Chain.hash(id, seq, debit, credit, amount, rs.getString(5), rs.getString(6),
						rs.getObject(7, Long.class), rs.getObject(8, Long.class), rs.getString(9), rs.getLong(10),
						rs.getTimestamp(11).toInstant(), rs.getString(12));
				if (seq != expected[0]) {
					problem[0] = "posting number " + expected[0] + " is missing (found " + seq + ")";
				}
				else if (!prev[0].equals(rs.getString(12))) {
					problem[0] = "posting " + seq + " does not follow the hash before it";
				}
				else if (!hash.equals(rs.getString(13))) {
					problem[0] = "posting " + seq + " was changed: its fields do not give its hash";
				}
				if (problem[0] != null) {
					at[0] = seq;
				}
				prev[0] = rs.getString(13);
				expected[0] = seq + 1;
			});
		if (problem[0] == null && (headSeq != count[0] || !headHash.equals(prev[0]))) {
			problem[0] = "the ledger's head (" + headSeq + ") is not its last posting (" + count[0] + ")";
		}
		if (problem[0] == null) {
			List<Object[]> accounts = this.jdbc.sql("select id, name, balance from points_account where ledger_id = ? order by id")
				.param(id)
				.query((rs, n) -> new Object[] { rs.getLong(1), rs.getString(2), rs.getLong(3) })
				.list();
			long total = 0;
			for (Object[] a : accounts) {
				long fromPostings = sums.getOrDefault((Long) a[0], 0L);
				total += (Long) a[2];
				if (fromPostings != (Long) a[2]) {
					problem[0] = "account " + a[0] + " (" + a[1] + ") holds " + a[2] + " but its postings give "
							+ fromPostings;
					break;
				}
			}
			if (problem[0] == null && total != 0) {
				problem[0] = "the balances add up to " + total + ", not zero";
			}
		}
		return new Finding(id, name, count[0], problem[0], at[0]);
	}

}
