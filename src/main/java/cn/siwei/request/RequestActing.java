package cn.siwei.request;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

import cn.siwei.access.AccessDenied;
import cn.siwei.access.Actor;
import cn.siwei.platform.Events;
import cn.siwei.platform.NotFound;
import cn.siwei.platform.RecordChanged;
import cn.siwei.platform.Rejected;
import cn.siwei.request.Request.Part;
import cn.siwei.request.RequestEvents.RequestResolved;
import cn.siwei.request.RequestLoop.Act;
import cn.siwei.request.RequestLoop.PartAct;
import cn.siwei.request.RequestTerms.EventKind;
import cn.siwei.request.RequestTerms.PartRole;
import cn.siwei.request.RequestTerms.PartStatus;
import cn.siwei.request.RequestTerms.Status;
import cn.siwei.request.RequestTerms.Step;

/**
 * What every request act does around its change: checks that the actor may do it now (the permission, the request's
 * scope and the loop's answer, or the part being the actor's own), computes the next step's time limit, and records
 * the act in the timeline and the audit trail. Shared by {@link Requests} and {@link RequestWork}.
 */
@Component
class RequestActing {

	private final RequestRepository repository;

	private final RequestAccess access;

	private final RequestDictionary dictionary;

	private final WorkingCalendar calendar;

	private final Events events;

	private final ApplicationEventPublisher publisher;

	RequestActing(RequestRepository repository, RequestAccess access, RequestDictionary dictionary,
			WorkingCalendar calendar, Events events, ApplicationEventPublisher publisher) {
		this.publisher = publisher;
		this.repository = repository;
		this.access = access;
		this.dictionary = dictionary;
		this.calendar = calendar;
		this.events = events;
	}

	/**
	 * The request, when the actor may do the act on it now: a missing permission is 403, a request they may not read
	 * is "not found", and the loop's refusal (not their act, or not in this state) says why.
	 */
	Request act(Actor actor, long id, Act act) {
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

	Request readable(Actor actor, long id) {
		Request r = this.repository.find(id, false).orElseThrow(() -> new NotFound(Requests.TYPE, id));
		this.access.readable(actor, r);
		return r;
	}

	/** The part, when it is the actor's own and the loop lets them do the act on it now. */
	Part partAct(Actor actor, Request r, long partId, PartAct act) {
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

	Instant due(Request r, Step step, Instant from) {
		return this.calendar.due(from, this.dictionary.limit(r.categoryId(), r.urgency(), step));
	}

	/** Writes the timeline entry and the audit event of an act; the entry's id keys the act's notices. */
	long record(Actor actor, Request r, Long partId, EventKind kind, String note, boolean isPublic, Instant now) {
		long entry = this.repository.event(r.id(), partId, now, actor.accountId(), actor.displayName(), kind, note, isPublic);
		this.events.changed(actor, Requests.TYPE, r.id(), RecordChanged.Action.UPDATE, r.regionPath(),
				Map.of("status", r.status().name()), partId == null ? Map.of("act", kind.name())
						: Map.of("act", kind.name(), "partId", partId), note);
		return entry;
	}

	/** The end of {@code days} working days after {@code from} (an extension of a step's limit). */
	Instant dueAfter(Instant from, int days) {
		return this.calendar.due(from, days);
	}

	/** The part of the request, whatever its state. */
	Part part(Request r, long partId) {
		return this.repository.part(r.id(), partId)
			.orElseThrow(() -> Rejected.field("partId", "request.rejected.partUnknown"));
	}

	/**
	 * After a part of the current round ended without being done: when no part is left the request goes back to
	 * whoever gives it out (the community, or the street for summoned units) with that step's limit; when the others
	 * are all done it is resolved.
	 * @return whether it went back to the dispatcher
	 */
	boolean afterPartEnded(Actor actor, Request r, Part part, Instant now) {
		List<PartStatus> round = this.repository.roundStates(r.id(), r.reopenCount());
		if (RequestLoop.nothingLeft(round)) {
			Status to = part.role() == PartRole.SUMMONED ? Status.ESCALATED : Status.ACCEPTED;
			Requests.changed(this.repository.backToDispatcher(r.id(), to,
					due(r, to == Status.ESCALATED ? Step.STUDY : Step.DISPATCH, now), now));
			return true;
		}
		if (RequestLoop.resolves(round) && this.repository.resolve(r.id(), now)) {
			this.publisher.publishEvent(new RequestResolved(RequestEvents.Subject.of(r),
					record(actor, r, null, EventKind.RESOLVED, null, true, now)));
		}
		return false;
	}

}
