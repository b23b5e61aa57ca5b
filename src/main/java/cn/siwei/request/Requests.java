package cn.siwei.request;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.siwei.access.AccessDenied;
import cn.siwei.access.Actor;
import cn.siwei.organisation.Organisations;
import cn.siwei.organisation.Teams;
import cn.siwei.people.People;
import cn.siwei.platform.NotFound;
import cn.siwei.platform.Rejected;
import cn.siwei.platform.Violations;
import cn.siwei.region.Region;
import cn.siwei.region.Regions;
import cn.siwei.request.Request.Part;
import cn.siwei.request.RequestEvents.ExtensionDecided;
import cn.siwei.request.RequestEvents.PartWithdrawn;
import cn.siwei.request.RequestEvents.RequestAccepted;
import cn.siwei.request.RequestEvents.RequestDeclined;
import cn.siwei.request.RequestEvents.RequestDispatched;
import cn.siwei.request.RequestEvents.RequestEscalated;
import cn.siwei.request.RequestEvents.RequestLinkedAsDuplicate;
import cn.siwei.request.RequestEvents.RequestUnlinked;
import cn.siwei.request.RequestEvents.RequestReturned;
import cn.siwei.request.RequestEvents.RequestRouted;
import cn.siwei.request.RequestEvents.Subject;
import cn.siwei.request.RequestEvents.Unit;
import cn.siwei.request.RequestEvents.UnitsSummoned;
import cn.siwei.request.RequestLoop.Act;
import cn.siwei.request.RequestTerms.EventKind;
import cn.siwei.request.RequestTerms.PartRole;
import cn.siwei.request.RequestTerms.PartStatus;
import cn.siwei.request.RequestTerms.Status;
import cn.siwei.request.RequestTerms.Step;

/**
 * The acts of the five-order loop after a request came in ({@link RequestRecording}): taken (接单), dispatched (派单)
 * — or escalated to the street, which summons units (吹哨) that report in (报到) — claimed and handled by each unit
 * (领单, in {@link RequestWork}), evaluated by the resident (评单). Each act asks the loop ({@link RequestLoop}) whether the actor may do it
 * now, changes the state in one conditional statement named after the act, writes the timeline and publishes its
 * event ({@link RequestEvents}), to which notices and others listen. The units' work on their parts, the
 * resident's evaluation and supervision are {@link RequestWork}.
 */
@Service
public class Requests {

	static final String TYPE = RequestAccess.TYPE;

	static final int NOTE_LENGTH = 2000;

	private final RequestRepository repository;

	private final RequestActing acting;

	private final RequestDictionary dictionary;

	private final WorkingCalendar calendar;

	private final Regions regions;

	private final People people;

	private final Organisations organisations;

	private final Teams teams;

	private final ApplicationEventPublisher publisher;

	private final Clock clock;

	Requests(RequestRepository repository, RequestActing acting, RequestDictionary dictionary, WorkingCalendar calendar,
			Regions regions, People people, Organisations organisations, Teams teams,
			ApplicationEventPublisher publisher, Clock clock) {
		this.repository = repository;
		this.acting = acting;
		this.dictionary = dictionary;
		this.calendar = calendar;
		this.regions = regions;
		this.people = people;
		this.organisations = organisations;
		this.teams = teams;
		this.publisher = publisher;
		this.clock = clock;
	}

	// --- taking (接单), declining, routing, duplicates ---

	/** The community or compound takes the request (接单); the dispatch limit starts. */
	@Transactional
	public void accept(Actor actor, long id, String note) {
		Request r = this.acting.act(actor, id, Act.ACCEPT);
		String text = note(note);
		Instant now = this.clock.instant();
		changed(this.repository.accept(id, this.acting.due(r, Step.DISPATCH, now), now));
		this.publisher.publishEvent(new RequestAccepted(Subject.of(r), this.acting.record(actor, r, null, EventKind.ACCEPTED, text, true, now)));
	}

	/** Declines the request with a reason the resident sees. */
	@Transactional
	public void decline(Actor actor, long id, String reason) {
		Request r = this.acting.act(actor, id, Act.DECLINE);
		String why = required("reason", reason, 1000);
		Instant now = this.clock.instant();
		changed(this.repository.decline(id, why, now));
		this.publisher.publishEvent(new RequestDeclined(Subject.of(r), this.acting.record(actor, r, null, EventKind.DECLINED, why, true, now)));
	}

	/** Staff above the request's node send it down to the community or compound it concerns. */
	@Transactional
	public void route(Actor actor, long id, Long regionId, String note) {
		Request r = this.acting.act(actor, id, Act.ROUTE);
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
		long entry = this.acting.record(actor, r, null, EventKind.ROUTED, join(target.name(), text), false, now);
		this.publisher.publishEvent(new RequestRouted(Subject.of(r), entry, target.path()));
	}

	/**
	 * Links the request to an earlier one about the same thing, in the actor's region: it leaves the figures and the
	 * reporter follows the original.
	 */
	@Transactional
	public void linkDuplicate(Actor actor, long id, Long originalId) {
		Request r = this.acting.act(actor, id, Act.LINK_DUPLICATE);
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
		long entry = this.acting.record(actor, r, null, EventKind.LINKED_DUPLICATE, "#" + original.id(), true, now);
		this.publisher.publishEvent(new RequestLinkedAsDuplicate(Subject.of(r), entry, original.id()));
	}

	/** A link made in error is undone: the request is its own again, waiting to be taken, with a new limit. */
	@Transactional
	public void unlinkDuplicate(Actor actor, long id, String reason) {
		Request r = this.acting.act(actor, id, Act.UNLINK_DUPLICATE);
		String why = note(reason);
		Instant now = this.clock.instant();
		changed(this.repository.unlinkDuplicate(id, this.acting.due(r, Step.ACCEPT, now), now));
		long entry = this.acting.record(actor, r, null, EventKind.UNLINKED_DUPLICATE,
				join("#" + r.duplicateOf(), why), true, now);
		this.publisher.publishEvent(new RequestUnlinked(Subject.of(r), entry, r.duplicateOf()));
	}

	// --- dispatch (派单) ---

	/** Dispatches a taken request to a unit: an organisation, a team or a person (a party member, say). */
	@Transactional
	public long dispatch(Actor actor, long id, Long organisationId, Long teamId, Long personId, String task) {
		Request r = this.acting.act(actor, id, Act.DISPATCH);
		Unit unit = unit(actor, organisationId, teamId, personId);
		String work = Violations.note("task", task, 1000);
		Instant now = this.clock.instant();
		changed(this.repository.dispatch(id, now));
		long part = this.repository.addPart(id, PartRole.DISPATCHED, unit, work, PartStatus.WAITING, null,
				this.acting.due(r, Step.CLAIM, now), r.reopenCount(), now);
		// the resident sees to whom it went; the instruction to the unit stays on its part, for staff and the unit
		long entry = this.acting.record(actor, r, part, EventKind.DISPATCHED, unit.name(), true, now);
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

	// --- waiting for the reporter (等待补充) ---

	/**
	 * Staff wait for the reporter — a merchant's documents, a resident's answer — with the reason: the clock stops
	 * (the request's and its parts' limits set aside; nothing is flagged late while it waits).
	 */
	@Transactional
	public void waitForReporter(Actor actor, long id, String reason) {
		Request r = this.acting.act(actor, id, Act.WAIT);
		String why = required("reason", reason, 1000);
		if (r.waiting()) {
			throw Rejected.because("request.rejected.waitingAlready");
		}
		Instant now = this.clock.instant();
		if (!this.repository.waitFor(id, why, now)) {
			throw Rejected.because("request.rejected.wrongState");
		}
		this.acting.record(actor, r, null, EventKind.WAITING, why, true, now);
	}

	/** The wait ends (what was asked for came): the limits come back moved by the time waited. */
	@Transactional
	public void resume(Actor actor, long id, String note) {
		Request r = this.acting.act(actor, id, Act.WAIT);
		if (!r.waiting()) {
			throw Rejected.because("request.rejected.notWaiting");
		}
		Instant now = this.clock.instant();
		if (!this.repository.resume(id, now)) {
			throw Rejected.because("request.rejected.notWaiting");
		}
		String text = note == null || note.isBlank() ? null : required("note", note, 1000);
		this.acting.record(actor, r, null, EventKind.RESUMED, text, true, now);
	}

	// --- whistle and report (街乡吹哨、部门报到) ---

	/** The community sends a request it cannot solve up to the street. */
	@Transactional
	public void escalate(Actor actor, long id, String reason) {
		Request r = this.acting.act(actor, id, Act.ESCALATE);
		String why = required("reason", reason, 1000);
		Instant now = this.clock.instant();
		changed(this.repository.escalate(id, this.acting.due(r, Step.STUDY, now), now));
		long entry = this.acting.record(actor, r, null, EventKind.ESCALATED, why, true, now);
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
		Request r = this.acting.act(actor, id, Act.STUDY);
		this.acting.record(actor, r, null, EventKind.STUDIED, required("note", note, 4000), false, this.clock.instant());
	}

	/**
	 * The street summons several units at once (吹哨), each to report in (报到) by the deadline and claim its part.
	 * @param reportWithin working days the units have to report in, or null for the rule of the category
	 */
	@Transactional
	public List<Long> summon(Actor actor, long id, List<Long> organisationIds, Integer reportWithin, String task) {
		Request r = this.acting.act(actor, id, Act.SUMMON);
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
		long entry = this.acting.record(actor, r, null, EventKind.SUMMONED,
				String.join("、", units.stream().map(Unit::name).toList()), true, now);
		this.publisher.publishEvent(new UnitsSummoned(Subject.of(r), entry, units));
		return parts;
	}

	/** The street sends an escalated request back to the community, with the reason. */
	@Transactional
	public void returnToCommunity(Actor actor, long id, String reason) {
		Request r = this.acting.act(actor, id, Act.RETURN);
		String why = required("reason", reason, 1000);
		Instant now = this.clock.instant();
		changed(this.repository.returnToCommunity(id, this.acting.due(r, Step.DISPATCH, now), now));
		this.publisher.publishEvent(new RequestReturned(Subject.of(r), this.acting.record(actor, r, null, EventKind.RETURNED, why, false, now)));
	}

	// --- the dispatcher's parts ---

	/**
	 * The dispatcher withdraws a part nobody claimed (a unit that does not answer, the wrong unit), with the reason;
	 * when no part of the round is left the request is theirs to give again.
	 */
	@Transactional
	public void withdrawPart(Actor actor, long id, Long partId, String reason) {
		Request r = this.acting.act(actor, id, Act.WITHDRAW_PART);
		Part part = this.acting.part(r, partId == null ? -1 : partId);
		if (!RequestLoop.withdrawable(part.status()) || part.round() != r.reopenCount()) {
			throw Rejected.because("request.rejected.partClaimed");
		}
		String why = required("reason", reason, NOTE_LENGTH);
		Instant now = this.clock.instant();
		changed(this.repository.withdrawPart(part.id(), why, now));
		long entry = this.acting.record(actor, r, part.id(), EventKind.WITHDRAWN, why, false, now);
		boolean back = this.acting.afterPartEnded(actor, r, part, now);
		this.publisher.publishEvent(new PartWithdrawn(Subject.of(r), entry, part.id(), Unit.of(part), back));
	}

	/** The dispatcher grants (the step's limit moves by the days asked) or refuses a unit's request for more time. */
	@Transactional
	public void decideExtension(Actor actor, long id, Long partId, boolean grant, String note) {
		Request r = this.acting.act(actor, id, Act.DECIDE_EXTENSION);
		Part part = this.acting.part(r, partId == null ? -1 : partId);
		if (!part.extensionPending()) {
			throw Rejected.because("request.rejected.noExtensionPending");
		}
		String text = note(note);
		Instant now = this.clock.instant();
		Instant due = part.dueAt() == null ? null : this.acting.dueAfter(part.dueAt(), part.extensionDays());
		changed(this.repository.decideExtension(part.id(), grant, due));
		long entry = this.acting.record(actor, r, part.id(),
				grant ? EventKind.EXTENSION_GRANTED : EventKind.EXTENSION_REFUSED, text, false, now);
		this.publisher.publishEvent(new ExtensionDecided(Subject.of(r), entry, part.id(), Unit.of(part), grant));
	}

	// --- the reporter ---

	/**
	 * Staff confirm (or dismiss) that a phoned-in request comes from the registered resident whose phone it was
	 * made from; confirmed, the resident follows it and evaluates it as their own.
	 */
	@Transactional
	public void confirmReporter(Actor actor, long id, boolean same) {
		actor.require(RequestPermissions.ACCEPT);
		Request r = this.acting.readable(actor, id);
		if (!RequestAccess.staffOf(actor, r)) {
			throw new AccessDenied(RequestPermissions.ACCEPT);
		}
		long candidate = this.repository.reporterCandidate(id)
			.orElseThrow(() -> Rejected.because("request.rejected.noReporterCandidate"));
		Instant now = this.clock.instant();
		changed(this.repository.linkReporter(id, candidate, same ? candidate : null, now));
		this.acting.record(actor, r, null, same ? EventKind.REPORTER_LINKED : EventKind.REPORTER_NOT_LINKED, null, false,
				now);
	}

	/** A conditional update that changed nothing: someone else acted first. */
	static void changed(boolean changed) {
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
