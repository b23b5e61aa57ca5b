package cn.siwei.request;

/**
 * The classifications of a request, its parts, its timeline and its evaluation.
 */
public final class RequestTerms {

	private RequestTerms() {
	}

	/** Where a request came from. */
	public enum Channel {

		/** Submitted by the resident on the platform. */
		ONLINE,
		/** The 12345 hotline. */
		HOTLINE_12345,
		/** Another system through Open311. */
		OPEN311,
		/** A home visit (入户走访). */
		HOME_VISIT,
		/** A 民情恳谈会. */
		TALK_MEETING,
		/** A residents' meeting (居民议事会). */
		RESIDENTS_MEETING,
		/** An owners' meeting (业主大会). */
		OWNERS_MEETING,
		/** A deputies' studio (两代表一委员工作室). */
		DEPUTIES_STUDIO,
		/** Found by staff themselves (自己找). */
		SELF_FOUND,
		/** The business district's service station (商圈党群服务站: a merchant's one-stop door). */
		BUSINESS_DISTRICT;

		public String messageKey() {
			return "request.channel." + name();
		}

		/** Whether staff record requests of this channel by hand. */
		public boolean offline() {
			return this != ONLINE && this != HOTLINE_12345 && this != OPEN311;
		}

	}

	/** How urgent a request is; time limits may differ by urgency. */
	public enum Urgency {

		/** Urgent. */
		URGENT,
		/** Normal. */
		NORMAL;

		public String messageKey() {
			return "request.urgency." + name();
		}

	}

	/** Where a request stands in the loop. */
	public enum Status {

		/** 点单: placed, waiting to be taken. */
		SUBMITTED,
		/** Declined with a reason the resident sees. */
		DECLINED,
		/** 接单: taken, waiting to be dispatched. */
		ACCEPTED,
		/** Escalated to the street, waiting for its study and summons. */
		ESCALATED,
		/** 派单/吹哨: dispatched to one or several units, whose parts are being claimed and handled. */
		DISPATCHED,
		/** Every part done, waiting for the resident's evaluation. */
		RESOLVED,
		/** 评单: evaluated and closed. */
		CLOSED,
		/** Linked to an earlier request about the same thing; the reporter follows that one. */
		DUPLICATE,
		/** 撤单: cancelled by the resident who placed it, with the reason, before it was resolved. */
		CANCELLED;

		public String messageKey() {
			return "request.status." + name();
		}

		/** Whether the request is still being worked on. */
		public boolean open() {
			return this == SUBMITTED || this == ACCEPTED || this == ESCALATED || this == DISPATCHED;
		}

	}

	/** The steps that have a time limit. */
	public enum Step {

		/** From intake to being taken or declined. */
		ACCEPT,
		/** From being taken to being dispatched or escalated. */
		DISPATCH,
		/** From escalation to the street's summons. */
		STUDY,
		/** From a summons to the unit reporting in. */
		REPORT,
		/** From dispatch (or reporting in) to the unit claiming its part. */
		CLAIM,
		/** From claiming to the part being done. */
		HANDLE;

		public String messageKey() {
			return "request.step." + name();
		}

	}

	/** How a unit came to a request. */
	public enum PartRole {

		/** Dispatched by the community (派单). */
		DISPATCHED,
		/** Summoned by the street (吹哨). */
		SUMMONED;

		public String messageKey() {
			return "request.partRole." + name();
		}

	}

	/** Where a unit's part stands. */
	public enum PartStatus {

		/** Summoned, waiting for the unit to report in. */
		SUMMONED,
		/** Dispatched (or reported in), waiting for the unit to claim it. */
		WAITING,
		/** Claimed (领单) and being handled. */
		CLAIMED,
		/** Done. */
		DONE,
		/** Ended without being done: sent back by the unit (退单) or withdrawn by the dispatcher ({@link PartEnd}). */
		ENDED;

		/** The states of a part still to be worked, as an SQL list. */
		public static final String ACTIVE_SQL = "('SUMMONED', 'WAITING', 'CLAIMED')";

		public boolean active() {
			return this == SUMMONED || this == WAITING || this == CLAIMED;
		}

		public String messageKey() {
			return "request.partStatus." + name();
		}

	}

	/** How a part ended without being done. */
	public enum PartEnd {

		/** 退单: the unit sent it back, as not theirs or not possible, with the reason. */
		SENT_BACK,
		/** The dispatcher withdrew it before anyone claimed it. */
		WITHDRAWN,
		/** The resident cancelled the request while the part was being worked. */
		CANCELLED;

		public String messageKey() {
			return "request.partEnd." + name();
		}

	}

	/** How a resident's evaluation was gathered. */
	public enum EvaluationMethod {

		/** The resident evaluated it themselves, on the phone page or the app. */
		SELF,
		/** Staff called the resident back (电话回访). */
		PHONE,
		/** Staff asked on a visit (上门回访). */
		VISIT,
		/** The 12345 hotline called back and passed the answer on. */
		HOTLINE;

		public String messageKey() {
			return "request.evaluationMethod." + name();
		}

	}

	/** What happened to a request, as its timeline tells it. */
	public enum EventKind {

		/** Placed by the resident. */
		SUBMITTED,
		/** Recorded by staff from an offline source. */
		RECORDED,
		/** Pushed by another system. */
		RECEIVED,
		/** Taken (接单). */
		ACCEPTED,
		/** Declined, with the reason. */
		DECLINED,
		/** Dispatched to a unit (派单). */
		DISPATCHED,
		/** Moved to a lower region node by the staff above it. */
		ROUTED,
		/** Escalated from the community to the street. */
		ESCALATED,
		/** Studied by the street (研判). */
		STUDIED,
		/** Units summoned by the street (吹哨). */
		SUMMONED,
		/** Sent back to the community by the street. */
		RETURNED,
		/** A unit reported in (报到). */
		REPORTED,
		/** A unit claimed its part (领单). */
		CLAIMED,
		/** A progress note. */
		PROGRESS,
		/** A unit finished its part. */
		PART_DONE,
		/** Every part done. */
		RESOLVED,
		/** Evaluated by the resident (评单). */
		EVALUATED,
		/** Reopened after an evaluation of unresolved or dissatisfied. */
		REOPENED,
		/** Closed. */
		CLOSED,
		/** Linked as a duplicate of another request. */
		LINKED_DUPLICATE,
		/** The link to another request was undone: the request is its own again. */
		UNLINKED_DUPLICATE,
		/** A step passed its time limit. */
		OVERDUE,
		/** Staff wait for the reporter (等待补充): the clock stops. */
		WAITING,
		/** The wait ended: the limits move by the time waited. */
		RESUMED,
		/** A step is close to its time limit. */
		DUE_SOON,
		/** Supervisors reminded a unit (督办). */
		REMINDED,
		/** The report was linked to the registered resident who made it. */
		REPORTER_LINKED,
		/** The resident whose phone the caller used was found not to be the caller. */
		REPORTER_NOT_LINKED,
		/** 退单: a unit sent its part back. */
		SENT_BACK,
		/** The dispatcher withdrew a part. */
		WITHDRAWN,
		/** 延期申请: a unit asked for more time. */
		EXTENSION_ASKED,
		/** The dispatcher granted the extension. */
		EXTENSION_GRANTED,
		/** The dispatcher refused the extension. */
		EXTENSION_REFUSED,
		/** 催办: the resident urged it on. */
		URGED,
		/** 补充: the resident added to what they said (text, a photo). */
		SUPPLEMENTED,
		/** 撤单: the resident cancelled it, with the reason. */
		CANCELLED;

		public String messageKey() {
			return "request.event." + name();
		}

	}

}
