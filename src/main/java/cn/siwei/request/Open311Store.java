package cn.siwei.request;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The SQL behind Open311 (GeoReport v2): which requests are published (only those pushed by a system whose public
 * reading an administrator turned on), the tokens of pushed requests, the units that took part.
 */
@Repository
class Open311Store {

	private static final String PUBLISHED = "client_id in (select id from api_client where public_read)";

	private static final String OPEN = "'SUBMITTED', 'ACCEPTED', 'ESCALATED', 'DISPATCHED'";

	private final JdbcClient jdbc;

	Open311Store(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * What a client asks the list for.
	 *
	 * @param rootPath only under this region, or null
	 * @param ids only these requests (the dates and filters then do not apply), or null
	 * @param from placed at or after
	 * @param to placed at or before
	 * @param codes only these service codes, or null
	 * @param open only open (true), only closed (false), or both (null)
	 */
	record Query(String rootPath, Long[] ids, Instant from, Instant to, List<String> codes, Boolean open) {
	}

	/** The published requests that match, newest first, at most 1,000. */
	List<Long> published(Query q) {
		StringBuilder where = new StringBuilder(" where " + PUBLISHED);
		Map<String, Object> params = new LinkedHashMap<>();
		if (q.rootPath() != null) {
			where.append(" and in_subtree(region_path, :root)");
			params.put("root", q.rootPath());
		}
		if (q.ids() != null) {
			where.append(" and id = any(:ids)");
			params.put("ids", q.ids());
		}
		else {
			where.append(" and created_at >= :from and created_at <= :to");
			params.put("from", Timestamp.from(q.from()));
			params.put("to", Timestamp.from(q.to()));
			if (q.codes() != null) {
				where.append(" and category_id in (select id from request_category where code = any(:codes))");
				params.put("codes", q.codes().toArray(String[]::new));
			}
			if (q.open() != null) {
				where.append(q.open() ? " and status in (" + OPEN + ")" : " and status not in (" + OPEN + ")");
			}
		}
		return this.jdbc.sql("select id from request" + where + " order by created_at desc limit 1000")
			.params(params)
			.query(Long.class)
			.list();
	}

	/** Whether a request may be read by anyone. */
	boolean isPublished(long id) {
		return this.jdbc.sql("select " + PUBLISHED + " from request where id = ?").param(id).query(Boolean.class)
			.optional().orElse(false);
	}

	/** A new token for a pushed request, by which its client finds it before it has an id of its own. */
	String newToken(long requestId) {
		String token = UUID.randomUUID().toString();
		this.jdbc.sql("insert into request_token (token, request_id) values (?, ?)").params(token, requestId).update();
		return token;
	}

	Optional<Long> requestOfToken(String token) {
		return this.jdbc.sql("select request_id from request_token where token = ?").param(token).query(Long.class).optional();
	}

	/** The units that took part in each request, in one query. */
	Map<Long, String> agencies(List<Long> ids) {
		Map<Long, String> map = new HashMap<>();
		this.jdbc.sql("select request_id, string_agg(distinct unit_name, '、') from request_part where request_id = any(?)"
				+ " group by request_id")
			.param(ids.toArray(Long[]::new))
			.query((rs, n) -> map.put(rs.getLong(1), rs.getString(2)))
			.list();
		return map;
	}

	/**
	 * What the units said when they finished their parts of the current round (the public notes of 办结), joined, by
	 * request: the status notes a client shows once the work is done.
	 */
	Map<Long, String> finishNotes(List<Long> ids) {
		Map<Long, String> map = new HashMap<>();
		this.jdbc.sql("""
				select e.owner_id, string_agg(e.note, '；' order by e.at)
				from request_event e join request r on r.id = e.owner_id
				join request_part p on p.id = e.part_id and p.round = r.reopen_count
				where e.owner_id = any(?) and e.kind = 'PART_DONE' and e.public and e.note is not null
				group by e.owner_id""")
			.param(ids.toArray(Long[]::new))
			.query((rs, n) -> map.put(rs.getLong(1), rs.getString(2)))
			.list();
		return map;
	}

}
