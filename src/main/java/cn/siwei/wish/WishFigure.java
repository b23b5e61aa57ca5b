package cn.siwei.wish;

import cn.siwei.platform.Satisfaction;

/**
 * The figures of the wish ledger. Each is defined once, as a condition on the wishes collected in the
 * period under the region: the figure is the number of wishes meeting it, and its drill-down lists exactly
 * those wishes. The definitions are written out in {@code docs/figures.md}.
 */
public enum WishFigure {

	/** Wishes collected in the period. */
	COLLECTED("true"),
	/** Of those, claimed by a force (now or before a transfer). */
	CLAIMED("w.claimed_at is not null"),
	/** Of those, completed (waiting for evaluation, or closed). A dissatisfied evaluation takes it back. */
	COMPLETED("w.status in ('COMPLETED', 'CLOSED')"),
	/** Of those, evaluated (the latest evaluation counts). */
	EVALUATED("w.evaluation is not null"),
	/** Of those, evaluated satisfied or basically satisfied. */
	SATISFIED("w.evaluation in " + Satisfaction.SATISFIED_SQL),
	/** Of those, claimed and not contacted within the deadline, still uncontacted. */
	CONTACT_OVERDUE("w.contact_overdue"),
	/** Of those, not completed by the committed date, still open. */
	COMPLETION_OVERDUE("w.completion_overdue");

	private final String condition;

	WishFigure(String condition) {
		this.condition = condition;
	}

	/** The SQL condition on alias {@code w}; a constant, never built from input. */
	String condition() {
		return this.condition;
	}

	public String messageKey() {
		return "wish.figure." + name();
	}

}
