package cn.siwei.points;

/**
 * The counted figures of the objections to red and black lists, on {@code points_objection x}, by the day raised;
 * their category is the list objected to (1 black, 2 red), their channel where the objection stands.
 */
public enum PointsObjectionFigure {

	/** Objections raised (first: the dashboard's breakdowns count by the first figure). */
	OBJECTIONS("true"),
	/** Upheld: the household came off the list. */
	UPHELD("x.status = 'UPHELD'"),
	/** Dismissed, with the answer. */
	DISMISSED("x.status = 'DISMISSED'"),
	/** Not answered yet. */
	OPEN("x.status = 'OPEN'");

	private final String condition;

	PointsObjectionFigure(String condition) {
		this.condition = condition;
	}

	public String condition() {
		return this.condition;
	}

}
