package cn.siwei.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

import cn.siwei.access.Actor;
import cn.siwei.access.Permission;
import cn.siwei.platform.Like;
import cn.siwei.platform.LogSafe;
import cn.siwei.platform.Page;
import cn.siwei.platform.RecordChanged;

/**
 * The audit trail: every {@link RecordChanged} is written in the transaction that made the change, so a change
 * and its entry are committed or lost together.
 */
@Service
public class AuditTrail {

	private static final Logger log = LoggerFactory.getLogger(AuditTrail.class);

	private final JdbcClient jdbc;

	private final Clock clock;

	private final JsonMapper json = JsonMapper.builder().build();

	private final NamedParameterJdbcTemplate streaming;

	AuditTrail(JdbcClient jdbc, Clock clock, DataSource dataSource) {
		var template = new JdbcTemplate(dataSource);
		template.setFetchSize(1000);
		this.streaming = new NamedParameterJdbcTemplate(template);
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@EventListener
	void on(RecordChanged change) {
		Actor actor = change.actor() == null ? Actor.SYSTEM : change.actor();
		log.info("{} {} #{} by {}{}", change.action(), change.entityType(), change.entityId(), actor.username(),
				change.reason() == null || change.reason().isBlank() ? "" : ": " + LogSafe.of(change.reason()));
		this.jdbc.sql("""
				insert into audit_event (at, actor_id, actor_name, action, entity_type, entity_id, region_path,
				                         before, after, reason)
				values (?, ?, ?, ?, ?, ?, ?, cast(? as jsonb), cast(? as jsonb), ?)""")
			.params(Timestamp.from(this.clock.instant()), actor.accountId(), actor.displayName(),
					change.action().name(), change.entityType(), change.entityId(),
					change.regionPath() == null ? "/" : change.regionPath(), toJson(change.before()),
					toJson(change.after()), reason(change.reason()))
			.update();
	}

	/** The reason as kept (at most 500 characters; a longer note stays whole in the record's own timeline). */
	static String reason(String reason) {
		if (reason == null || reason.length() <= 500) {
			return reason;
		}
		return reason.substring(0, 499) + "…";
	}

	/**
	 * A filter of the trail; empty fields do not filter.
	 *
	 * @param entityType kind of record
	 * @param entityId one record
	 * @param action kind of change
	 * @param actor part of the actor's name
	 * @param from from this instant
	 * @param to before this instant
	 */
	public record Filter(String entityType, Long entityId, String action, String actor, Instant from, Instant to) {
	}

	@Transactional(readOnly = true)
	public Page<AuditEvent> find(Actor viewer, Filter filter, int page, int size) {
		viewer.require(Permission.AUDIT_VIEW);
		var params = new HashMap<String, Object>();
		String where = where(viewer, filter, params);
		long total = this.jdbc.sql("select count(*) from audit_event" + where).params(params).query(Long.class).single();
		params.put("offset", Page.offset(page, size));
		params.put("limit", size);
		List<AuditEvent> rows = this.jdbc.sql(COLUMNS + where + " order by at desc, id desc offset :offset limit :limit")
			.params(params)
			.query((rs, n) -> map(rs))
			.list();
		return new Page<>(rows, page, size, total);
	}

	/** Every entry the filter finds, newest first, read from a cursor (for the export). */
	@Transactional(readOnly = true)
	public void forEach(Actor viewer, Filter filter, Consumer<AuditEvent> each) {
		viewer.require(Permission.AUDIT_VIEW);
		var params = new HashMap<String, Object>();
		String where = where(viewer, filter, params);
		this.streaming.query(COLUMNS + where + " order by at desc, id desc", params,
				(RowCallbackHandler) rs -> each.accept(map(rs)));
	}

	private static final String COLUMNS = """
			select id, at, actor_id, actor_name, action, entity_type, entity_id, region_path,
			       before::text as before, after::text as after, reason from audit_event""";

	private static String where(Actor viewer, Filter filter, Map<String, Object> params) {
		params.put("scope", viewer.scope().regionPath());
		params.put("type", blank(filter.entityType()));
		params.put("entityId", filter.entityId() == null ? 0L : filter.entityId());
		params.put("action", blank(filter.action()));
		params.put("actor", Like.escape(blank(filter.actor())));
		params.put("from", Timestamp.from(filter.from() == null ? Instant.EPOCH : filter.from()));
		params.put("to", Timestamp.from(filter.to() == null ? Instant.parse("9999-01-01T00:00:00Z") : filter.to()));
		return " " + """
				 where in_subtree(region_path, :scope)
				   and (:type = '' or entity_type = :type)
				   and (:entityId = 0 or entity_id = :entityId)
				   and (:action = '' or action = :action)
				   and (:actor = '' or actor_name ilike '%' || :actor || '%')
				   and at >= :from and at < :to""";
	}

	private AuditEvent map(ResultSet rs) throws SQLException {
		return new AuditEvent(rs.getLong("id"), rs.getTimestamp("at").toInstant(), rs.getLong("actor_id"),
				rs.getString("actor_name"), rs.getString("action"), rs.getString("entity_type"), rs.getLong("entity_id"),
				rs.getString("region_path"), rs.getString("before"), rs.getString("after"), rs.getString("reason"),
				this.clock.getZone());
	}

	private static String blank(String s) {
		return s == null ? "" : s.trim();
	}

	private String toJson(Map<String, Object> fields) {
		if (fields == null || fields.isEmpty()) {
			return null;
		}
		return this.json.writeValueAsString(fields);
	}

}
