package cn.siwei.problem;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.siwei.access.AccessDenied;
import cn.siwei.access.Actor;
import cn.siwei.organisation.Organisation;
import cn.siwei.organisation.Organisations;
import cn.siwei.platform.ActUpdate;
import cn.siwei.platform.Events;
import cn.siwei.platform.RecordChanged;
import cn.siwei.platform.Rejected;
import cn.siwei.platform.Timeline;
import cn.siwei.platform.Violations;
import cn.siwei.platform.Where;
import cn.siwei.problem.ProblemEvents.ProblemFound;
import cn.siwei.problem.ProblemEvents.ProblemSolved;
import cn.siwei.problem.ProblemLoop.Act;
import cn.siwei.problem.ProblemTerms.EventKind;
import cn.siwei.problem.ProblemTerms.Kind;
import cn.siwei.problem.ProblemTerms.Source;
import cn.siwei.problem.ProblemTerms.Status;
import cn.siwei.region.Region;
import cn.siwei.region.Regions;
import cn.siwei.request.WorkingCalendar;

/**
 * The acts on the problem inventory: each checks the actor and the problem's scope, asks the loop, applies a
 * conditional update (nothing changes when the problem stood elsewhere), writes the timeline and the audit trail,
 * and publishes its event.
 */
@Service
public class Problems {

	static final String TYPE = "problem";

	static final String SELECT = "select x.*, g.name as region_name from problem x join region g on g.id = x.region_id";

	private final JdbcClient jdbc;

	private final Regions regions;

	private final Organisations organisations;

	private final WorkingCalendar calendar;

	private final Timeline timeline;

	private final Events events;

	private final Clock clock;

	Problems(JdbcClient jdbc, Regions regions, Organisations organisations, WorkingCalendar calendar, Events events,
			Clock clock) {
		this.jdbc = jdbc;
		this.regions = regions;
		this.organisations = organisations;
		this.calendar = calendar;
		this.timeline = new Timeline(jdbc, "problem_event");
		this.events = events;
		this.clock = clock;
	}

	static Problem map(ResultSet rs, int n) throws SQLException {
		Timestamp due = rs.getTimestamp("due_at");
		Timestamp done = rs.getTimestamp("done_at");
		return new Problem(rs.getLong("id"), rs.getLong("region_id"), rs.getString("region_path"),
				rs.getString("region_name"), Kind.of(rs.getLong("category_id")), Source.valueOf(rs.getString("channel")),
				rs.getString("title"), rs.getString("description"), rs.getString("found_by"),
				Status.valueOf(rs.getString("status")), rs.getString("owner"), rs.getObject("organisation_id", Long.class),
				due == null ? null : due.toInstant(), rs.getBoolean("late"), rs.getString("result"),
				done == null ? null : done.toInstant(), rs.getString("dropped_reason"),
				rs.getTimestamp("created_at").toInstant());
	}

	/** A problem in the actor's region, or 404. */
	Problem find(Actor actor, long id) {
		actor.require(ProblemPermissions.VIEW);
		return Where.one(this.jdbc, SELECT, "x", actor, id, Problems::map, TYPE);
	}

	/** 发现: records a problem found in a node of the actor's region. */
	@Transactional
	public long record(Actor actor, ProblemForm form) {
		actor.require(ProblemPermissions.HANDLE);
		Violations v = new Violations();
		Region region = this.regions.named(v, actor, "regionId", form.regionId());
		if (form.kind() == null) {
			v.add("kind", "validation.required");
		}
		if (form.source() == null) {
			v.add("source", "validation.required");
		}
		String title = v.required("title", form.title(), 200);
		String description = v.required("description", form.description(), 4000);
		String foundBy = v.required("foundBy", form.foundBy(), 100);
		v.throwIfAny();
		Instant now = this.clock.instant();
		long id = this.jdbc.sql("""
				insert into problem (region_id, region_path, category_id, channel, title, description, found_by, status,
				  created_by, created_at, updated_at)
				values (?, ?, ?, ?, ?, ?, ?, 'FOUND', ?, ?, ?) returning id""")
			.params(region.id(), region.path(), form.kind().category(), form.source().name(), title, description,
					foundBy, actor.accountId(), Timestamp.from(now), Timestamp.from(now))
			.query(Long.class)
			.single();
		write(actor, id, EventKind.FOUND, title, now);
		this.events.created(actor, TYPE, id, region.path(), Map.of("kind", form.kind().name(), "source",
				form.source().name(), "title", title));
		this.events.publish(new ProblemFound(id, region.path(), form.kind().name()));
		return id;
	}

	/**
	 * 列入治理清单: who answers for it (one of the platform's units in or above the actor's region, or a name) and
	 * its limit in working days from now; again to hand it to another owner with a new limit.
	 */
	@Transactional
	public void assign(Actor actor, long id, Long organisationId, String owner, Integer workingDays) {
		Problem p = check(actor, id, Act.ASSIGN);
		Violations v = new Violations();
		Organisation unit = null;
		if (organisationId != null) {
			// an id a form sends is checked against the actor's scope like any other
			unit = this.organisations.findVisibleOrAbove(actor, organisationId).orElse(null);
			if (unit == null) {
				v.add("organisationId", "problem.rejected.unknownOrganisation");
			}
		}
		String who = unit != null ? unit.name() : v.required("owner", owner, 200);
		if (workingDays == null || workingDays < 1 || workingDays > 250) {
			v.add("workingDays", "problem.rejected.workingDays");
		}
		v.throwIfAny();
		Instant now = this.clock.instant();
		Instant due = this.calendar.due(now, workingDays);
		Map<String, Object> set = new HashMap<>();
		set.put("owner", who);
		set.put("org", unit == null ? null : unit.id());
		set.put("due", Timestamp.from(due));
		move(id, Act.ASSIGN, "owner = :owner, organisation_id = :org, assigned_at = coalesce(assigned_at, :now),"
				+ " due_at = :due, late = false", set, now);
		write(actor, id, EventKind.ASSIGNED, who + "，" + workingDays + " 个工作日", now);
		audit(actor, p, "owner", p.owner(), who, null);
	}

	/** 进展: a note of what has been done so far. */
	@Transactional
	public void progress(Actor actor, long id, String note) {
		check(actor, id, Act.PROGRESS);
		Violations v = new Violations();
		String text = v.required("note", note, 2000);
		v.throwIfAny();
		write(actor, id, EventKind.PROGRESS, text, this.clock.instant());
	}

	/** 销号: solved, with what was done; on time when before its limit. */
	@Transactional
	public void finish(Actor actor, long id, String result) {
		Problem p = check(actor, id, Act.FINISH);
		Violations v = new Violations();
		String text = v.required("result", result, 2000);
		v.throwIfAny();
		Instant now = this.clock.instant();
		boolean late = p.late() || (p.dueAt() != null && now.isAfter(p.dueAt()));
		move(id, Act.FINISH, "result = :result, done_at = :now, late = :late", Map.of("result", text, "late", late), now);
		write(actor, id, EventKind.DONE, text, now);
		audit(actor, p, "status", p.status().name(), Status.DONE.name(), null);
		this.events.publish(new ProblemSolved(id, p.regionPath(), !late));
	}

	/** 不予处理, with the reason. */
	@Transactional
	public void drop(Actor actor, long id, String reason) {
		Problem p = check(actor, id, Act.DROP);
		Violations v = new Violations();
		String why = v.required("reason", reason, 1000);
		v.throwIfAny();
		Instant now = this.clock.instant();
		move(id, Act.DROP, "dropped_reason = :reason", Map.of("reason", why), now);
		write(actor, id, EventKind.DROPPED, why, now);
		audit(actor, p, "status", p.status().name(), Status.DROPPED.name(), why);
	}

	/** 重新打开: back on the list with a new limit, keeping its owner; its solving is undone. */
	@Transactional
	public void reopen(Actor actor, long id, String reason, Integer workingDays) {
		Problem p = check(actor, id, Act.REOPEN);
		Violations v = new Violations();
		String why = v.required("reason", reason, 1000);
		if (workingDays == null || workingDays < 1 || workingDays > 250) {
			v.add("workingDays", "problem.rejected.workingDays");
		}
		if (p.owner() == null) {
			v.add("owner", "problem.rejected.noOwner");
		}
		v.throwIfAny();
		Instant now = this.clock.instant();
		Instant due = this.calendar.due(now, workingDays);
		move(id, Act.REOPEN, "result = null, done_at = null, dropped_reason = null, late = false, due_at = :due",
				Map.of("due", Timestamp.from(due)), now);
		write(actor, id, EventKind.REOPENED, why, now);
		audit(actor, p, "status", p.status().name(), Status.ASSIGNED.name(), why);
	}

	private Problem check(Actor actor, long id, Act act) {
		actor.require(ProblemPermissions.HANDLE);
		Problem p = find(actor, id);
		ProblemLoop.refusal(act, p.status(), actor).ifPresent(key -> {
			throw "error.forbidden".equals(key) ? new AccessDenied(ProblemPermissions.HANDLE) : Rejected.because(key);
		});
		return p;
	}

	/** An act-named conditional update: nothing changes when the problem no longer stands where the act starts. */
	private void move(long id, Act act, String set, Map<String, ?> params, Instant now) {
		ActUpdate.move(this.jdbc, "problem", id, act.from(), act.to(), set, params, now, "problem.rejected.wrongState");
	}

	private void write(Actor actor, long id, EventKind kind, String note, Instant now) {
		this.timeline.write(new Timeline.Line(id, null, kind.name(), note, true, false), now, actor.accountId(),
				actor.displayName());
	}

	private void audit(Actor actor, Problem p, String field, String before, String after, String reason) {
		this.events.changed(actor, TYPE, p.id(), RecordChanged.Action.UPDATE, p.regionPath(),
				Map.of(field, before == null ? "" : before), Map.of(field, after == null ? "" : after), reason);
	}

}
