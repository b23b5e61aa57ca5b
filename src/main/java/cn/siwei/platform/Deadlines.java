package cn.siwei.platform;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Deadlines swept once, for every capability. A deadline is a due column of a capability's table and a flag that
 * is raised by the very statement that finds the record past (or near) its due time, so that a second sweep, a
 * restart or a second platform instance on the same database never flags a record twice. The due times are stored
 * with the records, so the timers survive restarts. A sweep then writes one timeline entry per flagged record, in
 * one statement, and publishes one event per record, carrying the entry's id as the key of its notices.
 */
public final class Deadlines {

	private Deadlines() {
	}

	/**
	 * How a record remembers that it was flagged.
	 *
	 * @param column the flag's column
	 * @param remembersDue whether it holds the due time it was flagged for (else it is a boolean)
	 */
	public record Flag(String column, boolean remembersDue) {

		/** A boolean column, true once flagged (and set back to false by the act that moves the deadline). */
		public static Flag bool(String column) {
			return new Flag(column, false);
		}

		/**
		 * A column holding the due time it was flagged for: a deadline that moves (an extension, a new round of work)
		 * is flagged again without anyone resetting the flag.
		 */
		public static Flag forDue(String column) {
			return new Flag(column, true);
		}

		String unflagged(String alias, String due) {
			String flag = alias + "." + this.column;
			return this.remembersDue ? flag + " is distinct from " + due : "not " + flag;
		}

		String raise(String due) {
			return this.column + " = " + (this.remembersDue ? due : "true");
		}

	}

	/**
	 * A deadline of a capability's table.
	 *
	 * @param table the table ({@code request_part})
	 * @param alias its alias in the conditions ({@code p})
	 * @param from other tables the condition joins, or null ({@code request r})
	 * @param open the condition of a record the deadline still runs for ({@code r.id = p.request_id and p.status <> 'DONE'})
	 * @param due the due column, with the alias ({@code p.due_at})
	 * @param alsoSet further assignments made when the deadline is missed, or null ({@code late = true})
	 */
	public record Deadline(String table, String alias, String from, String open, String due, String alsoSet) {

		/** The statement flagging every open record whose due time is before {@code :now}, once. */
		String missed(Flag flag, String returning) {
			return "update " + this.table + " " + this.alias + " set " + flag.raise(this.due)
					+ (this.alsoSet == null ? "" : ", " + this.alsoSet) + (this.from == null ? "" : " from " + this.from)
					+ " where (" + this.open + ") and " + flag.unflagged(this.alias, this.due) + " and " + this.due
					+ " < :now returning " + returning;
		}

		/** The statement flagging every open record due from {@code :now} to before {@code :horizon}, once. */
		String coming(Flag flag, String returning) {
			return "update " + this.table + " " + this.alias + " set " + flag.raise(this.due)
					+ (this.from == null ? "" : " from " + this.from) + " where (" + this.open + ") and "
					+ flag.unflagged(this.alias, this.due) + " and " + this.due + " >= :now and " + this.due
					+ " < :horizon returning " + returning;
		}

	}

	/**
	 * Flags, once, the open records whose due time passed.
	 *
	 * @param now the current time, as the due column's type wants it (a timestamp, or a date for date deadlines)
	 * @param returning what the statement returns of each flagged record, for its notices
	 */
	public static <T> List<T> flagMissed(JdbcClient jdbc, Deadline deadline, Flag flag, Object now, Map<String, ?> more,
			String returning, RowMapper<T> rows) {
		return jdbc.sql(deadline.missed(flag, returning)).param("now", now).params(more).query(rows).list();
	}

	/** Flags, once, the open records that come due from {@code now} to before {@code horizon}. */
	public static <T> List<T> flagComing(JdbcClient jdbc, Deadline deadline, Flag flag, Object now, Object horizon,
			String returning, RowMapper<T> rows) {
		return jdbc.sql(deadline.coming(flag, returning)).param("now", now).param("horizon", horizon).query(rows).list();
	}

	/**
	 * Writes a timeline entry for each flagged record in one statement and publishes an event for each.
	 *
	 * @param owner the record a flagged item belongs to
	 * @param part its part, or null when the capability's records have none
	 * @param event the event of a flagged item, given the id of its timeline entry
	 * @return how many were flagged
	 */
	public static <F> int recordEach(List<F> flagged, Timeline timeline, Instant now, Enum<?> kind,
			Function<F, Long> owner, Function<F, Long> part, BiFunction<F, Long, Object> event,
			ApplicationEventPublisher publisher) {
		List<Long> entries = timeline.writeBySystem(flagged.stream().map(owner).toList(),
				part == null ? null : flagged.stream().map(part).toList(), now, kind);
		for (int i = 0; i < flagged.size(); i++) {
			publisher.publishEvent(event.apply(flagged.get(i), entries.get(i)));
		}
		return flagged.size();
	}

}
