package cn.siwei.activity;

/** The counted figures of the activities ledger, on {@code activity x}, by the day an activity began. */
public enum ActivityFigure {

	/** Activities held (first: the dashboard's breakdowns count by it). */
	ACTIVITIES("true", "1"),
	/** People who took part (a sum). */
	PARTICIPANTS("x.participants > 0", "x.participants"),
	/** Activities whose participants signed in one by one. */
	SIGNED_IN("x.channel = 'SIGNED_IN'", "1");

	private final String condition;

	private final String measure;

	ActivityFigure(String condition, String measure) {
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
