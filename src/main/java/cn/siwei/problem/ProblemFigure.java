package cn.siwei.problem;

/** The counted figures of the problem inventory, on {@code problem x}, by the day a problem was found. */
public enum ProblemFigure {

	/** Found (问题大盘点); not named FOUND, a word PL/pgSQL keeps for itself (the rollup triggers are PL/pgSQL). */
	DISCOVERED("true"),
	/** Put on the governance list with an owner and a limit (治理清单). */
	LISTED("x.assigned_at is not null"),
	/** Solved (销号). */
	SOLVED("x.status = 'DONE'"),
	/** Solved before their limit. */
	SOLVED_ON_TIME("x.status = 'DONE' and not x.late"),
	/** Past their limit before they were solved (flagged by the sweep or solved late). */
	LATE("x.late"),
	/** Dropped with a reason. */
	DROPPED("x.status = 'DROPPED'");

	private final String condition;

	ProblemFigure(String condition) {
		this.condition = condition;
	}

	public String condition() {
		return this.condition;
	}

}
