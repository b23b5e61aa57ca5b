package cn.siwei.wish;

/**
 * Where a wish stands in its loop: collected, claimed, contacted, completed, closed.
 */
public enum WishStatus {

	/** Collected and waiting for a force to claim it. */
	OPEN,
	/** Claimed; the claimant must contact the beneficiary before the contact deadline. */
	CLAIMED,
	/** Contact made and a completion date committed; being carried out. */
	IN_PROGRESS,
	/** Completed by the claimant; waiting for the beneficiary's evaluation. */
	COMPLETED,
	/** Evaluated as satisfied or basically satisfied. */
	CLOSED;

	public String messageKey() {
		return "wish.status." + name();
	}

}
