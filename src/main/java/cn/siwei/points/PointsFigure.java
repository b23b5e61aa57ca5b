package cn.siwei.points;

/** The counted figures of the points ledgers, on {@code points_transfer x}, by the day posted. */
public enum PointsFigure {

	/** Awards made (first: the dashboard's breakdowns count by the first figure). */
	AWARDS("x.kind = 'AWARD'", "1"),
	/** Points awarded (a sum of points). */
	AWARDED("x.kind = 'AWARD'", "x.amount"),
	/** Households awarded something in the month (each once a month: its first award of the month). */
	ACTIVE_HOUSEHOLDS("x.first_in_month", "1"),
	/** Points taken back by reversal. */
	REVERSED("x.kind = 'REVERSAL'", "x.amount"),
	/** Redemptions collected at the store. */
	REDEMPTIONS("x.kind = 'REDEEM'", "1"),
	/** Points spent at the store. */
	REDEEMED("x.kind = 'REDEEM'", "x.amount"),
	/** Points expired. */
	EXPIRED("x.kind = 'EXPIRE'", "x.amount");

	private final String condition;

	private final String measure;

	PointsFigure(String condition, String measure) {
		this.condition = condition;
		this.measure = measure;
	}

	public String condition() {
		return this.condition;
	}

	public String measure() {
		return this.measure;
	}

}
