package cn.siwei.platform;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * An act of a capability's loop as one conditional update: the record moves to the act's state (and has the
 * act's other columns set) only while it still stands in one of the states the act starts from, so that two
 * people acting at once cannot both succeed; the loser is told, and nothing changes.
 */
public final class ActUpdate {

	private ActUpdate() {
	}

	/**
	 * Moves record {@code id} of {@code table} from one of {@code from} to {@code to}, setting {@code set} too
	 * (named parameters from {@code params}; {@code :now} is the act's time).
	 * @throws Rejected with {@code wrongStateKey} when the record no longer stands in one of {@code from}
	 */
	public static void move(JdbcClient jdbc, String table, long id, Collection<? extends Enum<?>> from, Enum<?> to,
			String set, Map<String, ?> params, Instant now, String wrongStateKey) {
		int n = jdbc.sql("update " + table + " set status = :to, updated_at = :now" + (set.isEmpty() ? "" : ", " + set)
				+ " where id = :id and status = any(:from)")
			.param("to", to.name())
			.param("now", Timestamp.from(now))
			.param("id", id)
			.param("from", from.stream().map(Enum::name).toArray(String[]::new))
			.params(params)
			.update();
		if (n == 0) {
			throw Rejected.because(wrongStateKey);
		}
	}

}
