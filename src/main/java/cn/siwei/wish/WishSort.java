package cn.siwei.wish;

/**
 * The orders the ledger can be read in. Each is a constant SQL order on alias {@code w}, ending with the id so
 * that pages never overlap.
 */
public enum WishSort {

	/**
	 * Work still to do first (every state but closed), care-tagged beneficiaries first among them, then newest:
	 * the ledger's default.
	 */
	OPEN_FIRST(" order by (w.status = 'CLOSED'), w.priority desc, w.created_at desc, w.id desc"),
	/** Care-tagged beneficiaries first, then newest first: the default of every queue. */
	PRIORITY(" order by w.priority desc, w.created_at desc, w.id desc"),
	/** Newest first. */
	NEWEST(" order by w.created_at desc, w.id desc"),
	/** Oldest first: what has waited longest. */
	OLDEST(" order by w.created_at, w.id"),
	/** By the wished completion date, soonest first; wishes without one last. */
	DUE(" order by w.due_date nulls last, w.id");

	private final String order;

	WishSort(String order) {
		this.order = order;
	}

	String order() {
		return this.order;
	}

	public String messageKey() {
		return "wish.sort." + name();
	}

}
