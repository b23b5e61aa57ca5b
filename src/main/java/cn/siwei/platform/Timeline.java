package cn.siwei.platform;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The timeline of one capability's records: who did what, when and why, written once for every capability. Each
 * capability keeps its entries in its own table, {@code <type>_event}, of one shape:
 *
 * <pre>
 * id bigint identity, owner_id bigint (the record), part_id bigint (a part of it, or null), at timestamptz,
 * actor_id bigint (0 for the system), actor_name varchar, kind varchar(32), note varchar,
 * public boolean (seen by the resident), on_behalf boolean (recorded by a worker for the resident)
 * </pre>
 *
 * An entry's id keys the notices of the act it records, so that a republished event tells nobody twice. Access is
 * the capability's: it reads a record's timeline only for someone who may see the record.
 */
public final class Timeline {

	private static final Pattern TABLE = Pattern.compile("[a-z][a-z0-9_]*_event");

	private final JdbcClient jdbc;

	private final String table;

	public Timeline(JdbcClient jdbc, String table) {
		if (!TABLE.matcher(table).matches()) {
			throw new IllegalArgumentException("not a timeline table: " + table);
		}
		this.jdbc = jdbc;
		this.table = table;
	}

	/**
	 * An entry to write.
	 *
	 * @param ownerId the record
	 * @param partId a part of it the entry concerns, or null
	 * @param kind what happened, the name of the capability's event kind
	 * @param note why, or what was said; may be null
	 * @param isPublic whether the resident sees it
	 * @param onBehalf whether a worker recorded it for the resident (an evaluation taken on a visit)
	 */
	public record Line(long ownerId, Long partId, String kind, String note, boolean isPublic, boolean onBehalf) {

		public Line {
			Objects.requireNonNull(kind, "kind");
		}

		public static Line of(long ownerId, Enum<?> kind, String note) {
			return new Line(ownerId, null, kind.name(), note, true, false);
		}

	}

	/**
	 * An entry as read.
	 *
	 * @param id the entry
	 * @param at when
	 * @param actorName who
	 * @param kind what, the name of the capability's event kind
	 * @param note why, or what was said
	 * @param partId the part it concerns, or null
	 * @param isPublic whether the resident sees it
	 * @param onBehalf whether a worker recorded it for the resident
	 */
	public record Entry(long id, Instant at, String actorName, String kind, String note, Long partId, boolean isPublic,
			boolean onBehalf) {
	}

	/** Writes an entry; returns its id. */
	public long write(Line line, Instant at, long actorId, String actorName) {
		return this.jdbc.sql("insert into " + this.table + """
				 (owner_id, part_id, at, actor_id, actor_name, kind, note, public, on_behalf)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
			.params(line.ownerId(), line.partId(), Timestamp.from(at), actorId, actorName, line.kind(), line.note(),
					line.isPublic(), line.onBehalf())
			.query(Long.class)
			.single();
	}

	/**
	 * Writes one entry of the same kind, by the system and not seen by residents, for each record (or part) a sweep
	 * flagged, in one statement.
	 *
	 * @param ownerIds the records
	 * @param partIds their parts, in the same order (nulls where none); null when no entry has a part
	 * @return the entries' ids, in the order of {@code ownerIds}
	 */
	public List<Long> writeBySystem(List<Long> ownerIds, List<Long> partIds, Instant at, Enum<?> kind) {
		if (ownerIds.isEmpty()) {
			return List.of();
		}
		Long[] parts = partIds == null ? new Long[ownerIds.size()] : partIds.toArray(Long[]::new);
		Map<String, Long> ids = new HashMap<>();
		this.jdbc.sql("insert into " + this.table + """
				 (owner_id, part_id, at, actor_id, actor_name, kind, public)
				select o, p, ?, 0, 'system', ?, false from unnest(?::bigint[], ?::bigint[]) as t(o, p)
				returning id, owner_id, part_id""")
			.params(Timestamp.from(at), kind.name(), ownerIds.toArray(Long[]::new), parts)
			.query((rs, n) -> ids.put(rs.getLong(2) + "/" + rs.getObject(3, Long.class), rs.getLong(1)))
			.list();
		return IntStream.range(0, ownerIds.size())
			.mapToObj(i -> ids.get(ownerIds.get(i) + "/" + parts[i]))
			.toList();
	}

	/** A record's entries in the order they happened; only those the resident sees when {@code publicOnly}. */
	public List<Entry> read(long ownerId, boolean publicOnly) {
		return this.jdbc.sql("select id, at, actor_name, kind, note, part_id, public, on_behalf from " + this.table
				+ " where owner_id = ? and (public or not ?) order by at, id")
			.params(ownerId, publicOnly)
			.query((rs, n) -> new Entry(rs.getLong(1), rs.getTimestamp(2).toInstant(), rs.getString(3), rs.getString(4),
					rs.getString(5), rs.getObject(6, Long.class), rs.getBoolean(7), rs.getBoolean(8)))
			.list();
	}

}
