package cn.siwei.request;

import java.util.List;

import cn.siwei.platform.Satisfaction;
import cn.siwei.request.RequestTerms.Channel;

/**
 * What happened to requests, in the past tense: one event per act of the loop, published in the act's transaction.
 * They are the request capability's API to the rest of the platform: notices, points and figures react to them
 * with {@code @ApplicationModuleListener} instead of being called from every act. The event publication registry
 * stores each with the act, so a listener that failed, or a process that died before its listeners ran, gets it
 * again at the next start; each event's {@code entryId} (its timeline entry) lets a listener drop a repeat.
 */
public final class RequestEvents {

	private RequestEvents() {
	}

	/**
	 * The request an event is about, as its listeners need it.
	 *
	 * @param id the request
	 * @param regionPath where it is
	 * @param reporterPersonId the resident who placed it, if known
	 * @param summary the beginning of its text, for a notice
	 */
	public record Subject(long id, String regionPath, Long reporterPersonId, String summary) {

		static Subject of(Request r) {
			return new Subject(r.id(), r.regionPath(), r.reporterPersonId(), Requests.abbreviate(r.description()));
		}

	}

	/**
	 * A unit given a part: an organisation, a team, or a person.
	 *
	 * @param organisationId an organisation
	 * @param teamId or a team
	 * @param personId or a person
	 * @param name its name
	 */
	public record Unit(Long organisationId, Long teamId, Long personId, String name) {

		static Unit of(Request.Part part) {
			return new Unit(part.organisationId(), part.teamId(), part.personId(), part.unitName());
		}

	}

	/** Every request event: what it is about and the timeline entry it wrote. */
	public sealed interface RequestEvent {

		Subject subject();

		long entryId();

	}

	/** A request came in (点单): placed by a resident, recorded by staff or pushed by another system. */
	public record RequestPlaced(Subject subject, long entryId, Channel channel) implements RequestEvent {
	}

	/** 接单: taken by the community. */
	public record RequestAccepted(Subject subject, long entryId) implements RequestEvent {
	}

	/** Declined, with the reason the resident sees. */
	public record RequestDeclined(Subject subject, long entryId) implements RequestEvent {
	}

	/** Sent down to the community or compound it concerns. */
	public record RequestRouted(Subject subject, long entryId, String toPath) implements RequestEvent {
	}

	/** Linked as a duplicate of an earlier request, which its reporter now follows. */
	public record RequestLinkedAsDuplicate(Subject subject, long entryId, long originalId) implements RequestEvent {
	}

	/** 派单: a part given to a unit. */
	public record RequestDispatched(Subject subject, long entryId, long partId, Unit unit) implements RequestEvent {
	}

	/** Sent up to the street. */
	public record RequestEscalated(Subject subject, long entryId, String streetPath) implements RequestEvent {
	}

	/** 吹哨: units summoned by the street, each with its part. */
	public record UnitsSummoned(Subject subject, long entryId, List<Unit> units) implements RequestEvent {
	}

	/** Sent back to the community by the street. */
	public record RequestReturned(Subject subject, long entryId) implements RequestEvent {
	}

	/** 报到: a summoned unit reported in. */
	public record PartReported(Subject subject, long entryId, long partId) implements RequestEvent {
	}

	/** 领单: a unit claimed its part. */
	public record PartClaimed(Subject subject, long entryId, long partId) implements RequestEvent {
	}

	/** A progress note; public ones are told to the reporter. */
	public record ProgressNoted(Subject subject, long entryId, Long partId, boolean isPublic) implements RequestEvent {
	}

	/** A unit finished its part. */
	public record PartFinished(Subject subject, long entryId, long partId, Unit unit) implements RequestEvent {
	}

	/** 退单: a unit sent its part back, with the reason; {@code backToDispatcher} when no part of the round is left. */
	public record PartSentBack(Subject subject, long entryId, long partId, Unit unit, boolean backToDispatcher)
			implements RequestEvent {
	}

	/** The dispatcher withdrew a part nobody had claimed. */
	public record PartWithdrawn(Subject subject, long entryId, long partId, Unit unit, boolean backToDispatcher)
			implements RequestEvent {
	}

	/** 延期申请: a unit asked for more time. */
	public record ExtensionAsked(Subject subject, long entryId, long partId, int days) implements RequestEvent {
	}

	/** The dispatcher granted or refused a unit's request for more time. */
	public record ExtensionDecided(Subject subject, long entryId, long partId, Unit unit, boolean granted)
			implements RequestEvent {
	}

	/** Every part done: the request waits for the resident's evaluation. */
	public record RequestResolved(Subject subject, long entryId) implements RequestEvent {
	}

	/** 评单: evaluated by the resident; closed, or reopened for another round. */
	public record RequestEvaluated(Subject subject, long entryId, boolean resolved, Satisfaction satisfaction,
			RequestTerms.EvaluationMethod method, boolean reopened) implements RequestEvent {
	}

	/** 督办: supervisors reminded a unit, or the community when {@code unit} is null. */
	public record RequestReminded(Subject subject, long entryId, Unit unit) implements RequestEvent {
	}

	/** A step passed its limit (or came within the warning time of it, when {@code dueSoon}), flagged once. */
	public record StepFlagged(Subject subject, long entryId, Unit unit, boolean dueSoon) implements RequestEvent {
	}

	/** 催办: the resident urged it on; {@code units} are those with a part still being worked. */
	public record RequestUrged(Subject subject, long entryId, int times, List<Unit> units) implements RequestEvent {
	}

	/** 补充: the resident added to what they said; {@code units} are those with a part still being worked. */
	public record RequestSupplemented(Subject subject, long entryId, List<Unit> units) implements RequestEvent {
	}

	/** 撤单: the resident cancelled it; {@code units} are those whose parts ended with it. */
	public record RequestCancelled(Subject subject, long entryId, List<Unit> units) implements RequestEvent {
	}

	/** A link to another request was undone; the request is its own again. */
	public record RequestUnlinked(Subject subject, long entryId, Long formerOriginalId) implements RequestEvent {
	}

}
