package cn.siwei.request;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import cn.siwei.request.Request.Category;
import cn.siwei.request.Request.Entry;
import cn.siwei.request.Request.Limit;
import cn.siwei.request.Request.Supervised;
import cn.siwei.request.Request.Task;
import cn.siwei.request.Request.Template;
import cn.siwei.request.Request.Part;
import cn.siwei.request.RequestTerms.Channel;
import cn.siwei.request.RequestTerms.EventKind;
import cn.siwei.request.RequestTerms.PartRole;
import cn.siwei.request.RequestTerms.PartStatus;
import cn.siwei.request.RequestTerms.Satisfaction;
import cn.siwei.request.RequestTerms.Status;
import cn.siwei.request.RequestTerms.Step;
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
			       r.resolved_at, r.evaluated_at, r.resolved, r.satisfaction, r.reopen_count, r.external_id,
			       r.created_at, r.updated_at
			from request r
			join region g on g.id = r.region_id
			join request_category c on c.id = r.category_id""";

	private final JdbcClient jdbc;

	RequestRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
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
				satisfaction == null ? null : Satisfaction.valueOf(satisfaction), rs.getInt("reopen_count"),
				rs.getString("external_id"), instant(rs, "created_at"), instant(rs, "updated_at"));
	}

	// --- categories, templates, limits ---


	List<Category> categories(boolean english) {
		return this.jdbc.sql("select id, code, case when ? then name_en else name_zh end, description, grp, keywords,"
				+ " attributes::text from request_category where active order by sort, id")
			.param(english)
			.query((rs, n) -> new Category(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
					rs.getString(5), rs.getString(6), rs.getString(7)))
			.list();
	}


	List<Template> templates(Long categoryId) {
		return this.jdbc.sql("select id, category_id, title, body from request_reply_template where active"
				+ " and (category_id is null or category_id = ?) order by category_id nulls last, id")
			.param(categoryId == null ? -1 : categoryId)
			.query((rs, n) -> new Template(rs.getLong(1), rs.getObject(2, Long.class), rs.getString(3), rs.getString(4)))
			.list();
	}

	List<Template> allTemplates() {
		return this.jdbc.sql("select id, category_id, title, body from request_reply_template where active order by category_id nulls first, id")
			.query((rs, n) -> new Template(rs.getLong(1), rs.getObject(2, Long.class), rs.getString(3), rs.getString(4)))
			.list();
	}

	long addTemplate(Long categoryId, String title, String body) {
		return this.jdbc.sql("insert into request_reply_template (category_id, title, body) values (?, ?, ?) returning id")
			.params(categoryId, title, body)
			.query(Long.class)
			.single();
	}

	boolean deactivateTemplate(long id) {
		return this.jdbc.sql("update request_reply_template set active = false where id = ? and active").param(id).update() == 1;
	}

	/** The working days of a step: the most specific rule for the category and urgency. */
	int limit(long categoryId, Urgency urgency, Step step) {
		return this.jdbc.sql("""
				select working_days from request_time_limit
				where step = ? and (category_id is null or category_id = ?) and (urgency is null or urgency = ?)
				order by (category_id is not null) desc, (urgency is not null) desc limit 1""")
			.params(step.name(), categoryId, urgency.name())
			.query(Integer.class)
			.optional()
			.orElse(1);
	}


	List<Limit> limits(boolean english) {
		return this.jdbc.sql("""
				select l.id, l.category_id, case when ? then c.name_en else c.name_zh end, l.urgency, l.step, l.working_days
				from request_time_limit l left join request_category c on c.id = l.category_id
				order by l.category_id nulls first, l.urgency nulls first, l.step""")
			.param(english)
			.query((rs, n) -> new Limit(rs.getLong(1), rs.getObject(2, Long.class), rs.getString(3),
					rs.getString(4) == null ? null : Urgency.valueOf(rs.getString(4)), Step.valueOf(rs.getString(5)),
					rs.getInt(6)))
			.list();
	}

	void setLimit(Long categoryId, Urgency urgency, Step step, int days, Instant now) {
		this.jdbc.sql("""
				insert into request_time_limit (category_id, urgency, step, working_days, updated_at) values (?, ?, ?, ?, ?)
				on conflict (coalesce(category_id, 0), coalesce(urgency, ''), step)
				do update set working_days = excluded.working_days, updated_at = excluded.updated_at""")
			.params(categoryId, urgency == null ? null : urgency.name(), step.name(), days, ts(now))
			.update();
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

	private static String where(RequestFilter f, Map<String, Object> params, String scopePath) {
		StringBuilder w = new StringBuilder(" where in_subtree(r.region_path, :scope)");
		params.put("scope", scopePath);
		if (f.status() != null) {
			w.append(" and r.status = :status");
			params.put("status", f.status().name());
		}
		if (f.categoryId() != null) {
			w.append(" and r.category_id = :category");
			params.put("category", f.categoryId());
		}
		if (f.channel() != null) {
			w.append(" and r.channel = :channel");
			params.put("channel", f.channel().name());
		}
		if (f.urgency() != null) {
			w.append(" and r.urgency = :urgency");
			params.put("urgency", f.urgency().name());
		}
		if (f.escalatedOnly()) {
			w.append(" and r.escalated");
		}
		if (f.overdueAt() != null) {
			w.append(" and (r.due_at < :now or exists (select 1 from request_part p where p.request_id = r.id"
					+ " and p.status <> 'DONE' and p.due_at < :now))");
			params.put("now", ts(f.overdueAt()));
		}
		if (f.figure() != null) {
			w.append(" and ").append(f.figure().condition());
		}
		if (f.from() != null) {
			w.append(" and r.created_at >= :from");
			params.put("from", ts(f.from()));
		}
		if (f.to() != null) {
			w.append(" and r.created_at < :to");
			params.put("to", ts(f.to()));
		}
		if (f.unitId() != null) {
			w.append(" and exists (select 1 from request_part p where p.request_id = r.id and p.organisation_id = :unit)");
			params.put("unit", f.unitId());
		}
		if (f.text() != null && !f.text().isBlank()) {
			w.append(" and r.description like :text");
			params.put("text", "%" + f.text().trim().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
		}
		return w.toString();
	}

	long count(String scopePath, RequestFilter f) {
		Map<String, Object> params = new HashMap<>();
		String where = where(f, params, scopePath);
		return this.jdbc.sql("select count(*) from request r" + where).params(params).query(Long.class).single();
	}

	/** The count, stopping at {@code cap}. */
	long count(String scopePath, RequestFilter f, long cap) {
		Map<String, Object> params = new HashMap<>();
		String where = where(f, params, scopePath);
		params.put("cap", cap);
		return this.jdbc.sql("select count(*) from (select 1 from request r" + where + " limit :cap) x").params(params)
			.query(Long.class).single();
	}

	/**
	 * One page, newest first; the page's ids are found from the request table alone, then joined to names.
	 * @param small whether few requests match (known from the total): they are then found by region and sorted,
	 * instead of walking the newest-first index of every request until the page is full
	 */
	List<Request> list(String scopePath, RequestFilter f, boolean english, long offset, int limit, boolean small) {
		Map<String, Object> params = new HashMap<>();
		String where = where(f, params, scopePath);
		params.put("en", english);
		params.put("offset", offset);
		params.put("limit", limit);
		String page = small
				? "with matches as materialized (select r.id, r.created_at from request r" + where
						+ "), page as (select id from matches order by created_at desc, id desc offset :offset limit :limit) "
				: "with page as (select r.id from request r" + where
						+ " order by r.created_at desc, r.id desc offset :offset limit :limit) ";
		return this.jdbc.sql(page + SELECT + " join page on page.id = r.id order by r.created_at desc, r.id desc")
			.params(params)
			.query(RequestRepository::map)
			.list();
	}

	/** Ledgers with at most this many matches are found first and sorted; longer ones read in ledger order. */
	static final long SMALL_LIST = 50_000;

	/** A resident's requests, and the originals their duplicates were linked to. */
	List<Request> mine(long personId, boolean english, int limit) {
		return this.jdbc.sql(SELECT + """
				 where r.reporter_person_id = :p and r.status <> 'DUPLICATE'
				    or r.id in (select duplicate_of from request where reporter_person_id = :p and duplicate_of is not null)
				order by r.created_at desc limit :limit""")
			.param("en", english)
			.param("p", personId)
			.param("limit", limit)
			.query(RequestRepository::map)
			.list();
	}

	/**
	 * Possible duplicates of a request: same category, under the same community, placed within the last
	 * {@code days} days, with similar words.
	 */
	List<Request> similar(Request of, String areaPath, Instant since, boolean english) {
		return this.jdbc.sql(SELECT + """
				 where r.id in (select x.id from request x
				   where x.category_id = :category and in_subtree(x.region_path, :area) and x.created_at >= :since
				     and x.id <> :id and x.status not in ('DUPLICATE', 'DECLINED')
				     and similarity(x.description, :text) >= 0.2)
				order by similarity(r.description, :text) desc, r.created_at limit 5""")
			.param("en", english)
			.param("category", of.categoryId())
			.param("area", areaPath)
			.param("since", ts(since))
			.param("id", of.id())
			.param("text", of.description())
			.query(RequestRepository::map)
			.list();
	}

	/** Changes the status from {@code from} to {@code to} with extra assignments; false when it was no longer {@code from}. */
	boolean transition(long id, Status from, Status to, String assignments, Map<String, Object> params, Instant now) {
		Map<String, Object> p = new HashMap<>(params);
		p.put("id", id);
		p.put("from", from.name());
		p.put("to", to.name());
		p.put("now", ts(now));
		return this.jdbc.sql("update request set status = :to, updated_at = :now"
				+ (assignments.isEmpty() ? "" : ", " + assignments) + " where id = :id and status = :from")
			.params(p)
			.update() == 1;
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
				rs.getBoolean("late"), rs.getInt("round"), rs.getObject("stars", Integer.class));
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

	/**
	 * A unit to give a part to.
	 *
	 * @param organisationId an organisation
	 * @param teamId or a team
	 * @param personId or a person
	 * @param name its name
	 */
	record Unit(Long organisationId, Long teamId, Long personId, String name) {
	}

	long addPart(long requestId, PartRole role, Unit unit, String task, PartStatus status, Instant reportDue,
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

	/** Moves a part from one status to the next; false when it had already moved. */
	boolean partTransition(long partId, PartStatus from, PartStatus to, String assignments, Map<String, Object> params) {
		Map<String, Object> p = new HashMap<>(params);
		p.put("id", partId);
		p.put("from", from.name());
		p.put("to", to.name());
		return this.jdbc.sql("update request_part set status = :to" + (assignments.isEmpty() ? "" : ", " + assignments)
				+ " where id = :id and status = :from")
			.params(p)
			.update() == 1;
	}

	/** Whether every part of the current round is done (and there is at least one). */
	boolean allPartsDone(long requestId, int round) {
		return this.jdbc.sql("""
				select count(*) > 0 and bool_and(status = 'DONE') from request_part where request_id = ? and round = ?""")
			.params(requestId, round)
			.query(Boolean.class)
			.single();
	}

	int currentRound(long requestId) {
		return this.jdbc.sql("select reopen_count from request where id = ?").param(requestId).query(Integer.class).single();
	}

	void rate(long requestId, long partId, int stars, Instant now) {
		this.jdbc.sql("""
				insert into request_rating (request_id, part_id, stars, at) values (?, ?, ?, ?)
				on conflict (part_id) do update set stars = excluded.stars, at = excluded.at""")
			.params(requestId, partId, stars, ts(now))
			.update();
	}


	/** The open parts of a unit, a person or their teams: the condition, with its parameters. */
	private static final String OPEN_PARTS = " where p.status <> 'DONE' and (p.organisation_id = :org or p.person_id = :person"
			+ " or p.team_id = any(:teams))";

	private static Map<String, Object> openParts(Long organisationId, Long personId, List<Long> teamIds) {
		Map<String, Object> params = new HashMap<>();
		params.put("org", organisationId == null ? -1 : organisationId);
		params.put("person", personId == null ? -1 : personId);
		params.put("teams", teamIds.toArray(Long[]::new));
		return params;
	}

	/** One page of the open parts of a unit, a person or their teams, soonest due first. */
	List<Task> tasks(Long organisationId, Long personId, List<Long> teamIds, boolean english, long offset, int limit) {
		List<Part> parts = this.jdbc.sql(PART_SELECT + OPEN_PARTS + " order by p.due_at nulls last, p.id offset :offset limit :limit")
			.params(openParts(organisationId, personId, teamIds))
			.param("offset", offset)
			.param("limit", limit)
			.query(RequestRepository::mapPart)
			.list();
		Map<Long, Request> requests = findAll(parts.stream().map(Part::requestId).toList(), english);
		return parts.stream().map(p -> new Task(p, requests.get(p.requestId()))).toList();
	}

	/** How many open parts a unit, a person or their teams have, counting no further than {@code cap}. */
	long countTasks(Long organisationId, Long personId, List<Long> teamIds, long cap) {
		return this.jdbc.sql("select count(*) from (select 1 from request_part p" + OPEN_PARTS + " limit :cap) x")
			.params(openParts(organisationId, personId, teamIds))
			.param("cap", cap)
			.query(Long.class)
			.single();
	}

	/** Requests by id, in one query. */
	Map<Long, Request> findAll(java.util.Collection<Long> ids, boolean english) {
		Map<Long, Request> map = new HashMap<>();
		if (!ids.isEmpty()) {
			this.jdbc.sql(SELECT + " where r.id = any(:ids)")
				.param("en", english)
				.param("ids", ids.stream().distinct().toArray(Long[]::new))
				.query(RequestRepository::map)
				.list()
				.forEach(r -> map.put(r.id(), r));
		}
		return map;
	}

	// --- timeline ---

	void event(long requestId, Long partId, Instant at, long actorId, String actorName, EventKind kind, String note,
			boolean isPublic) {
		this.jdbc.sql("""
				insert into request_event (request_id, part_id, at, actor_id, actor_name, kind, note, public)
				values (?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(requestId, partId, ts(at), actorId, actorName, kind.name(), note, isPublic)
			.update();
	}

	List<Entry> timeline(long requestId, boolean publicOnly) {
		return this.jdbc.sql("""
				select e.at, e.actor_name, e.kind, e.note, p.unit_name, e.public from request_event e
				left join request_part p on p.id = e.part_id
				where e.request_id = ? and (e.public or not ?) order by e.at, e.id""")
			.params(requestId, publicOnly)
			.query((rs, n) -> new Entry(rs.getTimestamp(1).toInstant(), rs.getString(2), EventKind.valueOf(rs.getString(3)),
					rs.getString(4), rs.getString(5), rs.getBoolean(6)))
			.list();
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

	/** Flags each request step past its limit once, as the flag is flipped by the statement that finds it. */
	List<Flagged> flagOverdueRequests(Instant now) {
		return this.jdbc.sql("""
				update request set overdue_for = due_at where due_at < ? and overdue_for is distinct from due_at
				returning id, region_path, description""")
			.param(ts(now))
			.query((rs, n) -> new Flagged(rs.getLong(1), null, rs.getString(2), rs.getString(3), null, null, null))
			.list();
	}

	List<Flagged> flagOverdueParts(Instant now) {
		return this.jdbc.sql("""
				update request_part p set overdue_for = p.due_at, late = true from request r
				where r.id = p.request_id and p.status <> 'DONE' and p.due_at < ? and p.overdue_for is distinct from p.due_at
				returning p.request_id, p.id, r.region_path, r.description, p.organisation_id, p.person_id, p.unit_name""")
			.param(ts(now))
			.query((rs, n) -> new Flagged(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
					rs.getObject(5, Long.class), rs.getObject(6, Long.class), rs.getString(7)))
			.list();
	}

	List<Flagged> warnRequests(Instant now, Instant horizon) {
		return this.jdbc.sql("""
				update request set warned_for = due_at
				where due_at >= ? and due_at < ? and warned_for is distinct from due_at
				returning id, region_path, description""")
			.params(ts(now), ts(horizon))
			.query((rs, n) -> new Flagged(rs.getLong(1), null, rs.getString(2), rs.getString(3), null, null, null))
			.list();
	}

	List<Flagged> warnParts(Instant now, Instant horizon) {
		return this.jdbc.sql("""
				update request_part p set warned_for = p.due_at from request r
				where r.id = p.request_id and p.status <> 'DONE' and p.due_at >= ? and p.due_at < ?
				  and p.warned_for is distinct from p.due_at
				returning p.request_id, p.id, r.region_path, r.description, p.organisation_id, p.person_id, p.unit_name""")
			.params(ts(now), ts(horizon))
			.query((rs, n) -> new Flagged(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
					rs.getObject(5, Long.class), rs.getObject(6, Long.class), rs.getString(7)))
			.list();
	}

	void events(List<Flagged> flagged, Instant at, EventKind kind) {
		if (flagged.isEmpty()) {
			return;
		}
		List<Object[]> rows = new ArrayList<>();
		flagged.forEach(f -> rows.add(new Object[] { f.requestId(), f.partId(), ts(at), kind.name() }));
		this.jdbc.sql("""
				insert into request_event (request_id, part_id, at, actor_id, actor_name, kind, public)
				select r, p, a, 0, 'system', k, false
				from unnest(?::bigint[], ?::bigint[], ?::timestamptz[], ?::text[]) as t(r, p, a, k)""")
			.params(rows.stream().map(r -> r[0]).toArray(Long[]::new), rows.stream().map(r -> r[1]).toArray(Long[]::new),
					rows.stream().map(r -> r[2]).toArray(Timestamp[]::new), rows.stream().map(r -> r[3]).toArray(String[]::new))
			.update();
	}


	/** The open steps of a region due before {@code horizon}: the union of requests' and parts' steps. */
	private static final String SUPERVISED = """
			select r.id, null::bigint as part_id, r.due_at from request r
			where r.due_at < :horizon and in_subtree(r.region_path, :scope)
			union all
			select p.request_id, p.id, p.due_at from request_part p join request r on r.id = p.request_id
			where p.status <> 'DONE' and p.due_at < :horizon and in_subtree(r.region_path, :scope)""";

	/** How many steps of a region are due before {@code horizon}. */
	long countSupervision(String scopePath, Instant horizon) {
		return this.jdbc.sql("select count(*) from (" + SUPERVISED + ") x")
			.param("horizon", ts(horizon))
			.param("scope", scopePath)
			.query(Long.class)
			.single();
	}

	/** One page of the steps of a region due before {@code horizon}, soonest first. */
	List<Supervised> supervision(String scopePath, Instant horizon, boolean english, long offset, int limit) {
		List<Supervised> rows = new ArrayList<>();
		record Line(long requestId, Long partId, Instant due) {
		}
		List<Line> lines = this.jdbc.sql("select * from (" + SUPERVISED + ") x order by due_at, id, part_id nulls first"
				+ " offset :offset limit :limit")
			.param("horizon", ts(horizon))
			.param("scope", scopePath)
			.param("offset", offset)
			.param("limit", limit)
			.query((rs, n) -> new Line(rs.getLong(1), rs.getObject(2, Long.class), rs.getTimestamp(3).toInstant()))
			.list();
		Map<Long, Request> requests = findAll(lines.stream().map(Line::requestId).toList(), english);
		Map<Long, Part> parts = new HashMap<>();
		List<Long> partIds = lines.stream().map(Line::partId).filter(java.util.Objects::nonNull).toList();
		if (!partIds.isEmpty()) {
			this.jdbc.sql(PART_SELECT + " where p.id = any(?)")
				.param(partIds.toArray(Long[]::new))
				.query(RequestRepository::mapPart)
				.list()
				.forEach(p -> parts.put(p.id(), p));
		}
		for (Line line : lines) {
			rows.add(new Supervised(requests.get(line.requestId()), line.partId() == null ? null : parts.get(line.partId()),
					line.due()));
		}
		return rows;
	}

	// --- figures ---

	long countFigure(String scopePath, RequestFigure figure, Instant from, Instant to, Long categoryId, Long unitId,
			Channel channel) {
		RequestFilter f = new RequestFilter(null, categoryId, channel, null, false, null, figure, from, to, unitId, null);
		return count(scopePath, f);
	}

	void rewritePaths(String oldPath, String newPath) {
		this.jdbc.sql("update request set region_path = ? || substr(region_path, ?) where in_subtree(region_path, ?)")
			.params(newPath, oldPath.length() + 1, oldPath)
			.update();
	}

}
