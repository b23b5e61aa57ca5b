package cn.siwei.wish;

/**
 * The classifications of a wish and of its evaluation.
 */
public final class WishTerms {

	private WishTerms() {
	}

	/** 轻重缓急: how urgent. */
	public enum Urgency {

		/** Urgent. */
		URGENT,
		/** Normal. */
		NORMAL,
		/** Can wait. */
		LOW;

		public String messageKey() {
			return "wish.urgency." + name();
		}

	}

	/** 难易程度: how hard. */
	public enum Difficulty {

		/** Easy. */
		EASY,
		/** Medium. */
		MEDIUM,
		/** Hard. */
		HARD;

		public String messageKey() {
			return "wish.difficulty." + name();
		}

	}

	/** How a wish was collected. */
	public enum Channel {

		/** A public notice. */
		NOTICE,
		/** A wish mailbox. */
		MAILBOX,
		/** A home visit. */
		HOME_VISIT,
		/** A phone call. */
		PHONE,
		/** A meeting. */
		MEETING,
		/** Submitted by the resident online. */
		ONLINE;

		public String messageKey() {
			return "wish.channel." + name();
		}

	}

	/** What an entry of the timeline records. */
	public enum EventKind {

		/** Collected by a worker. */
		COLLECTED,
		/** Submitted by the resident. */
		SUBMITTED,
		/** Claimed by a force. */
		CLAIMED,
		/** Assigned to a force by community staff. */
		ASSIGNED,
		/** Contact made; completion date committed. */
		CONTACTED,
		/** The contact deadline passed without contact. */
		CONTACT_OVERDUE,
		/** The committed date passed without completion. */
		COMPLETION_OVERDUE,
		/** Followed up by phone or visit. */
		FOLLOWED_UP,
		/** Reminded and urged (提醒督促). */
		REMINDED,
		/** Transferred to another force (转办). */
		TRANSFERRED,
		/** Praised (反馈表扬). */
		PRAISED,
		/** Completed. */
		COMPLETED,
		/** Evaluated. */
		EVALUATED,
		/** Sent back to work after a dissatisfied evaluation. */
		REOPENED;

		public String messageKey() {
			return "wish.event." + name();
		}

	}

}
