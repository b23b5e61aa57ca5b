package cn.siwei.request;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.siwei.access.Actor;
import cn.siwei.platform.NotFound;
import cn.siwei.platform.Rejected;
import cn.siwei.platform.Satisfaction;
import cn.siwei.platform.Violations;
import cn.siwei.request.Request.Part;
import cn.siwei.request.RequestEvents.ExtensionAsked;
import cn.siwei.request.RequestEvents.PartClaimed;
import cn.siwei.request.RequestEvents.PartFinished;
import cn.siwei.request.RequestEvents.PartReported;
import cn.siwei.request.RequestEvents.PartSentBack;
import cn.siwei.request.RequestEvents.ProgressNoted;
import cn.siwei.request.RequestEvents.RequestEvaluated;
import cn.siwei.request.RequestEvents.RequestReminded;
import cn.siwei.request.RequestEvents.RequestResolved;
import cn.siwei.request.RequestEvents.Subject;
import cn.siwei.request.RequestEvents.Unit;
import cn.siwei.request.RequestLoop.Act;
import cn.siwei.request.RequestLoop.PartAct;
import cn.siwei.request.RequestTerms.EvaluationMethod;
import cn.siwei.request.RequestTerms.EventKind;
import cn.siwei.request.RequestTerms.PartStatus;
import cn.siwei.request.RequestTerms.Step;

/**
 * The acts once units work on a request: a summoned unit reports in (报到), each unit claims its part (领单), notes
 * its progress and finishes it (the last part done resolves the request); the resident evaluates (评单), which
 * closes the request or reopens it; supervisors remind (督办). Each asks the loop, changes the state in one
 * conditional statement, writes the timeline and publishes its event, as {@link Requests}' acts do.
 */
@Service
public class RequestWork {

	private final RequestRepository repository;

	private final RequestActing acting;

	private final ApplicationEventPublisher publisher;

	private final Clock clock;

	private final MessageSource messages;

	RequestWork(RequestRepository repository, RequestActing acting, ApplicationEventPublisher publisher, Clock clock,
			MessageSource messages) {
		this.messages = messages;
		this.repository = repository;
		this.acting = acting;
		this.publisher = publisher;
		this.clock = clock;
	}

	/** A summoned unit reports in (报到); the claim limit starts. */
	@Transactional
	public void report(Actor actor, long id, long partId, String note) {
		actor.require(RequestPermissions.HANDLE);
		Request r = this.acting.readable(actor, id);
		Part part = this.acting.partAct(actor, r, partId, PartAct.REPORT);
		String text = Requests.note(note);
		Instant now = this.clock.instant();
		Requests.changed(this.repository.reportIn(partId, this.acting.due(r, Step.CLAIM, now), now));
		this.publisher.publishEvent(new PartReported(Subject.of(r), this.acting.record(actor, r, part.id(), EventKind.REPORTED, text, true, now), partId));
	}

	// --- claiming (领单) and handling ---

	/** The unit claims its part (领单) and starts handling it; the handling limit starts. */
	@Transactional
	public void claim(Actor actor, long id, long partId, String note) {
		actor.require(RequestPermissions.HANDLE);
		Request r = this.acting.readable(actor, id);
		Part part = this.acting.partAct(actor, r, partId, PartAct.CLAIM);
		String text = Requests.note(note);
		Instant now = this.clock.instant();
		Requests.changed(this.repository.claimPart(partId, actor.displayName(), this.acting.due(r, Step.HANDLE, now), now));
		this.publisher.publishEvent(new PartClaimed(Subject.of(r), this.acting.record(actor, r, part.id(), EventKind.CLAIMED, text, true, now), partId));
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
			r = this.acting.readable(actor, id);
			part = this.acting.partAct(actor, r, partId, PartAct.NOTE).id();
		}
		else {
			r = this.acting.act(actor, id, Act.NOTE);
		}
		String text = Requests.required("note", note, Requests.NOTE_LENGTH);
		long entry = this.acting.record(actor, r, part, EventKind.PROGRESS, text, isPublic, this.clock.instant());
		this.publisher.publishEvent(new ProgressNoted(Subject.of(r), entry, part, isPublic));
	}

	/** The unit finishes its part; when every part of the round is done the request waits for the evaluation. */
	@Transactional
	public void finishPart(Actor actor, long id, long partId, String note) {
		actor.require(RequestPermissions.HANDLE);
		Request r = this.acting.readable(actor, id);
		Part part = this.acting.partAct(actor, r, partId, PartAct.FINISH);
		String text = Requests.required("note", note, Requests.NOTE_LENGTH);
		Instant now = this.clock.instant();
		Requests.changed(this.repository.finishPart(partId, now));
		long entry = this.acting.record(actor, r, part.id(), EventKind.PART_DONE, text, true, now);
		this.publisher.publishEvent(new PartFinished(Subject.of(r), entry, partId,
				new Unit(part.organisationId(), part.teamId(), part.personId(), part.unitName())));
		if (RequestLoop.resolves(this.repository.roundStates(id, r.reopenCount())) && this.repository.resolve(id, now)) {
			this.publisher.publishEvent(new RequestResolved(Subject.of(r), this.acting.record(actor, r, null, EventKind.RESOLVED, null, true, now)));
		}
	}

	/**
	 * 退单: the unit sends its part back to whoever gave it, with the reason (not theirs, not possible). When no part
	 * of the round is left the request goes back to the community (or, for summoned units, the street) to give again.
	 */
	@Transactional
	public void sendBack(Actor actor, long id, long partId, String reason) {
		actor.require(RequestPermissions.HANDLE);
		Request r = this.acting.readable(actor, id);
		Part part = this.acting.partAct(actor, r, partId, PartAct.SEND_BACK);
		String why = Requests.required("reason", reason, Requests.NOTE_LENGTH);
		Instant now = this.clock.instant();
		Requests.changed(this.repository.sendBack(partId, why, now));
		long entry = this.acting.record(actor, r, partId, EventKind.SENT_BACK, why, false, now);
		boolean back = this.acting.afterPartEnded(actor, r, part, now);
		this.publisher.publishEvent(new PartSentBack(Subject.of(r), entry, partId, Unit.of(part), back));
	}

	/**
	 * 延期申请: the unit asks the dispatcher for more working days for its current step, with the reason; one request
	 * at a time, decided by the dispatcher.
	 */
	@Transactional
	public void askExtension(Actor actor, long id, long partId, Integer days, String reason) {
		actor.require(RequestPermissions.HANDLE);
		Request r = this.acting.readable(actor, id);
		Part part = this.acting.partAct(actor, r, partId, PartAct.ASK_EXTENSION);
		Violations v = new Violations();
		if (days == null || days < 1 || days > MAX_EXTENSION_DAYS) {
			v.add("days", "request.rejected.extensionDays", MAX_EXTENSION_DAYS);
		}
		String why = v.required("reason", reason, 1000);
		if (part.extensionPending()) {
			v.add("days", "request.rejected.extensionPending");
		}
		v.throwIfAny();
		Instant now = this.clock.instant();
		Requests.changed(this.repository.askExtension(partId, days, why));
		long entry = this.acting.record(actor, r, partId, EventKind.EXTENSION_ASKED,
				this.messages.getMessage("request.extensionAskedNote", new Object[] { days, why }, Locale.SIMPLIFIED_CHINESE),
				false, now);
		this.publisher.publishEvent(new ExtensionAsked(Subject.of(r), entry, partId, days));
	}

	/** The most working days one extension may add. */
	static final int MAX_EXTENSION_DAYS = 30;

	// --- evaluation (评单) and call-back (回访) ---

	/**
	 * The resident evaluates (评单): resolved or not, satisfaction, and stars for each unit that took part.
	 * Unresolved or dissatisfied reopens the request, with the reason, for another round of work.
	 * @param stars the rating of each part of the last round, by part id (1 to 5)
	 */
	@Transactional
	public void evaluate(Actor actor, long id, Boolean resolved, Satisfaction satisfaction, String comment,
			Map<Long, Integer> stars) {
		Request r = this.acting.act(actor, id, Act.EVALUATE);
		record(actor, r, Act.EVALUATE, new Verdict(resolved, satisfaction, comment, stars, EvaluationMethod.SELF, null));
	}

	/**
	 * Staff record the resident's evaluation gathered by calling back (回访): by phone or on a visit, with who
	 * answered. It counts as the resident's evaluation, marked as gathered by whom and how.
	 * @param respondent who answered, when not the reporter as registered (a family member)
	 */
	@Transactional
	public void callBack(Actor actor, long id, Boolean resolved, Satisfaction satisfaction, String comment,
			EvaluationMethod method, String respondent) {
		Request r = this.acting.act(actor, id, Act.CALL_BACK);
		if (method != EvaluationMethod.PHONE && method != EvaluationMethod.VISIT) {
			throw Rejected.field("method", "validation.required");
		}
		record(actor, r, Act.CALL_BACK, new Verdict(resolved, satisfaction, comment, Map.of(), method,
				Violations.note("respondent", respondent, 100)));
	}

	/**
	 * The 12345 hotline passes on the evaluation it gathered for a request it pushed (by its own work-order key).
	 * @throws NotFound when the client pushed no request with that key
	 */
	@Transactional
	public long callBackByClient(ApiClients.Client client, String key, Boolean resolved, Satisfaction satisfaction,
			String comment, String respondent) {
		long id = this.repository.pushedWith(client.id(), key == null ? "" : key.trim())
			.orElseThrow(() -> new NotFound("request_intake", 0));
		Request r = this.acting.readable(Actor.SYSTEM, id);
		RequestLoop.refusal(Act.CALL_BACK, r.status(), new RequestLoop.Relation(true, false, false), Actor.SYSTEM)
			.ifPresent(refusal -> {
				throw Rejected.because(refusal.messageKey());
			});
		record(client.actor(), r, Act.CALL_BACK, new Verdict(resolved, satisfaction, comment, Map.of(),
				EvaluationMethod.HOTLINE, Violations.note("respondent", respondent, 100)));
		return id;
	}

	/** An evaluation as given, before its checks. */
	private record Verdict(Boolean resolved, Satisfaction satisfaction, String comment, Map<Long, Integer> stars,
			EvaluationMethod method, String respondent) {
	}

	private void record(Actor actor, Request r, Act act, Verdict verdict) {
		Violations v = new Violations();
		if (verdict.resolved() == null) {
			v.add("resolved", "validation.required");
		}
		if (verdict.satisfaction() == null) {
			v.add("satisfaction", "validation.required");
		}
		String why = v.optional("comment", verdict.comment(), 1000);
		boolean resolved = Boolean.TRUE.equals(verdict.resolved());
		boolean reopen = verdict.resolved() != null && verdict.satisfaction() != null
				&& RequestLoop.reopens(resolved, verdict.satisfaction());
		if (reopen && why == null && !v.has("comment")) {
			v.add("comment", "request.rejected.reasonForReopening");
		}
		List<Part> round = this.repository.parts(r.id()).stream().filter(p -> p.round() == r.reopenCount()).toList();
		Map<Long, Integer> given = verdict.stars() == null ? Map.of() : verdict.stars();
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
		String by = verdict.method() == EvaluationMethod.SELF ? null : actor.displayName();
		Requests.changed(this.repository.evaluate(r.id(), act, resolved, verdict.satisfaction(), why,
				verdict.method(), by, this.acting.due(r, Step.DISPATCH, now), now));
		given.forEach((part, n) -> this.repository.rate(r.id(), part, n, now));
		// the verdict in the platform's language, as the record keeps it (the resident reads it in their timeline)
		Locale zh = Locale.SIMPLIFIED_CHINESE;
		String said = this.messages.getMessage("request.verdict", new Object[] { resolved ? 1 : 0,
				this.messages.getMessage(verdict.satisfaction().messageKey(), null, zh),
				this.messages.getMessage(verdict.method().messageKey(), null, zh) }, zh)
				+ (verdict.respondent() == null ? ""
						: this.messages.getMessage("request.respondent", new Object[] { verdict.respondent() }, zh));
		long entry = this.acting.record(actor, r, null, EventKind.EVALUATED, Requests.join(said, why), true, now);
		this.acting.record(actor, r, null, reopen ? EventKind.REOPENED : EventKind.CLOSED, reopen ? why : null, true,
				now);
		this.publisher.publishEvent(new RequestEvaluated(Subject.of(r), entry, resolved, verdict.satisfaction(),
				verdict.method(), reopen));
	}

	// --- supervision (督办) ---

	/** Supervisors remind the unit of a part, or the community of the request's own step. */
	@Transactional
	public void remind(Actor actor, long id, Long partId, String note) {
		Request r = this.acting.act(actor, id, Act.REMIND);
		String text = Requests.note(note);
		Instant now = this.clock.instant();
		Unit unit = null;
		Long part = null;
		if (partId != null) {
			Part p = this.repository.part(id, partId).orElseThrow(() -> Rejected.field("partId", "request.rejected.partUnknown"));
			if (p.status() == PartStatus.DONE) {
				throw Requests.wrongState();
			}
			unit = new Unit(p.organisationId(), p.teamId(), p.personId(), p.unitName());
			part = p.id();
		}
		this.publisher.publishEvent(new RequestReminded(Subject.of(r), this.acting.record(actor, r, part, EventKind.REMINDED, text, false, now), unit));
	}

}
