package cn.siwei.points;

/** The words of the points ledger. */
public final class PointsTerms {

	private PointsTerms() {
	}

	/** Whose an account is. */
	public enum AccountKind {

		/** A household's, held by its registered person; never below zero. */
		HOLDER,
		/** Where awarded points come from, one per rule (its balance is minus what the rule gave). */
		ISSUANCE,
		/** Points reserved for a redemption not yet collected (two-phase, as TigerBeetle's pending transfers). */
		HELD,
		/** A store's: what residents spent there. */
		STORE,
		/** Expired points. */
		EXPIRED,
		/** Corrections that are not reversals of one posting. */
		ADJUSTMENT;

		public String messageKey() {
			return "points.account." + name();
		}

	}

	/** What a posting is. */
	public enum TransferKind {

		/** Points earned by a rule. */
		AWARD,
		/** Points reserved for a redemption. */
		HOLD,
		/** A reserved redemption collected. */
		REDEEM,
		/** A reserved redemption cancelled: the points go back. */
		RELEASE,
		/** Points expired, oldest first. */
		EXPIRE,
		/** The reversal of an earlier posting, with its reason. */
		REVERSAL;

		public String messageKey() {
			return "points.transfer." + name();
		}

	}

	/** How a rule's points are earned (the order is the figures' categories: append, never reorder). */
	public enum Trigger {

		/** Scored monthly on a sheet by grid staff (0 up to the rule's points). */
		SHEET,
		/** Awarded by staff when it happens. */
		MANUAL,
		/** A resident evaluated a request they placed (居民点评积分): once per request, whatever they rated. */
		REQUEST_EVALUATED,
		/** A resident evaluated a wish of theirs: once per wish, whatever they rated. */
		WISH_EVALUATED,
		/** A volunteer completed a wish they claimed. */
		WISH_COMPLETED,
		/** A registered resident signed in at a meeting. */
		MEETING_ATTENDED;

		/** The category its postings are counted under in the figures (1–6; 7 is a posting of no rule). */
		public long category() {
			return ordinal() + 1;
		}

		/** Whether staff award it by hand (the others come from other capabilities' events). */
		public boolean byStaff() {
			return this == SHEET || this == MANUAL;
		}

		public String messageKey() {
			return "points.trigger." + name();
		}

	}

	/** Where an award waiting for approval stands. */
	public enum PendingStatus {

		PENDING, APPROVED, REFUSED;

		public String messageKey() {
			return "points.pending." + name();
		}

	}

}
