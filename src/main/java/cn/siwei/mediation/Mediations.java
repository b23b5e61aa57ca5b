package cn.siwei.mediation;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.regex.Pattern;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.siwei.access.AccessDenied;
import cn.siwei.access.Actor;
import cn.siwei.mediation.MediationLoop.Act;
import cn.siwei.mediation.MediationTerms.EventKind;
import cn.siwei.mediation.MediationTerms.Kind;
import cn.siwei.mediation.MediationTerms.Performance;
import cn.siwei.mediation.MediationTerms.Source;
import cn.siwei.mediation.MediationTerms.Status;
import cn.siwei.platform.ActUpdate;
import cn.siwei.platform.Events;
import cn.siwei.platform.NotFound;
import cn.siwei.platform.RecordChanged;
import cn.siwei.platform.Rejected;
import cn.siwei.platform.Timeline;
import cn.siwei.platform.Violations;
import cn.siwei.platform.Where;
import cn.siwei.region.Region;
import cn.siwei.region.Regions;
import cn.siwei.request.WorkingCalendar;

/**
 * The acts on mediation cases: each checks the actor and the case's scope, asks the loop, applies a conditional
 * update (nothing changes when the case stood elsewhere), writes the timeline and the audit trail, and publishes
 * its event.
 */
@Service
public class Mediations {

	static final String TYPE = "mediation";

	private static final Pattern PHONE = Pattern.compile("[0-9+\\-() ]{5,20}");

	static final String SELECT = """
			select x.*, g.name as region_name from mediation x join region g on g.id = x.region_id""";

	private final JdbcClient jdbc;

	private final Regions regions;

	private final WorkingCalendar calendar;

	private final Timeline timeline;

	private final Events events;

	private final Clock clock;

	private final int limitDays;

	private final MediatorPool pool;

	Mediations(JdbcClient jdbc, Regions regions, WorkingCalendar calendar, Events events, Clock clock,
			@Value("${siwei.mediation.limit-working-days:22}") int limitDays, MediatorPool pool) {
		this.jdbc = jdbc;
		this.pool = pool;
		this.regions = regions;
		this.calendar = calendar;
		this.timeline = new Timeline(jdbc, "mediation_event");
		this.events = events;
		this.clock = clock;
		this.limitDays = limitDays;
	}

	static Mediation map(ResultSet rs, int n) throws SQLException {
		Timestamp accepted = rs.getTimestamp("accepted_at");
		Timestamp due = rs.getTimestamp("due_at");
		Timestamp handled = rs.getTimestamp("handled_at");
		Date confirmationDue = rs.getDate("confirmation_due");
		Date applied = rs.getDate("confirmation_applied");
		String performance = rs.getString("performance");
		long category = rs.getLong("category_id");
		Kind kind = Kind.OTHER;
		for (Kind k : Kind.values()) {
			if (k.category() == category) {
				kind = k;
			}
		}
		return new Mediation(rs.getLong("id"), rs.getLong("region_id"), rs.getString("region_path"),
				rs.getString("region_name"), kind, Source.valueOf(rs.getString("channel")), rs.getString("applicant"),
				rs.getString("applicant_phone"), rs.getString("respondent"), rs.getString("respondent_phone"),
				rs.getString("facts"), Status.valueOf(rs.getString("status")), rs.getString("mediator"),
				accepted == null ? null : accepted.toInstant(), due == null ? null : due.toInstant(),
				rs.getInt("extended_days"), rs.getBoolean("late"), rs.getString("outcome"),
				handled == null ? null : handled.toInstant(), rs.getString("terms"), rs.getString("performance_how"),
				rs.getString("guidance"), confirmationDue == null ? null : confirmationDue.toLocalDate(),
				applied == null ? null : applied.toLocalDate(), rs.getBoolean("confirmation_late"),
				performance == null ? null : Performance.valueOf(performance), rs.getTimestamp("created_at").toInstant());
	}

	/** A case in the actor's region (unmasked: for the service's own checks), or 404. */
	Mediation find(Actor actor, long id) {
		actor.require(MediationPermissions.VIEW);
		return Where.one(this.jdbc, SELECT, "x", actor, id, Mediations::map, TYPE);
	}

	/** 接待: receives a dispute in a node of the actor's region. */
	@Transactional
	public long receive(Actor actor, MediationForm form) {
		actor.require(MediationPermissions.HANDLE);
		Violations v = new Violations();
		Region region = this.regions.named(v, actor, "regionId", form.regionId());
		if (form.kind() == null) {
			v.add("kind", "validation.required");
		}
		if (form.source() == null) {
			v.add("source", "validation.required");
		}
		String applicant = v.required("applicant", form.applicant(), 100);
		String respondent = v.required("respondent", form.respondent(), 100);
		String applicantPhone = phone(v, "applicantPhone", form.applicantPhone());
		String respondentPhone = phone(v, "respondentPhone", form.respondentPhone());
		String facts = v.required("facts", form.facts(), 4000);
		v.throwIfAny();
		Instant now = this.clock.instant();
		long id = this.jdbc.sql("""
				insert into mediation (region_id, region_path, category_id, channel, applicant, applicant_phone, respondent,
				  respondent_phone, facts, status, created_by, created_at, updated_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, 'RECEIVED', ?, ?, ?) returning id""")
			.params(region.id(), region.path(), form.kind().category(), form.source().name(), applicant, applicantPhone,
					respondent, respondentPhone, facts, actor.accountId(), Timestamp.from(now), Timestamp.from(now))
			.query(Long.class)
			.single();
		write(actor, id, EventKind.RECEIVED, applicant + " ↔ " + respondent, now);
		this.events.created(actor, TYPE, id, region.path(), Map.of("kind", form.kind().name(), "source",
				form.source().name()));
		this.events.publish(new MediationEvents.DisputeReceived(id, region.path(), form.kind().name()));
		return id;
	}

	private static String phone(Violations v, String field, String phone) {
		String p = v.optional(field, phone, 32);
		if (p != null && !PHONE.matcher(p).matches()) {
			v.add(field, "mediation.rejected.phone");
		}
		return p;
	}

	/**
	 * 指派调解员: one of the pool who serves the case's node (by number), or someone named who is not in the pool (a
	 * respected elder of a 说事会, say); checked for a conflict of interest with the parties and against the
	 * mediators a party objected to in this case.
	 */
	@Transactional
	public void assign(Actor actor, long id, Long mediatorId, String mediator) {
		Mediation m = check(actor, id, Act.ASSIGN);
		String name;
		String unit = null;
		if (mediatorId != null) {
			Mediator x = this.pool.serving(mediatorId, m.regionPath())
				.orElseThrow(() -> new NotFound(MediatorPool.TYPE, mediatorId));
			name = x.name();
			unit = x.unit();
		}
		else {
			Violations v = new Violations();
			name = v.required("mediator", mediator, 100);
			v.throwIfAny();
		}
		MediationLoop.conflict(name, unit, m.applicant(), m.respondent(), this.pool.objected(id)).ifPresent(key -> {
			throw Rejected.field("mediator", key);
		});
		Instant now = this.clock.instant();
		Map<String, Object> params = new java.util.HashMap<>();
		params.put("mediator", name);
		params.put("mediatorId", mediatorId);
		move(id, Act.ASSIGN, m.status() == Status.RECEIVED ? Status.MEDIATING : m.status(),
				"mediator = :mediator, mediator_id = :mediatorId", params, now);
		write(actor, id, EventKind.ASSIGNED, name, now);
		audit(actor, m, "mediator", m.mediator(), name, null);
	}

	/** 指派 someone named, not from the pool. */
	@Transactional
	public void assign(Actor actor, long id, String mediator) {
		assign(actor, id, null, mediator);
	}

	/**
	 * A party objects to the mediator, with the reason: the mediator steps down, is never suggested for this case
	 * again, and another must be assigned.
	 */
	@Transactional
	public void object(Actor actor, long id, String party, String reason) {
		Mediation m = check(actor, id, Act.OBJECT);
		Violations v = new Violations();
		String who = v.required("party", party, 100);
		String why = v.required("reason", reason, 1000);
		if (who != null && !who.equals(m.applicant()) && !who.equals(m.respondent())) {
			v.add("party", "mediation.rejected.notAParty");
		}
		v.throwIfAny();
		Instant now = this.clock.instant();
		move(id, Act.OBJECT, m.status(), "mediator = null, mediator_id = null", Map.of(), now);
		this.jdbc.sql("""
				insert into mediation_recusal (mediation_id, mediator_name, party, reason, at) values (?, ?, ?, ?, ?)""")
			.params(id, m.mediator(), who, why, Timestamp.from(now))
			.update();
		write(actor, id, EventKind.OBJECTED, who + "：" + why + "（调解员 " + m.mediator() + " 回避）", now);
		audit(actor, m, "mediator", m.mediator(), "", why);
	}

	/** 受理: the clock starts, the configured working days (about a month) from now. */
	@Transactional
	public void accept(Actor actor, long id) {
		Mediation m = check(actor, id, Act.ACCEPT);
		Instant now = this.clock.instant();
		Instant due = this.calendar.due(now, this.limitDays);
		move(id, Act.ACCEPT, Status.ACCEPTED, "accepted_at = :now, due_at = :due", Map.of("due", Timestamp.from(due)), now);
		write(actor, id, EventKind.ACCEPTED, null, now);
		audit(actor, m, "status", m.status().name(), Status.ACCEPTED.name(), null);
	}

	/** 调解笔录: a session and its record, signed by the parties or not. */
	@Transactional
	public void session(Actor actor, long id, String record, boolean signed) {
		check(actor, id, Act.SESSION);
		Violations v = new Violations();
		String text = v.required("record", record, 4000);
		v.throwIfAny();
		write(actor, id, EventKind.SESSION, (signed ? "【双方已签字】" : "【未签字】") + text, this.clock.instant());
	}

	/** 延期: more working days, only with both parties' consent. */
	@Transactional
	public void extend(Actor actor, long id, Integer days, boolean applicantConsents, boolean respondentConsents,
			String reason) {
		Mediation m = check(actor, id, Act.EXTEND);
		Violations v = new Violations();
		if (days == null || days < 1 || days > 22) {
			v.add("days", "mediation.rejected.extensionDays");
		}
		if (!MediationLoop.bothConsent(applicantConsents, respondentConsents)) {
			v.add("consent", "mediation.rejected.consent");
		}
		String why = v.required("reason", reason, 1000);
		v.throwIfAny();
		Instant now = this.clock.instant();
		Instant due = this.calendar.due(m.dueAt(), days);
		move(id, Act.EXTEND, Status.ACCEPTED, "due_at = :due, extended_days = extended_days + :days, late = false",
				Map.of("due", Timestamp.from(due), "days", days), now);
		write(actor, id, EventKind.EXTENDED, days + " 个工作日，双方同意：" + why, now);
		audit(actor, m, "dueAt", String.valueOf(m.dueAt()), due.toString(), why);
	}

	/** 达成协议: the agreement's terms and how they are performed; the 30 days for judicial confirmation start. */
	@Transactional
	public void agree(Actor actor, long id, String terms, String performanceHow) {
		Mediation m = check(actor, id, Act.AGREE);
		Violations v = new Violations();
		String t = v.required("terms", terms, 4000);
		String how = v.required("performanceHow", performanceHow, 1000);
		v.throwIfAny();
		Instant now = this.clock.instant();
		LocalDate confirmationDue = LocalDate.now(this.clock).plusDays(30);
		move(id, Act.AGREE, Status.AGREED, "outcome = 'AGREED', handled_at = :now, terms = :terms,"
				+ " performance_how = :how, confirmation_due = :cdue",
				Map.of("terms", t, "how", how, "cdue", Date.valueOf(confirmationDue)), now);
		write(actor, id, EventKind.AGREED, t, now);
		audit(actor, m, "status", m.status().name(), Status.AGREED.name(), null);
		this.events.publish(new MediationEvents.DisputeSettled(id, m.regionPath(), m.kind().name(), true));
	}

	/** 调解不成: the reason and where the parties were told to go (court, arbitration). */
	@Transactional
	public void fail(Actor actor, long id, String guidance) {
		Mediation m = check(actor, id, Act.FAIL);
		Violations v = new Violations();
		String g = v.required("guidance", guidance, 1000);
		v.throwIfAny();
		Instant now = this.clock.instant();
		move(id, Act.FAIL, Status.FAILED, "outcome = 'FAILED', handled_at = :now, guidance = :guidance",
				Map.of("guidance", g), now);
		write(actor, id, EventKind.FAILED, g, now);
		audit(actor, m, "status", m.status().name(), Status.FAILED.name(), g);
		this.events.publish(new MediationEvents.DisputeSettled(id, m.regionPath(), m.kind().name(), false));
	}

	/** 申请司法确认: the day the parties applied. */
	@Transactional
	public void confirmation(Actor actor, long id, LocalDate applied) {
		Mediation m = check(actor, id, Act.CONFIRM);
		if (applied == null || applied.isAfter(LocalDate.now(this.clock)) || applied.isBefore(LocalDate.now(this.clock)
			.minusYears(1))) {
			throw Rejected.field("applied", "mediation.rejected.appliedDay");
		}
		Instant now = this.clock.instant();
		move(id, Act.CONFIRM, m.status(), "confirmation_applied = :applied", Map.of("applied", Date.valueOf(applied)), now);
		write(actor, id, EventKind.CONFIRMATION, applied.toString(), now);
		audit(actor, m, "confirmationApplied", null, applied.toString(), null);
	}

	/** 回访: how the agreement was performed; the case closes. */
	@Transactional
	public void followUp(Actor actor, long id, Performance performance, String note) {
		Mediation m = check(actor, id, Act.FOLLOW_UP);
		Violations v = new Violations();
		if (performance == null) {
			v.add("performance", "validation.required");
		}
		String n = v.optional("note", note, 1000);
		v.throwIfAny();
		Instant now = this.clock.instant();
		move(id, Act.FOLLOW_UP, Status.CLOSED, "performance = :performance, closed_at = :now",
				Map.of("performance", performance.name()), now);
		write(actor, id, EventKind.FOLLOWED_UP, n, now);
		audit(actor, m, "status", m.status().name(), Status.CLOSED.name(), n);
	}

	/** 结案 of a failed case. */
	@Transactional
	public void close(Actor actor, long id) {
		Mediation m = check(actor, id, Act.CLOSE);
		Instant now = this.clock.instant();
		move(id, Act.CLOSE, Status.CLOSED, "closed_at = :now", Map.of(), now);
		write(actor, id, EventKind.CLOSED, null, now);
		audit(actor, m, "status", m.status().name(), Status.CLOSED.name(), null);
	}

	private Mediation check(Actor actor, long id, Act act) {
		actor.require(MediationPermissions.HANDLE);
		Mediation m = find(actor, id);
		MediationLoop.refusal(act, m.status(), m.mediator() != null, actor).ifPresent(key -> {
			throw "error.forbidden".equals(key) ? new AccessDenied(MediationPermissions.HANDLE) : Rejected.because(key);
		});
		return m;
	}

	/** An act-named conditional update: nothing changes when the case no longer stands where the act starts. */
	private void move(long id, Act act, Status to, String set, Map<String, ?> params, Instant now) {
		ActUpdate.move(this.jdbc, TYPE, id, act.from(), to, set, params, now, "mediation.rejected.wrongState");
	}

	private void write(Actor actor, long id, EventKind kind, String note, Instant now) {
		this.timeline.write(new Timeline.Line(id, null, kind.name(), note, true, false), now, actor.accountId(),
				actor.displayName());
	}

	private void audit(Actor actor, Mediation m, String field, String before, String after, String reason) {
		this.events.changed(actor, TYPE, m.id(), RecordChanged.Action.UPDATE, m.regionPath(),
				Map.of(field, before == null ? "" : before), Map.of(field, after == null ? "" : after), reason);
	}

}
