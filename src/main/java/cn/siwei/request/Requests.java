package cn.siwei.request;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.siwei.access.AccessDenied;
import cn.siwei.access.Actor;
import cn.siwei.organisation.Organisations;
import cn.siwei.organisation.Teams;
import cn.siwei.people.People;
import cn.siwei.platform.Events;
import cn.siwei.platform.NotFound;
import cn.siwei.platform.RecordChanged;
import cn.siwei.platform.Rejected;
import cn.siwei.platform.Satisfaction;
import cn.siwei.platform.Violations;
import cn.siwei.region.Region;
import cn.siwei.region.Regions;
import cn.siwei.request.Request.Part;
import cn.siwei.request.RequestEvents.PartClaimed;
import cn.siwei.request.RequestEvents.PartFinished;
import cn.siwei.request.RequestEvents.PartReported;
import cn.siwei.request.RequestEvents.ProgressNoted;
import cn.siwei.request.RequestEvents.RequestAccepted;
import cn.siwei.request.RequestEvents.RequestDeclined;
import cn.siwei.request.RequestEvents.RequestDispatched;
import cn.siwei.request.RequestEvents.RequestEscalated;
import cn.siwei.request.RequestEvents.RequestEvaluated;
import cn.siwei.request.RequestEvents.RequestLinkedAsDuplicate;
import cn.siwei.request.RequestEvents.RequestReminded;
import cn.siwei.request.RequestEvents.RequestResolved;
import cn.siwei.request.RequestEvents.RequestReturned;
import cn.siwei.request.RequestEvents.RequestRouted;
import cn.siwei.request.RequestEvents.Subject;
import cn.siwei.request.RequestEvents.Unit;
import cn.siwei.request.RequestEvents.UnitsSummoned;
import cn.siwei.request.RequestLoop.Act;
import cn.siwei.request.RequestLoop.PartAct;
import cn.siwei.request.RequestTerms.EventKind;
import cn.siwei.request.RequestTerms.PartRole;
import cn.siwei.request.RequestTerms.PartStatus;
import cn.siwei.request.RequestTerms.Status;
import cn.siwei.request.RequestTerms.Step;

/**
 * The acts of the five-order loop after a request came in ({@link RequestRecording}): taken (接单), dispatched (派单)
 * — or escalated to the street, which summons units (吹哨) that report in (报到) — claimed and handled by each unit
 * (领单), evaluated by the resident (评单). Each act asks the loop ({@link RequestLoop}) whether the actor may do it
 * now, changes the state in one conditional statement named after the act, writes the timeline and publishes its
 * event ({@link RequestEvents}), to which notices and others listen.
 */
@Service
public class Requests {

	static final String TYPE = RequestAccess.TYPE;

	static final int NOTE_LENGTH = 2000;

	private final RequestRepository repository;

	private final RequestAccess access;

	private final RequestDictionary dictionary;

	private final WorkingCalendar calendar;

	private final Regions regions;

	private final People people;

	private final Organisations organisations;

	private final Teams teams;

	private final Events events;

	private final ApplicationEventPublisher publisher;

	private final Clock clock;

	Requests(RequestRepository repository, RequestAccess access, RequestDictionary dictionary, WorkingCalendar calendar,
			Regions regions, People people, Organisations organisations, Teams teams, Events events,
			ApplicationEventPublisher publisher, Clock clock) {
		this.repository = repository;
		this.access = access;
		this.dictionary = dictionary;
		this.calendar = calendar;
		this.regions = regions;
		this.people = people;
		this.organisations = organisations;
		this.teams = teams;
		this.events = events;
		this.publisher = publisher;
		this.clock = clock;
	}

	// --- taking (接单), declining, routing, duplicates ---

	/** The community or compound takes the request (接单); the dispatch limit starts. */
	@Transactional
	public void accept(Actor actor, long id, String note) {
		Request r = act(actor, id, Act.ACCEPT);
		String text = note(note);
		Instant now = this.clock.instant();
		changed(this.repository.accept(id, due(r, Step.DISPATCH, now), now));
		this.publisher.publishEvent(new RequestAccepted(Subject.of(r), record(actor, r, null, EventKind.ACCEPTED, text, true, now)));
	}

	/** Declines the request with a reason the resident sees. */
	@Transactional
	public void decline(Actor actor, long id, String reason) {
		Request r = act(actor, id, Act.DECLINE);
		String why = required("reason", reason, 1000);
		Instant now = this.clock.instant();
		changed(this.repository.decline(id, why, now));
		this.publisher.publishEvent(new RequestDeclined(Subject.of(r), record(actor, r, null, EventKind.DECLINED, why, true, now)));
	}

	/** Staff above the request's node send it down to the community or compound it concerns. */
	@Transactional
	public void route(Actor actor, long id, Long regionId, String note) {
		Request r = act(actor, id, Act.ROUTE);
		if (regionId == null) {
			throw Rejected.field("regionId", "validation.required");
		}
		String text = note(note);
		Region target = this.regions.find(regionId).orElseThrow(() -> Rejected.field("regionId", "request.rejected.regionUnknown"));
		if (!target.active() || !target.path().startsWith(r.regionPath()) || target.path().equals(r.regionPath())) {
			throw Rejected.field("regionId", "request.rejected.routeBelow");
		}
		Instant now = this.clock.instant();
		this.repository.routeTo(id, target.id(), target.path(), now);
		long entry = record(actor, r, null, EventKind.ROUTED, join(target.name(), text), false, now);
		this.publisher.publishEvent(new RequestRouted(Subject.of(r), entry, target.path()));
	}

	/**
	 * Links the request to an earlier one about the same thing, in the actor's region: it leaves the figures and the
	 * reporter follows the original.
	 */
	@Transactional
	public void linkDuplicate(Actor actor, long id, Long originalId) {
		Request r = act(actor, id, Act.LINK_DUPLICATE);
		if (originalId == null) {
			throw Rejected.field("originalId", "validation.required");
		}
		Request original = this.repository.find(originalId, false).filter(o -> RequestAccess.staffOf(actor, o))
			.orElseThrow(() -> Rejected.field("originalId", "request.rejected.originalUnknown"));
		if (original.id() == r.id() || original.status() == Status.DUPLICATE || original.duplicateOf() != null) {
			throw Rejected.field("originalId", "request.rejected.originalIsDuplicate");
		}
		Instant now = this.clock.instant();
		changed(this.repository.linkDuplicate(id, original.id(), now));
		long entry = record(actor, r, null, EventKind.LINKED_DUPLICATE, "#" + original.id(), true, now);
		this.publisher.publishEvent(new RequestLinkedAsDuplicate(Subject.of(r), entry, original.id()));
	}

	// --- dispatch (派单) ---

	/** Dispatches a taken request to a unit: an organisation, a team or a person (a party member, say). */
	@Transactional
	public long dispatch(Actor actor, long id, Long organisationId, Long teamId, Long personId, String task) {
		Request r = act(actor, id, Act.DISPATCH);
		Unit unit = unit(actor, organisationId, teamId, personId);
		String work = Violations.note("task", task, 1000);
		Instant now = this.clock.instant();
		changed(this.repository.dispatch(id, now));
		long part = this.repository.addPart(id, PartRole.DISPATCHED, unit, work, PartStatus.WAITING, null,
				due(r, Step.CLAIM, now), r.reopenCount(), now);
		long entry = record(actor, r, part, EventKind.DISPATCHED, join(unit.name(), work), true, now);
		this.publisher.publishEvent(new RequestDispatched(Subject.of(r), entry, part, unit));
		return part;
	}

	/** The unit named by exactly one of the ids, among those the actor may give work to. */
	private Unit unit(Actor actor, Long organisationId, Long teamId, Long personId) {
		int given = (organisationId == null ? 0 : 1) + (teamId == null ? 0 : 1) + (personId == null ? 0 : 1);
		if (given != 1) {
			throw Rejected.field("unit", "request.rejected.chooseOneUnit");
		}
		if (organisationId != null) {
			return this.organisations.findVisibleOrAbove(actor, organisationId)
				.filter(o -> o.active())
				.map(o -> new Unit(o.id(), null, null, o.name()))
				.orElseThrow(() -> Rejected.field("unit", "request.rejected.unitUnknown"));
		}
		try {
			if (teamId != null) {
				var team = this.teams.get(actor, teamId);
				return new Unit(null, team.id(), null, team.name());
			}
			var person = this.people.view(actor, personId);
			return new Unit(null, null, person.id(), person.name());
		}
		catch (NotFound ex) {
			throw Rejected.field("unit", "request.rejected.unitUnknown");
		}
	}

	// --- whistle and report (街乡吹哨、部门报到) ---

	/** The community sends a request it cannot solve up to the street. */
	@Transactional
	public void escalate(Actor actor, long id, String reason) {
		Request r = act(actor, id, Act.ESCALATE);
		String why = required("reason", reason, 1000);
		Instant now = this.clock.instant();
		changed(this.repository.escalate(id, due(r, Step.STUDY, now), now));
		long entry = record(actor, r, null, EventKind.ESCALATED, why, true, now);
		this.publisher.publishEvent(new RequestEscalated(Subject.of(r), entry, streetOf(r).path()));
	}

	private Region streetOf(Request r) {
		String[] ids = r.regionPath().substring(1).split("/");
		long streetId = Long.parseLong(ids[Math.min(ids.length, 3) - 1]);
		return this.regions.find(streetId).orElseThrow();
	}

	/** The street writes down its study (研判) of an escalated request; only staff and units read it. */
	@Transactional
	public void study(Actor actor, long id, String note) {
		Request r = act(actor, id, Act.STUDY);
		record(actor, r, null, EventKind.STUDIED, required("note", note, 4000), false, this.clock.instant());
	}

	/**
	 * The street summons several units at once (吹哨), each to report in (报到) by the deadline and claim its part.
	 * @param reportWithin working days the units have to report in, or null for the rule of the category
	 */
	@Transactional
	public List<Long> summon(Actor actor, long id, List<Long> organisationIds, Integer reportWithin, String task) {
		Request r = act(actor, id, Act.SUMMON);
		List<Long> ids = organisationIds == null ? List.of() : organisationIds.stream().distinct().toList();
		if (ids.isEmpty()) {
			throw Rejected.field("organisationIds", "request.rejected.noUnits");
		}
		if (reportWithin != null && (reportWithin < 1 || reportWithin > 30)) {
			throw Rejected.field("reportWithin", "request.rejected.reportWithin");
		}
		String work = Violations.note("task", task, 1000);
		List<Unit> units = ids.stream().map(org -> unit(actor, org, null, null)).toList();
		Instant now = this.clock.instant();
		Instant reportDue = this.calendar.due(now,
				reportWithin != null ? reportWithin : this.dictionary.limit(r.categoryId(), r.urgency(), Step.REPORT));
		changed(this.repository.summon(id, now));
		List<Long> parts = new ArrayList<>();
		for (Unit unit : units) {
			parts.add(this.repository.addPart(id, PartRole.SUMMONED, unit, work, PartStatus.SUMMONED, reportDue,
					reportDue, r.reopenCount(), now));
		}
		long entry = record(actor, r, null, EventKind.SUMMONED,
				join(String.join("、", units.stream().map(Unit::name).toList()), work), true, now);
		this.publisher.publishEvent(new UnitsSummoned(Subject.of(r), entry, units));
		return parts;
	}

	/** The street sends an escalated request back to the community, with the reason. */
	@Transactional
	public void returnToCommunity(Actor actor, long id, String reason) {
		Request r = act(actor, id, Act.RETURN);
		String why = required("reason", reason, 1000);
		Instant now = this.clock.instant();
		changed(this.repository.returnToCommunity(id, due(r, Step.DISPATCH, now), now));
		this.publisher.publishEvent(new RequestReturned(Subject.of(r), record(actor, r, null, EventKind.RETURNED, why, false, now)));
	}

	/** A summoned unit reports in (报到); the claim limit starts. */
	@Transactional
	public void report(Actor actor, long id, long partId, String note) {
		actor.require(RequestPermissions.HANDLE);
		Request r = readable(actor, id);
		Part part = partAct(actor, r, partId, PartAct.REPORT);
		String text = note(note);
		Instant now = this.clock.instant();
		changed(this.repository.reportIn(partId, due(r, Step.CLAIM, now), now));
		this.publisher.publishEvent(new PartReported(Subject.of(r), record(actor, r, part.id(), EventKind.REPORTED, text, true, now), partId));
	}

	// --- claiming (领单) and handling ---

	/** The unit claims its part (领单) and starts handling it; the handling limit starts. */
	@Transactional
	public void claim(Actor actor, long id, long partId, String note) {
		actor.require(RequestPermissions.HANDLE);
		Request r = readable(actor, id);
		Part part = partAct(actor, r, partId, PartAct.CLAIM);
		String text = note(note);
		Instant now = this.clock.instant();
		changed(this.repository.claimPart(partId, actor.displayName(), due(r, Step.HANDLE, now), now));
		this.publisher.publishEvent(new PartClaimed(Subject.of(r), record(actor, r, part.id(), EventKind.CLAIMED, text, true, now), partId));
	}

	/**
	 * A progress note, public (the resident sees it and is told) or internal; by a unit on its part or by staff of
	 * the request's region.
	 */
	@Transactional
	public void progress(Actor actor, long id, Long partId, String note, boolean isPublic) {
		Request r;
		Long part = null;
		if (partId != null) {
			r = readable(actor, id);
			part = partAct(actor, r, partId, PartAct.NOTE).id();
		}
		else {
			r = act(actor, id, Act.NOTE);
		}
		String text = required("note", note, NOTE_LENGTH);
		long entry = record(actor, r, part, EventKind.PROGRESS, text, isPublic, this.clock.instant());
		this.publisher.publishEvent(new ProgressNoted(Subject.of(r), entry, part, isPublic));
	}

	/** The unit finishes its part; when every part of the round is done the request waits for the evaluation. */
	@Transactional
	public void finishPart(Actor actor, long id, long partId, String note) {
		actor.require(RequestPermissions.HANDLE);
		Request r = readable(actor, id);
		Part part = partAct(actor, r, partId, PartAct.FINISH);
		String text = required("note", note, NOTE_LENGTH);
		Instant now = this.clock.instant();
		changed(this.repository.finishPart(partId, now));
		long entry = record(actor, r, part.id(), EventKind.PART_DONE, text, true, now);
		this.publisher.publishEvent(new PartFinished(Subject.of(r), entry, partId,
				new Unit(part.organisationId(), part.teamId(), part.personId(), part.unitName())));
		if (RequestLoop.resolves(this.repository.roundStates(id, r.reopenCount())) && this.repository.resolve(id, now)) {
			this.publisher.publishEvent(new RequestResolved(Subject.of(r), record(actor, r, null, EventKind.RESOLVED, null, true, now)));
		}
	}

	// --- evaluation (评单) ---

	/**
	 * The resident evaluates (评单): resolved or not, satisfaction, and stars for each unit that took part.
	 * Unresolved or dissatisfied reopens the request, with the reason, for another round of work.
	 * @param stars the rating of each part of the last round, by part id (1 to 5)
	 */
	@Transactional
	public void evaluate(Actor actor, long id, Boolean resolved, Satisfaction satisfaction, String comment,
			Map<Long, Integer> stars) {
		Request r = act(actor, id, Act.EVALUATE);
		Violations v = new Violations();
		if (resolved == null) {
			v.add("resolved", "validation.required");
		}
		if (satisfaction == null) {
			v.add("satisfaction", "validation.required");
		}
		String why = v.optional("comment", comment, 1000);
		boolean reopen = resolved != null && satisfaction != null && RequestLoop.reopens(resolved, satisfaction);
		if (reopen && why == null && !v.has("comment")) {
			v.add("comment", "request.rejected.reasonForReopening");
		}
		List<Part> round = this.repository.parts(id).stream().filter(p -> p.round() == r.reopenCount()).toList();
		Map<Long, Integer> given = stars == null ? Map.of() : stars;
		for (var e : given.entrySet()) {
			if (round.stream().noneMatch(p -> p.id() == e.getKey())) {
				v.add("stars", "request.rejected.partUnknown");
			}
			else if (e.getValue() == null || e.getValue() < 1 || e.getValue() > 5) {
				v.add("stars", "request.rejected.stars");
			}
		}
		v.throwIfAny();
		Instant now = this.clock.instant();
		changed(this.repository.evaluate(id, resolved, satisfaction, why, due(r, Step.DISPATCH, now), now));
		given.forEach((part, n) -> this.repository.rate(id, part, n, now));
		long entry = record(actor, r, null, EventKind.EVALUATED,
				join((resolved ? "resolved" : "unresolved") + " · " + satisfaction.name(), why), true, now);
		record(actor, r, null, reopen ? EventKind.REOPENED : EventKind.CLOSED, reopen ? why : null, true, now);
		this.publisher.publishEvent(new RequestEvaluated(Subject.of(r), entry, resolved, satisfaction, reopen));
	}

	// --- supervision (督办) ---

	/** Supervisors remind the unit of a part, or the community of the request's own step. */
	@Transactional
	public void remind(Actor actor, long id, Long partId, String note) {
		Request r = act(actor, id, Act.REMIND);
		String text = note(note);
		Instant now = this.clock.instant();
		Unit unit = null;
		Long part = null;
		if (partId != null) {
			Part p = this.repository.part(id, partId).orElseThrow(() -> Rejected.field("partId", "request.rejected.partUnknown"));
			if (p.status() == PartStatus.DONE) {
				throw wrongState();
			}
			unit = new Unit(p.organisationId(), p.teamId(), p.personId(), p.unitName());
			part = p.id();
		}
		this.publisher.publishEvent(new RequestReminded(Subject.of(r), record(actor, r, part, EventKind.REMINDED, text, false, now), unit));
	}

	// --- helpers ---

	/**
	 * The request, when the actor may do the act on it now: a missing permission is 403, a request they may not read
	 * is "not found", and the loop's refusal (not their act, or not in this state) says why.
	 */
	private Request act(Actor actor, long id, Act act) {
		if (act.permission() != null) {
			actor.require(act.permission());
		}
		Request r = readable(actor, id);
		RequestLoop.refusal(act, r.status(), this.access.relation(actor, r), actor).ifPresent(refusal -> {
			throw refusal.forbidden() ? new AccessDenied(act.permission() != null ? act.permission() : RequestPermissions.VIEW)
					: Rejected.because(refusal.messageKey());
		});
		return r;
	}

	private Request readable(Actor actor, long id) {
		Request r = this.repository.find(id, false).orElseThrow(() -> new NotFound(TYPE, id));
		this.access.readable(actor, r);
		return r;
	}

	/** The part, when it is the actor's own and the loop lets them do the act on it now. */
	private Part partAct(Actor actor, Request r, long partId, PartAct act) {
		actor.require(RequestPermissions.HANDLE);
		Part part = this.repository.part(r.id(), partId).orElseThrow(() -> Rejected.field("partId", "request.rejected.partUnknown"));
		if (!RequestAccess.owns(actor, part, this.access.teamIds(actor))) {
			throw Rejected.because("request.rejected.notYourPart");
		}
		RequestLoop.refusal(act, r.status(), part.status()).ifPresent(refusal -> {
			throw Rejected.because(refusal.messageKey());
		});
		return part;
	}

	private Instant due(Request r, Step step, Instant from) {
		return this.calendar.due(from, this.dictionary.limit(r.categoryId(), r.urgency(), step));
	}

	/** Writes the timeline entry and the audit event of an act; the entry's id keys the act's notices. */
	long record(Actor actor, Request r, Long partId, EventKind kind, String note, boolean isPublic, Instant now) {
		long entry = this.repository.event(r.id(), partId, now, actor.accountId(), actor.displayName(), kind, note, isPublic);
		this.events.changed(actor, TYPE, r.id(), RecordChanged.Action.UPDATE, r.regionPath(),
				Map.of("status", r.status().name()), partId == null ? Map.of("act", kind.name())
						: Map.of("act", kind.name(), "partId", partId), note);
		return entry;
	}

	/** A conditional update that changed nothing: someone else acted first. */
	private static void changed(boolean changed) {
		if (!changed) {
			throw wrongState();
		}
	}

	static Rejected wrongState() {
		return Rejected.because("request.rejected.wrongState");
	}

	static String required(String field, String value, int max) {
		Violations v = new Violations();
		String s = v.required(field, value, max);
		v.throwIfAny();
		return s;
	}

	/** A note of an act, checked (at most 2,000 characters, nothing unstorable); null when empty. */
	static String note(String s) {
		return Violations.note("note", s, NOTE_LENGTH);
	}

	static String join(String a, String b) {
		String note = note(b);
		return note == null ? a : a + " · " + note;
	}

	/** The beginning of a text, for a notice. */
	static String abbreviate(String text) {
		return text.length() <= 30 ? text : text.substring(0, 30) + "…";
	}

}
