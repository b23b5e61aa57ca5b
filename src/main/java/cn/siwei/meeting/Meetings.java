package cn.siwei.meeting;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.siwei.access.AccessDenied;
import cn.siwei.access.Actor;
import cn.siwei.access.Scope;
import cn.siwei.meeting.Meeting.Decision;
import cn.siwei.meeting.MeetingEvents.AttendeeSignedIn;
import cn.siwei.meeting.MeetingEvents.DecisionDone;
import cn.siwei.meeting.MeetingEvents.DecisionTaken;
import cn.siwei.meeting.MeetingEvents.MeetingCancelled;
import cn.siwei.meeting.MeetingEvents.MeetingClosed;
import cn.siwei.meeting.MeetingEvents.MeetingConvened;
import cn.siwei.meeting.MeetingEvents.MeetingOpened;
import cn.siwei.meeting.MeetingLoop.Act;
import cn.siwei.meeting.MeetingLoop.DecisionAct;
import cn.siwei.meeting.MeetingTerms.EventKind;
import cn.siwei.meeting.MeetingTerms.SignIn;
import cn.siwei.organisation.Organisation;
import cn.siwei.organisation.Organisations;
import cn.siwei.platform.Bindings;
import cn.siwei.platform.Events;
import cn.siwei.platform.NotFound;
import cn.siwei.platform.RecordLocator;
import cn.siwei.platform.RecordChanged;
import cn.siwei.platform.Rejected;
import cn.siwei.platform.Timeline;
import cn.siwei.platform.Violations;
import cn.siwei.region.Region;
import cn.siwei.region.Regions;
import cn.siwei.request.WorkingCalendar;

/**
 * The acts on meetings and their decisions: each asks the loop, applies a conditional update, writes the
 * timeline and publishes its event.
 */
@Service
public class Meetings {

	static final String TYPE = "meeting";

	private static final SecureRandom RANDOM = new SecureRandom();

	private final MeetingRepository repository;

	private final Regions regions;

	private final Organisations organisations;

	private final WorkingCalendar calendar;

	private final Timeline timeline;

	private final Events events;

	private final Clock clock;

	private final Bindings bindings;

	Meetings(MeetingRepository repository, Regions regions, Organisations organisations, WorkingCalendar calendar,
			JdbcClient jdbc, Events events, Clock clock, Bindings bindings) {
		this.bindings = bindings;
		this.repository = repository;
		this.regions = regions;
		this.organisations = organisations;
		this.calendar = calendar;
		this.timeline = new Timeline(jdbc, "meeting_event");
		this.events = events;
		this.clock = clock;
	}

	/** 召集: convenes a meeting for a node inside the actor's region, with its parties and agenda. */
	@Transactional
	public long convene(Actor actor, MeetingForm form) {
		actor.require(MeetingPermissions.CONVENE);
		Violations v = new Violations();
		Region region = this.regions.named(v, actor, "regionId", form.regionId());
		if (form.kind() == null) {
			v.add("kind", "validation.required");
		}
		String title = v.required("title", form.title(), 200);
		String place = v.required("place", form.place(), 200);
		String convener = v.required("convener", form.convener(), 200);
		if (form.startsAt() == null) {
			v.add("startsAt", "validation.required");
		}
		if (form.quorum() == null || form.quorum() < 1 || form.quorum() > 10_000) {
			v.add("quorum", "meeting.rejected.quorum");
		}
		List<String> parties = lines(v, "parties", form.parties(), 200, 50);
		List<String> agenda = lines(v, "agenda", form.agenda(), 500, 50);
		if (agenda.isEmpty() && !v.has("agenda")) {
			v.add("agenda", "validation.required");
		}
		v.throwIfAny();
		Instant now = this.clock.instant();
		Instant startsAt = form.startsAt().atZone(this.clock.getZone()).toInstant();
		long id = this.repository.insert(region.id(), region.path(), form.kind(), title, place, startsAt, convener,
				form.quorum(), token(), actor.accountId(), now);
		parties.forEach(p -> this.repository.insertParty(id, p));
		for (int i = 0; i < agenda.size(); i++) {
			this.repository.insertAgendaItem(id, i + 1, agenda.get(i));
		}
		this.timeline.write(Timeline.Line.of(id, EventKind.CONVENED, title), now, actor.accountId(), actor.displayName());
		this.events.created(actor, TYPE, id, region.path(),
				Map.of("kind", form.kind().name(), "title", title, "startsAt", startsAt.toString(), "quorum", form.quorum()));
		this.events.publish(new MeetingConvened(id, region.path(), form.kind().name(), startsAt));
		return id;
	}

	/** 开会: the meeting begins. */
	@Transactional
	public void open(Actor actor, long id) {
		Meeting m = meeting(actor, id);
		check(Act.OPEN, m, actor);
		Instant now = this.clock.instant();
		if (!this.repository.move(id, Act.OPEN.from(), Act.OPEN.to(), "opened_at", now)) {
			throw Rejected.because("meeting.rejected.wrongState");
		}
		record(actor, id, null, EventKind.OPENED, null, m.regionPath(), "status", m.status().name(), Act.OPEN.to().name());
		this.events.publish(new MeetingOpened(id, m.regionPath()));
	}

	/**
	 * 列入议程: puts an open matter of the meeting's region on its agenda — a request, a wish, a problem of the
	 * inventory (any kind whose records may be pointed at) — with the matter's title and a link to it.
	 */
	@Transactional
	public void addToAgenda(Actor actor, long id, String kind, Long recordId) {
		Meeting m = meeting(actor, id);
		check(Act.AGENDA, m, actor);
		Violations v = new Violations();
		// the matter must lie in the actor's region and under the meeting's node
		Optional<RecordLocator.Pointer> pointer = this.bindings.pointer(v, actor, "recordId", kind, recordId);
		if (pointer.isPresent() && !Scope.of(m.regionPath()).covers(pointer.get().regionPath())) {
			v.add("recordId", "meeting.rejected.otherPlace");
		}
		v.throwIfAny();
		RecordLocator.Pointer p = pointer.orElseThrow();
		if (this.repository.onAgenda(id, p.kind(), p.id())) {
			throw Rejected.field("recordId", "meeting.rejected.onAgenda");
		}
		this.repository.appendAgendaItem(id, p.title(), p.kind(), p.id(), p.link());
		record(actor, id, null, EventKind.AGENDA_ADDED, p.title(), m.regionPath(), "agenda", "", p.kind() + "#" + p.id());
	}

	/** 签到 by staff for an attendee, named, for a party. */
	@Transactional
	public long signIn(Actor actor, long id, String name, String party) {
		Meeting m = meeting(actor, id);
		check(Act.SIGN_IN, m, actor);
		Violations v = new Violations();
		String who = v.required("name", name, 100);
		String forParty = v.optional("party", party, 200);
		v.throwIfAny();
		return signIn(actor, m, who, forParty, null, null, SignIn.STAFF);
	}

	/**
	 * 扫码签到: the attendee scanned the meeting's QR code on their phone, logged in; signed in under their own
	 * name, once.
	 * @return the meeting's number
	 */
	@Transactional
	public long signInByCode(Actor actor, String token) {
		Meeting m = this.repository.findByToken(token == null ? "" : token)
			.orElseThrow(() -> new NotFound(TYPE, token));
		if (m.status() != MeetingTerms.Status.IN_SESSION) {
			throw Rejected.because(m.status() == MeetingTerms.Status.PLANNED ? "meeting.rejected.notBegun"
					: "meeting.rejected.over");
		}
		signIn(actor, m, actor.displayName(), null, actor.accountId(), actor.personId(), SignIn.QR);
		return m.id();
	}

	private long signIn(Actor actor, Meeting m, String name, String party, Long accountId, Long personId, SignIn how) {
		Instant now = this.clock.instant();
		long line = this.repository.signIn(m.id(), name, party, accountId, personId, how, now, actor.displayName())
			.orElseThrow(() -> Rejected.because("meeting.rejected.alreadySignedIn"));
		this.timeline.write(Timeline.Line.of(m.id(), EventKind.SIGNED_IN, party == null ? name : name + "（" + party + "）"),
				now, actor.accountId(), actor.displayName());
		this.events.publish(new AttendeeSignedIn(m.id(), m.regionPath(), line, personId, how.name()));
		return line;
	}

	/** 形成决定: a decision with its owner and a limit in working days; only once the quorum is present. */
	@Transactional
	public long decide(Actor actor, long id, DecisionForm form) {
		Meeting m = meeting(actor, id);
		check(Act.DECIDE, m, actor);
		if (!m.quorate()) {
			throw Rejected.because("meeting.rejected.noQuorum", m.present(), m.quorum());
		}
		Violations v = new Violations();
		String text = v.required("text", form.text(), 2000);
		Organisation unit = null;
		if (form.organisationId() != null) {
			// an id a form sends is checked against the actor's scope like any other
			unit = this.organisations.findVisibleOrAbove(actor, form.organisationId()).orElse(null);
			if (unit == null) {
				v.add("organisationId", "meeting.rejected.unknownOrganisation");
			}
		}
		String owner = unit != null ? unit.name() : v.required("owner", form.owner(), 200);
		if (form.workingDays() == null || form.workingDays() < 1 || form.workingDays() > 250) {
			v.add("workingDays", "meeting.rejected.workingDays");
		}
		v.throwIfAny();
		Instant now = this.clock.instant();
		Instant due = this.calendar.due(now, form.workingDays());
		long decision = this.repository.insertDecision(m, text, owner, unit == null ? null : unit.id(),
				form.workingDays(), due, now);
		this.timeline.write(new Timeline.Line(id, decision, EventKind.DECIDED.name(), text + " → " + owner, true, false),
				now, actor.accountId(), actor.displayName());
		this.events.created(actor, "meeting_decision", decision, m.regionPath(),
				Map.of("meeting", id, "owner", owner, "dueAt", due.toString()));
		this.events.publish(new DecisionTaken(id, decision, m.regionPath(), unit == null ? null : unit.id(), due));
		return decision;
	}

	/** 闭会: closes the meeting with its minutes; it needs its attendance too. */
	@Transactional
	public void close(Actor actor, long id, String minutes) {
		Meeting m = meeting(actor, id);
		check(Act.CLOSE, m, actor);
		Violations v = new Violations();
		String text = v.optional("minutes", minutes, 20_000);
		v.throwIfAny();
		Optional<String> refusal = MeetingLoop.closeRefusal(text, m.present());
		if (refusal.isPresent()) {
			throw Rejected.field(refusal.get().endsWith("noMinutes") ? "minutes" : "attendance", refusal.get());
		}
		Instant now = this.clock.instant();
		if (!this.repository.close(id, text, now)) {
			throw Rejected.because("meeting.rejected.wrongState");
		}
		record(actor, id, null, EventKind.CLOSED, null, m.regionPath(), "status", m.status().name(), "CLOSED");
		this.events.publish(new MeetingClosed(id, m.regionPath(), m.present()));
	}

	/** 取消: calls the meeting off before it began, with the reason. */
	@Transactional
	public void cancel(Actor actor, long id, String reason) {
		Meeting m = meeting(actor, id);
		check(Act.CANCEL, m, actor);
		Violations v = new Violations();
		String why = v.required("reason", reason, 1000);
		v.throwIfAny();
		if (!this.repository.cancel(id, why, this.clock.instant())) {
			throw Rejected.because("meeting.rejected.wrongState");
		}
		record(actor, id, null, EventKind.CANCELLED, why, m.regionPath(), "status", m.status().name(), "CANCELLED");
		this.events.publish(new MeetingCancelled(id, m.regionPath()));
	}

	/** 进展: how far a decision has come. */
	@Transactional
	public void progress(Actor actor, long decisionId, String note) {
		Decision d = decision(actor, decisionId, DecisionAct.PROGRESS);
		Violations v = new Violations();
		String text = v.required("note", note, 2000);
		v.throwIfAny();
		if (!this.repository.progress(decisionId, text)) {
			throw Rejected.because("meeting.rejected.decisionDone");
		}
		this.timeline.write(new Timeline.Line(d.meetingId(), decisionId, EventKind.PROGRESS.name(), text, true, false),
				this.clock.instant(), actor.accountId(), actor.displayName());
	}

	/** 办结: a decision is done (late when after its limit). */
	@Transactional
	public void finish(Actor actor, long decisionId, String note) {
		Decision d = decision(actor, decisionId, DecisionAct.FINISH);
		Violations v = new Violations();
		String text = v.optional("note", note, 2000);
		v.throwIfAny();
		Instant now = this.clock.instant();
		if (!this.repository.finish(decisionId, text, now)) {
			throw Rejected.because("meeting.rejected.decisionDone");
		}
		boolean late = d.late() || now.isAfter(d.dueAt());
		this.timeline.write(new Timeline.Line(d.meetingId(), decisionId, EventKind.DECISION_DONE.name(), text, true, false),
				now, actor.accountId(), actor.displayName());
		this.events.changed(actor, "meeting_decision", decisionId, RecordChanged.Action.UPDATE, d.regionPath(),
				Map.of("status", "OPEN"), Map.of("status", "DONE"), text);
		this.events.publish(new DecisionDone(d.meetingId(), decisionId, d.regionPath(), late));
	}

	private Meeting meeting(Actor actor, long id) {
		actor.require(MeetingPermissions.VIEW);
		return this.repository.find(id, actor.scope().regionPath()).orElseThrow(() -> new NotFound(TYPE, id));
	}

	private Decision decision(Actor actor, long id, DecisionAct act) {
		actor.require(MeetingPermissions.VIEW);
		Decision d = this.repository.findDecision(id, actor.scope().regionPath())
			.orElseThrow(() -> new NotFound("meeting_decision", id));
		MeetingLoop.refusal(act, d.status(), actor).ifPresent(r -> {
			throw r.forbidden() ? new AccessDenied(MeetingPermissions.FOLLOW) : Rejected.because(r.messageKey());
		});
		return d;
	}

	private static void check(Act act, Meeting m, Actor actor) {
		MeetingLoop.refusal(act, m.status(), actor).ifPresent(r -> {
			throw r.forbidden() ? new AccessDenied(act.permission()) : Rejected.because(r.messageKey());
		});
	}

	private void record(Actor actor, long id, Long part, EventKind kind, String note, String path, String field,
			String before, String after) {
		this.timeline.write(new Timeline.Line(id, part, kind.name(), note, true, false), this.clock.instant(),
				actor.accountId(), actor.displayName());
		this.events.changed(actor, TYPE, id, RecordChanged.Action.UPDATE, path, Map.of(field, before),
				Map.of(field, after), note);
	}

	/** Non-empty lines, each at most {@code max} characters, at most {@code count} of them. */
	private static List<String> lines(Violations v, String field, String text, int max, int count) {
		List<String> lines = new ArrayList<>();
		if (text == null) {
			return lines;
		}
		Arrays.stream(text.split("\\R")).map(String::strip).filter(l -> !l.isEmpty()).forEach(lines::add);
		if (lines.size() > count || lines.stream().anyMatch(l -> l.length() > max || Violations.hasControlCharacters(l))) {
			v.add(field, "meeting.rejected.lines", count, max);
		}
		return lines;
	}

	/** A sign-in code nobody can guess. */
	private static String token() {
		byte[] b = new byte[16];
		RANDOM.nextBytes(b);
		return HexFormat.of().formatHex(b);
	}

}
