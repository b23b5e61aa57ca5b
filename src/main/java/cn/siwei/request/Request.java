package cn.siwei.request;

import java.time.Instant;

import cn.siwei.platform.Masking;
import cn.siwei.platform.Satisfaction;
import cn.siwei.request.RequestTerms.Channel;
import cn.siwei.request.RequestTerms.EvaluationMethod;
import cn.siwei.request.RequestTerms.EventKind;
import cn.siwei.request.RequestTerms.PartEnd;
import cn.siwei.request.RequestTerms.PartRole;
import cn.siwei.request.RequestTerms.PartStatus;
import cn.siwei.request.RequestTerms.Status;
import cn.siwei.request.RequestTerms.Step;
import cn.siwei.request.RequestTerms.Urgency;

/**
 * A request as listed and shown. The reporter's phone is masked unless the reader may see it whole.
 *
 * @param id the request
 * @param regionId the region node it concerns
 * @param regionPath that node's path
 * @param regionName that node's name
 * @param categoryId its category
 * @param categoryCode the category's code (the Open311 service code)
 * @param categoryName the category's name in the reader's language
 * @param description what the resident asks
 * @param address where, in words
 * @param lat latitude, if given
 * @param lon longitude, if given
 * @param mediaUrl a photo's address given by another system
 * @param reporterPersonId the reporting resident's person record, if known
 * @param reporterName the reporter's name as given
 * @param reporterPhone the reporter's phone as given (masked for most readers)
 * @param channel where it came from
 * @param urgency how urgent
 * @param status where it stands
 * @param duplicateOf the original, when this one is a duplicate
 * @param acceptDueAt by when it must be taken
 * @param acceptedAt when it was taken
 * @param declinedReason why it was declined
 * @param dueAt due time of the request's current own step, if any
 * @param escalated whether it went up to the street
 * @param resolvedAt when every part was done
 * @param evaluatedAt when the resident evaluated it
 * @param resolved the resident's verdict: resolved or not
 * @param satisfaction the resident's satisfaction
 * @param evaluationMethod how the latest evaluation was gathered (by the resident, or on a call-back)
 * @param evaluatedBy who recorded it, when staff or the hotline called back
 * @param reopenCount how often it was reopened
 * @param urgeCount how often the resident urged it on (催办)
 * @param externalId the id the pushing system gave it
 * @param createdAt when it was placed
 * @param updatedAt when it last changed
 */
public record Request(long id, long regionId, String regionPath, String regionName, long categoryId, String categoryCode,
		String categoryName, String description, String address, Double lat, Double lon, String mediaUrl,
		Long reporterPersonId, String reporterName, String reporterPhone, Channel channel, Urgency urgency,
		Status status, Long duplicateOf, Instant acceptDueAt, Instant acceptedAt, String declinedReason, Instant dueAt,
		boolean escalated, Instant resolvedAt, Instant evaluatedAt, Boolean resolved, Satisfaction satisfaction,
		EvaluationMethod evaluationMethod, String evaluatedBy, int reopenCount, int urgeCount, String externalId, Instant createdAt, Instant updatedAt,
		Instant waitingSince, String waitingReason) {

	/** Whether staff are waiting for the reporter: the clock stands still. */
	public boolean waiting() {
		return this.waitingSince != null && (this.status == Status.ACCEPTED || this.status == Status.DISPATCHED);
	}

	/** Whether the request's own current step is past its limit at {@code now}. */
	public boolean overdueAt(Instant now) {
		return this.dueAt != null && now.isAfter(this.dueAt);
	}

	/** The same request with the reporter's phone masked. */
	Request masked() {
		return new Request(this.id, this.regionId, this.regionPath, this.regionName, this.categoryId, this.categoryCode,
				this.categoryName, this.description, this.address, this.lat, this.lon, this.mediaUrl,
				this.reporterPersonId, this.reporterName, Masking.phone(this.reporterPhone),
				this.channel, this.urgency, this.status, this.duplicateOf, this.acceptDueAt, this.acceptedAt,
				this.declinedReason, this.dueAt, this.escalated, this.resolvedAt, this.evaluatedAt, this.resolved,
				this.satisfaction, this.evaluationMethod, this.evaluatedBy, this.reopenCount, this.urgeCount, this.externalId,
				this.createdAt, this.updatedAt, this.waitingSince, this.waitingReason);
	}

	/**
	 * The request as shown to a resident who follows it but did not place it (they placed a duplicate of it): what
	 * the problem is and how it goes, nothing about who reported it or where they live.
	 */
	Request publicView() {
		return new Request(this.id, this.regionId, this.regionPath, this.regionName, this.categoryId, this.categoryCode,
				this.categoryName, this.description, null, null, null, this.mediaUrl, null, null, null, this.channel,
				this.urgency, this.status, this.duplicateOf, this.acceptDueAt, this.acceptedAt, this.declinedReason,
				this.dueAt, this.escalated, this.resolvedAt, this.evaluatedAt, this.resolved, this.satisfaction,
				this.evaluationMethod, null, this.reopenCount, this.urgeCount, null, this.createdAt, this.updatedAt,
				this.waitingSince, this.waitingReason);
	}

	/**
	 * A unit's part of a request: dispatched to it by the community or summoned by the street.
	 *
	 * @param id the part
	 * @param requestId its request
	 * @param role dispatched or summoned
	 * @param organisationId the unit, when an organisation
	 * @param teamId the unit, when a team
	 * @param personId the unit, when one person (a party member, a grid worker)
	 * @param unitName the unit's name
	 * @param task what the unit is asked to do
	 * @param status where it stands
	 * @param reportDueAt by when a summoned unit must report in
	 * @param reportedAt when it reported in
	 * @param claimedAt when it was claimed
	 * @param claimedBy who claimed it
	 * @param doneAt when it was done
	 * @param dueAt due time of its current step
	 * @param late whether some step of it missed its limit
	 * @param round the round of work (parts of earlier rounds stay when a request is reopened)
	 * @param stars the resident's rating of the unit, if given
	 * @param end how it ended without being done, if it did
	 * @param endReason why
	 * @param extensionDays the working days more the unit asked for, while the dispatcher has not decided
	 * @param extensionReason why it asked
	 */
	public record Part(long id, long requestId, PartRole role, Long organisationId, Long teamId, Long personId,
			String unitName, String task, PartStatus status, Instant reportDueAt, Instant reportedAt,
			Instant claimedAt, String claimedBy, Instant doneAt, Instant dueAt, boolean late, int round,
			Integer stars, PartEnd end, String endReason, Integer extensionDays, String extensionReason) {

		public boolean overdueAt(Instant now) {
			return this.status.active() && this.dueAt != null && now.isAfter(this.dueAt);
		}

		/** Whether the unit asked for more time and the dispatcher has not decided yet. */
		public boolean extensionPending() {
			return this.extensionDays != null;
		}

	}

	/**
	 * One entry of the timeline.
	 *
	 * @param at when
	 * @param actorName who
	 * @param kind what
	 * @param note the note, reason or answer
	 * @param unitName the unit it concerns, if one
	 * @param isPublic whether the resident sees it
	 */
	public record Entry(Instant at, String actorName, EventKind kind, String note, String unitName, boolean isPublic) {
	}

	/**
	 * A category of requests, which is also an Open311 service.
	 *
	 * @param id the category
	 * @param code its code (the service code)
	 * @param name its name in the reader's language
	 * @param description what it covers
	 * @param group its Open311 group
	 * @param keywords its Open311 keywords
	 * @param attributes its Open311 attributes as JSON
	 */
	public record Category(long id, String code, String name, String description, String group, String keywords,
			String attributes) {
	}

	/**
	 * A reply template.
	 *
	 * @param id the template
	 * @param categoryId the category it is for, or null for any
	 * @param title its title
	 * @param body the text it puts into a public note
	 */
	public record Template(long id, Long categoryId, String title, String body) {
	}

	/**
	 * A time-limit rule.
	 *
	 * @param id the rule
	 * @param categoryId its category, or null for all
	 * @param categoryName that category's name
	 * @param urgency its urgency, or null for all
	 * @param step the step it limits
	 * @param workingDays the limit
	 */
	public record Limit(long id, Long categoryId, String categoryName, Urgency urgency, Step step, int workingDays) {
	}

	/**
	 * An open part given to the actor's unit, with its request, for the unit's work list.
	 *
	 * @param part the part
	 * @param request its request
	 */
	public record Task(Part part, Request request) {
	}

	/**
	 * A line of the supervision list: an open step of a request or of one of its parts, with its limit.
	 *
	 * @param request the request
	 * @param part the part, when the step is a part's
	 * @param dueAt the limit
	 */
	public record Supervised(Request request, Part part, Instant dueAt) {
	}

}
