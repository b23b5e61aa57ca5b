package cn.siwei.request;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import cn.siwei.platform.Deadlines;
import cn.siwei.platform.Deadlines.Deadline;
import cn.siwei.platform.Deadlines.Flag;
import cn.siwei.platform.Satisfaction;
import cn.siwei.platform.Timeline;
import cn.siwei.platform.Timeline.Line;
import cn.siwei.request.Request.Entry;
import cn.siwei.request.Request.Part;
import cn.siwei.request.RequestTerms.Channel;
import cn.siwei.request.RequestTerms.EvaluationMethod;
import cn.siwei.request.RequestTerms.EventKind;
import cn.siwei.request.RequestTerms.PartEnd;
import cn.siwei.request.RequestTerms.PartRole;
import cn.siwei.request.RequestTerms.PartStatus;
import cn.siwei.request.RequestTerms.Status;
import cn.siwei.request.RequestTerms.Urgency;

/**
 * The SQL of requests. Every change of state is one conditional statement that names the state it leaves, so
 * that two people acting at once cannot both succeed.
 */
@Repository
class RequestRepository {

	static final String SELECT = """
			select r.id, r.region_id, r.region_path, g.name as region_name, r.category_id, c.code,
			       case when :en then c.name_en else c.name_zh end as category_name, r.description, r.address, r.lat,
			       r.lon, r.media_url, r.reporter_person_id, r.reporter_name, r.reporter_phone, r.channel, r.urgency,
			       r.status, r.duplicate_of, r.accept_due_at, r.accepted_at, r.declined_reason, r.due_at, r.escalated,
			       r.resolved_at, r.evaluated_at, r.resolved, r.satisfaction, r.evaluation_method, r.evaluated_by,
			       r.reopen_count, r.urge_count, r.external_id, r.waiting_since, r.waiting_reason,
			       r.created_at, r.updated_at
			from request r
			join region g on g.id = r.region_id
			join request_category c on c.id = r.category_id""";

	private final JdbcClient jdbc;

	private final Timeline timeline;

	RequestRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
		this.timeline = new Timeline(jdbc, "request_event");
	}

	static Timestamp ts(Instant i) {
		return i == null ? null : Timestamp.from(i);
	}

	static Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp t = rs.getTimestamp(column);
		return t == null ? null : t.toInstant();
	}

	static Request map(ResultSet rs, int n) throws SQLException {
		String satisfaction = rs.getString("satisfaction");
		return new Request(rs.getLong("id"), rs.getLong("region_id"), rs.getString("region_path"),
				rs.getString("region_name"), rs.getLong("category_id"), rs.getString("code"),
				rs.getString("category_name"), rs.getString("description"), rs.getString("address"),
				rs.getObject("lat", Double.class), rs.getObject("lon", Double.class), rs.getString("media_url"),
				rs.getObject("reporter_person_id", Long.class), rs.getString("reporter_name"),
				rs.getString("reporter_phone"), Channel.valueOf(rs.getString("channel")),
				Urgency.valueOf(rs.getString("urgency")), Status.valueOf(rs.getString("status")),
				rs.getObject("duplicate_of", Long.class), instant(rs, "accept_due_at"), instant(rs, "accepted_at"),
				rs.getString("declined_reason"), instant(rs, "due_at"), rs.getBoolean("escalated"),
				instant(rs, "resolved_at"), instant(rs, "evaluated_at"), rs.getObject("resolved", Boolean.class),
				satisfaction == null ? null : Satisfaction.valueOf(satisfaction),
				rs.getString("evaluation_method") == null ? null : EvaluationMethod.valueOf(rs.getString("evaluation_method")),
				rs.getString("evaluated_by"), rs.getInt("reopen_count"), rs.getInt("urge_count"),
				rs.getString("external_id"), instant(rs, "created_at"), instant(rs, "updated_at"),
				instant(rs, "waiting_since"), rs.getString("waiting_reason"));
	}

	/** 等待补充: the request's and its active parts' limits set aside; nothing when it waits already. @return changed */
	boolean waitFor(long id, String reason, Instant now) {
		int n = this.jdbc.sql("""
				update request set waiting_since = :now, waiting_reason = :reason, waited_due_at = due_at, due_at = null,
				  updated_at = :now
				where id = :id and waiting_since is null and status in ('ACCEPTED', 'DISPATCHED')""")
			.param("now", ts(now)).param("reason", reason).param("id", id).update();
		if (n == 0) {
			return false;
		}
		this.jdbc.sql("update request_part set waited_due_at = due_at, due_at = null where request_id = ? and status in "
				+ PartStatus.ACTIVE_SQL + " and due_at is not null").param(id).update();
		return true;
	}

	/** The wait ends: the limits set aside come back moved by the time waited. @return changed */
	boolean resume(long id, Instant now) {
		this.jdbc.sql("""
				update request_part p set due_at = p.waited_due_at + (cast(:now as timestamptz) - r.waiting_since),
				  waited_due_at = null
				from request r where r.id = p.request_id and r.id = :id and r.waiting_since is not null
				  and p.waited_due_at is not null""")
			.param("now", ts(now)).param("id", id).update();
		return this.jdbc.sql("""
				update request set due_at = case when waited_due_at is null then due_at
				    else waited_due_at + (cast(:now as timestamptz) - waiting_since) end,
				  waited_due_at = null, waiting_since = null, waiting_reason = null, updated_at = :now
				where id = :id and waiting_since is not null""")
			.param("now", ts(now)).param("id", id).update() > 0;
	}

	// --- requests ---

	/**
	 * What a new request is made of.
	 */
	record NewRequest(long regionId, String regionPath, long categoryId, String description, String address,
			Double lat, Double lon, String attributes, String mediaUrl, Long reporterPersonId, String reporterName,
			String reporterPhone, Channel channel, Urgency urgency, Long clientId, String externalId) {
	}

	long insert(NewRequest n, Instant acceptDue, long createdBy, Instant now) {
		return this.jdbc.sql("""
				insert into request (region_id, region_path, category_id, description, address, lat, lon, attributes,
				  media_url, reporter_person_id, reporter_name, reporter_phone, channel, urgency, client_id, external_id,
				  status, accept_due_at, due_at, created_by, created_at, updated_at)
				values (?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?, ?, ?, ?, ?, ?, ?, ?, 'SUBMITTED', ?, ?, ?, ?, ?) returning id""")
			.params(n.regionId(), n.regionPath(), n.categoryId(), n.description(), n.address(), n.lat(), n.lon(),
					n.attributes() == null ? "{}" : n.attributes(), n.mediaUrl(), n.reporterPersonId(), n.reporterName(),
					n.reporterPhone(), n.channel().name(), n.urgency().name(), n.clientId(), n.externalId(), ts(acceptDue),
					ts(acceptDue), createdBy, ts(now), ts(now))
			.query(Long.class)
			.single();
	}

	Optional<Request> find(long id, boolean english) {
		return this.jdbc.sql(SELECT + " where r.id = :id").param("en", english).param("id", id).query(RequestRepository::map).optional();
	}

	/** Whether a unit (organisation, person or one of the teams) has a part in the request. */
	boolean hasPartFor(long requestId, Long organisationId, Long personId, List<Long> teamIds) {
		return this.jdbc.sql("""
				select exists (select 1 from request_part where request_id = :id
				  and (organisation_id = :org or person_id = :person or team_id = any(:teams)))""")
			.param("id", requestId)
			.param("org", organisationId == null ? -1 : organisationId)
			.param("person", personId == null ? -1 : personId)
			.param("teams", teamIds.toArray(Long[]::new))
			.query(Boolean.class)
			.single();
	}

	/** Whether the person reported the request or a duplicate linked to it. */
	boolean reportedBy(long requestId, long personId) {
		return this.jdbc.sql("""
				select exists (select 1 from request where reporter_person_id = :p and (id = :id or duplicate_of = :id))""")
			.param("id", requestId)
			.param("p", personId)
			.query(Boolean.class)
			.single();
	}

	// --- acts: each one conditional statement, from the states the loop allows (RequestLoop), so that of two people
	// acting at once only one succeeds; each returns whether it changed the request ---

	private boolean update(long id, RequestLoop.Act act, String assignments, Map<String, Object> params, Instant now) {
		return update(id, act, assignments, params, now, "");
	}

	private boolean update(long id, RequestLoop.Act act, String assignments, Map<String, Object> params, Instant now,
			String condition) {
		Map<String, Object> p = new HashMap<>(params);
		p.put("id", id);
		p.put("from", act.from().stream().map(Enum::name).toArray(String[]::new));
		p.put("now", ts(now));
		return this.jdbc.sql("update request set updated_at = :now, " + assignments
				+ " where id = :id and status = any(:from)" + condition)
			.params(p)
			.update() == 1;
	}

	/** 接单: the dispatch limit starts. */
	boolean accept(long id, Instant due, Instant now) {
		return update(id, RequestLoop.Act.ACCEPT,
				"status = 'ACCEPTED', accepted_at = :now, responded_at = :now, due_at = :due", Map.of("due", ts(due)), now);
	}

	boolean decline(long id, String reason, Instant now) {
		return update(id, RequestLoop.Act.DECLINE,
				"status = 'DECLINED', responded_at = :now, declined_reason = :why, due_at = null, closed_at = :now",
				Map.of("why", reason), now);
	}

	boolean linkDuplicate(long id, long originalId, Instant now) {
		return update(id, RequestLoop.Act.LINK_DUPLICATE, "status = 'DUPLICATE', duplicate_of = :original, due_at = null",
				Map.of("original", originalId), now);
	}

	boolean unlinkDuplicate(long id, Instant acceptDue, Instant now) {
		return update(id, RequestLoop.Act.UNLINK_DUPLICATE, "status = 'SUBMITTED', duplicate_of = null,"
				+ " accept_due_at = :due, due_at = :due", Map.of("due", ts(acceptDue)), now);
	}

	/** The first dispatch leaves ACCEPTED; a further part of a dispatched request changes nothing here. */
	boolean dispatch(long id, Instant now) {
		return update(id, RequestLoop.Act.DISPATCH, "status = 'DISPATCHED', due_at = case when status = 'ACCEPTED'"
				+ " then null else due_at end", Map.of(), now);
	}

	boolean escalate(long id, Instant due, Instant now) {
		return update(id, RequestLoop.Act.ESCALATE,
				"status = 'ESCALATED', escalated = true, escalated_at = coalesce(escalated_at, :now), due_at = :due",
				Map.of("due", ts(due)), now);
	}

	boolean summon(long id, Instant now) {
		return update(id, RequestLoop.Act.SUMMON, "status = 'DISPATCHED', due_at = null", Map.of(), now);
	}

	boolean returnToCommunity(long id, Instant due, Instant now) {
		return update(id, RequestLoop.Act.RETURN, "status = 'ACCEPTED', due_at = :due", Map.of("due", ts(due)), now);
	}

	/** Every part of the round done: the request waits for the resident's evaluation. */
	boolean resolve(long id, Instant now) {
		return this.jdbc.sql("""
				update request set status = 'RESOLVED', resolved_at = :now, due_at = null, updated_at = :now
				where id = :id and status = 'DISPATCHED'""")
			.param("id", id)
			.param("now", ts(now))
			.update() == 1;
	}

	/** 评单: closed, or reopened for another round (the dispatch limit starts again). */
	boolean evaluate(long id, RequestLoop.Act act, boolean resolved, Satisfaction satisfaction, String comment,
			EvaluationMethod method, String by, Instant reopenDue, Instant now) {
		Map<String, Object> p = new HashMap<>();
		p.put("resolved", resolved);
		p.put("satisfaction", satisfaction.name());
		p.put("comment", comment);
		p.put("method", method.name());
		p.put("by", by);
		p.put("due", ts(reopenDue));
		String common = "evaluated_at = :now, resolved = :resolved, satisfaction = :satisfaction, "
				+ "evaluation_comment = :comment, evaluation_method = :method, evaluated_by = :by";
		return RequestLoop.reopens(resolved, satisfaction)
				? update(id, act, "status = 'ACCEPTED', " + common
						+ ", reopen_count = reopen_count + 1, resolved_at = null, due_at = :due", p, now)
				: update(id, act, "status = 'CLOSED', " + common + ", closed_at = :now", p, now);
	}

	/** The resident a worker is asked to confirm as the reporter, if any. */
	Optional<Long> reporterCandidate(long id) {
		return this.jdbc.sql("select reporter_candidate_id from request where id = ? and reporter_candidate_id is not null")
			.param(id)
			.query(Long.class)
			.optional();
	}

	/** Links the request to its reporter's record (or only drops the candidate, when {@code personId} is null). */
	boolean linkReporter(long id, long candidate, Long personId, Instant now) {
		return this.jdbc.sql("""
				update request set reporter_person_id = coalesce(?, reporter_person_id), reporter_candidate_id = null,
				                   updated_at = ?
				where id = ? and reporter_candidate_id = ?""")
			.params(personId, ts(now), id, candidate)
			.update() == 1;
	}

	/** The request a client pushed with this idempotency key. */
	Optional<Long> pushedWith(long clientId, String key) {
		return this.jdbc.sql("select request_id from request_intake where client_id = ? and idempotency_key = ? and request_id is not null")
			.params(clientId, key)
			.query(Long.class)
			.optional();
	}

	void routeTo(long id, long regionId, String regionPath, Instant now) {
		this.jdbc.sql("update request set region_id = ?, region_path = ?, updated_at = ? where id = ?")
			.params(regionId, regionPath, ts(now), id)
			.update();
	}

	// --- parts ---

	static final String PART_SELECT = """
			select p.*, (select stars from request_rating x where x.part_id = p.id) as stars from request_part p""";

	static Part mapPart(ResultSet rs, int n) throws SQLException {
		return new Part(rs.getLong("id"), rs.getLong("request_id"), PartRole.valueOf(rs.getString("role")),
				rs.getObject("organisation_id", Long.class), rs.getObject("team_id", Long.class),
				rs.getObject("person_id", Long.class), rs.getString("unit_name"), rs.getString("task"),
				PartStatus.valueOf(rs.getString("status")), instant(rs, "report_due_at"), instant(rs, "reported_at"),
				instant(rs, "claimed_at"), rs.getString("claimed_by"), instant(rs, "done_at"), instant(rs, "due_at"),
				rs.getBoolean("late"), rs.getInt("round"), rs.getObject("stars", Integer.class),
				rs.getString("end_kind") == null ? null : PartEnd.valueOf(rs.getString("end_kind")),
				rs.getString("end_reason"), rs.getObject("extension_days", Integer.class), rs.getString("extension_reason"));
	}

	List<Part> parts(long requestId) {
		return this.jdbc.sql(PART_SELECT + " where p.request_id = ? order by p.round, p.id").param(requestId).query(RequestRepository::mapPart).list();
	}

	Optional<Part> part(long requestId, long partId) {
		return this.jdbc.sql(PART_SELECT + " where p.request_id = ? and p.id = ?")
			.params(requestId, partId)
			.query(RequestRepository::mapPart)
			.optional();
	}

	long addPart(long requestId, PartRole role, RequestEvents.Unit unit, String task, PartStatus status, Instant reportDue,
			Instant due, int round, Instant now) {
		return this.jdbc.sql("""
				insert into request_part (request_id, role, organisation_id, team_id, person_id, unit_name, task, status,
				  report_due_at, due_at, round, created_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
			.params(requestId, role.name(), unit.organisationId(), unit.teamId(), unit.personId(), unit.name(), task,
					status.name(), ts(reportDue), ts(due), round, ts(now))
			.query(Long.class)
			.single();
	}

	private boolean updatePart(long partId, RequestLoop.PartAct act, String assignments, Map<String, Object> params) {
		return updatePart(partId, act, assignments, params, "");
	}

	private boolean updatePart(long partId, RequestLoop.PartAct act, String assignments, Map<String, Object> params,
			String condition) {
		Map<String, Object> p = new HashMap<>(params);
		p.put("id", partId);
		p.put("from", act.from().stream().map(Enum::name).toArray(String[]::new));
		return this.jdbc.sql("update request_part set " + assignments + " where id = :id and status = any(:from)"
				+ condition)
			.params(p)
			.update() == 1;
	}

	/** 报到: the claim limit starts; reporting in after the deadline marks the part late. */
	boolean reportIn(long partId, Instant due, Instant now) {
		return updatePart(partId, RequestLoop.PartAct.REPORT,
				"status = 'WAITING', reported_at = :now, due_at = :due, late = late or :now > report_due_at",
				Map.of("now", ts(now), "due", ts(due)));
	}

	/** 领单: the handling limit starts. */
	boolean claimPart(long partId, String by, Instant due, Instant now) {
		return updatePart(partId, RequestLoop.PartAct.CLAIM,
				"status = 'CLAIMED', claimed_at = :now, claimed_by = :by, due_at = :due",
				Map.of("now", ts(now), "by", by, "due", ts(due)));
	}

	boolean finishPart(long partId, Instant now) {
		return updatePart(partId, RequestLoop.PartAct.FINISH,
				"status = 'DONE', done_at = :now, due_at = null, late = late or :now > due_at", Map.of("now", ts(now)));
	}

	/** The states of the parts of a round. */
	/** 退单: the part ends, sent back with its reason. */
	boolean sendBack(long partId, String reason, Instant now) {
		return updatePart(partId, RequestLoop.PartAct.SEND_BACK, "status = 'ENDED', end_kind = 'SENT_BACK', "
				+ "end_reason = :reason, ended_at = :now, due_at = null, extension_days = null, extension_reason = null",
				Map.of("now", ts(now), "reason", reason));
	}

	/** The dispatcher withdraws a part nobody claimed. */
	boolean withdrawPart(long partId, String reason, Instant now) {
		Map<String, Object> p = new HashMap<>();
		p.put("id", partId);
		p.put("reason", reason);
		p.put("now", ts(now));
		return this.jdbc.sql("""
				update request_part set status = 'ENDED', end_kind = 'WITHDRAWN', end_reason = :reason, ended_at = :now,
				       due_at = null, extension_days = null, extension_reason = null
				where id = :id and status in ('SUMMONED', 'WAITING')""")
			.params(p)
			.update() == 1;
	}

	/** 延期申请: recorded on the part until the dispatcher decides; one pending request at a time. */
	boolean askExtension(long partId, int days, String reason) {
		Map<String, Object> p = new HashMap<>();
		p.put("days", days);
		p.put("reason", reason);
		return updatePart(partId, RequestLoop.PartAct.ASK_EXTENSION,
				"extension_days = :days, extension_reason = :reason", p, " and extension_days is null");
	}

	/** The dispatcher's decision: granted, the step's limit moves to {@code due}; either way the request is cleared. */
	boolean decideExtension(long partId, boolean grant, Instant due) {
		Map<String, Object> p = new HashMap<>();
		p.put("id", partId);
		p.put("grant", grant);
		p.put("due", ts(due));
		return this.jdbc.sql("""
				update request_part set due_at = case when :grant then :due else due_at end,
				       extensions = extensions + case when :grant then 1 else 0 end,
				       extension_days = null, extension_reason = null
				where id = :id and extension_days is not null and status in """ + PartStatus.ACTIVE_SQL)
			.params(p)
			.update() == 1;
	}

	/**
	 * Every part of the round ended without being done: the request goes back to whoever gives it out, with the
	 * limit of that step.
	 */
	boolean backToDispatcher(long requestId, Status to, Instant due, Instant now) {
		return this.jdbc.sql("update request set status = ?, due_at = ?, updated_at = ? where id = ? and status = 'DISPATCHED'")
			.params(to.name(), ts(due), ts(now), requestId)
			.update() == 1;
	}

	// --- the resident's own acts ---

	/** 催办: counted, at most once in {@code gap} (false when urged too recently, or no longer open). */
	boolean urge(long id, Instant now, Duration gap) {
		return update(id, RequestLoop.Act.URGE, "urge_count = urge_count + 1, last_urged_at = :now",
				Map.of("since", ts(now.minus(gap))), now, " and (last_urged_at is null or last_urged_at <= :since)");
	}

	/** 撤单: the request ends, and with it every part still being worked. */
	boolean cancel(long id, String reason, Instant now) {
		if (!update(id, RequestLoop.Act.CANCEL, "status = 'CANCELLED', due_at = null, closed_at = :now", Map.of(), now)) {
			return false;
		}
		this.jdbc.sql("""
				update request_part set status = 'ENDED', end_kind = 'CANCELLED', end_reason = ?, ended_at = ?,
				       due_at = null, extension_days = null, extension_reason = null
				where request_id = ? and status in """ + PartStatus.ACTIVE_SQL)
			.params(reason, ts(now), id)
			.update();
		return true;
	}

	/** The answers a request came with and its category's questions, both as JSON. */
	Optional<String[]> attributes(long id) {
		return this.jdbc.sql("select r.attributes::text, c.attributes::text from request r"
				+ " join request_category c on c.id = r.category_id where r.id = ?")
			.param(id)
			.query((rs, n) -> new String[] { rs.getString(1), rs.getString(2) })
			.optional();
	}

	List<PartStatus> roundStates(long requestId, int round) {
		return this.jdbc.sql("select status from request_part where request_id = ? and round = ?")
			.params(requestId, round)
			.query((rs, n) -> PartStatus.valueOf(rs.getString(1)))
			.list();
	}

	void rate(long requestId, long partId, int stars, Instant now) {
		this.jdbc.sql("""
				insert into request_rating (request_id, part_id, stars, at) values (?, ?, ?, ?)
				on conflict (part_id) do update set stars = excluded.stars, at = excluded.at""")
			.params(requestId, partId, stars, ts(now))
			.update();
	}

	// --- timeline ---

	/** Writes a timeline entry; its id keys the notices of the act (a republished event adds none twice). */
	long event(long requestId, Long partId, Instant at, long actorId, String actorName, EventKind kind, String note,
			boolean isPublic) {
		return this.timeline.write(new Line(requestId, partId, kind.name(), note, isPublic, false), at, actorId,
				actorName);
	}

	/** The entries, each naming the unit of the part it concerns. */
	List<Entry> timeline(long requestId, boolean publicOnly) {
		Map<Long, String> units = new HashMap<>();
		this.jdbc.sql("select id, unit_name from request_part where request_id = ?")
			.param(requestId)
			.query((rs, n) -> units.put(rs.getLong(1), rs.getString(2)))
			.list();
		return this.timeline.read(requestId, publicOnly)
			.stream()
			.map(e -> new Entry(e.at(), e.actorName(), EventKind.valueOf(e.kind()), e.note(),
					e.partId() == null ? null : units.get(e.partId()), e.isPublic()))
			.toList();
	}

	// --- timers ---

	/**
	 * A step that just passed its limit or came close to it.
	 *
	 * @param requestId the request
	 * @param partId the part, when the step is a part's
	 * @param regionPath the request's region
	 * @param description the request's text
	 * @param organisationId the part's organisation, if any
	 * @param personId the part's person, if any
	 * @param unitName the part's unit
	 */
	record Flagged(long requestId, Long partId, String regionPath, String description, Long organisationId,
			Long personId, String unitName) {
	}

	/** A request's own time limit (to accept, or to be resolved as a whole). */
	static final Deadline REQUEST_DUE = new Deadline("request", "r", null, "true", "r.due_at", null);

	/** A part's limit, for the unit that works it; a part missing it is late for good. */
	static final Deadline PART_DUE = new Deadline("request_part", "p", "request r",
			"r.id = p.request_id and p.status in " + PartStatus.ACTIVE_SQL, "p.due_at", "late = true");

	private static final String REQUEST_FLAGGED = "r.id, r.region_path, r.description";

	private static final String PART_FLAGGED = "p.request_id, p.id, r.region_path, r.description, p.organisation_id, "
			+ "p.person_id, p.unit_name";

	/** Flags each request past its limit once, as the flag is flipped by the statement that finds it. */
	List<Flagged> flagOverdueRequests(Instant now) {
		return Deadlines.flagMissed(this.jdbc, REQUEST_DUE, Flag.forDue("overdue_for"), ts(now), Map.of(),
				REQUEST_FLAGGED, RequestRepository::flaggedRequest);
	}

	List<Flagged> flagOverdueParts(Instant now) {
		return Deadlines.flagMissed(this.jdbc, PART_DUE, Flag.forDue("overdue_for"), ts(now), Map.of(), PART_FLAGGED,
				RequestRepository::flaggedPart);
	}

	List<Flagged> warnRequests(Instant now, Instant horizon) {
		return Deadlines.flagComing(this.jdbc, REQUEST_DUE, Flag.forDue("warned_for"), ts(now), ts(horizon),
				REQUEST_FLAGGED, RequestRepository::flaggedRequest);
	}

	List<Flagged> warnParts(Instant now, Instant horizon) {
		return Deadlines.flagComing(this.jdbc, PART_DUE, Flag.forDue("warned_for"), ts(now), ts(horizon), PART_FLAGGED,
				RequestRepository::flaggedPart);
	}

	private static Flagged flaggedRequest(ResultSet rs, int n) throws SQLException {
		return new Flagged(rs.getLong(1), null, rs.getString(2), rs.getString(3), null, null, null);
	}

	private static Flagged flaggedPart(ResultSet rs, int n) throws SQLException {
		return new Flagged(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getObject(5, Long.class),
				rs.getObject(6, Long.class), rs.getString(7));
	}

	Timeline timeline() {
		return this.timeline;
	}

	void rewritePaths(String oldPath, String newPath) {
		this.jdbc.sql("update request set region_path = ? || substr(region_path, ?) where in_subtree(region_path, ?)")
			.params(newPath, oldPath.length() + 1, oldPath)
			.update();
	}

}
