package cn.siwei.roster;

/** The counted figures of the rosters. */
public final class RosterFigure {

	private RosterFigure() {
	}

	/** Of members, on {@code roster_member x}, by the day they were recorded. */
	public enum Members {

		/** Appointed. */
		APPOINTED("true"),
		/** Red stewards (红色管家) of the three levels. */
		STEWARDS("x.category_id between 1 and 3"),
		/** Courtyard, building and unit heads (三长). */
		HEADS("x.category_id between 4 and 6"),
		/** Capable residents (能人). */
		CAPABLE("x.category_id = 7"),
		/** Staff of the community and the property company serving in each other's body (物社联动交叉任职). */
		CROSS_APPOINTED("x.category_id = 10"),
		/** No longer in the role. */
		ENDED("x.status = 'ENDED'");

		private final String condition;

		Members(String condition) {
			this.condition = condition;
		}

		public String condition() {
			return this.condition;
		}

	}

	/** Of what members did, on {@code roster_activity x}, by the day it happened. */
	public enum Activities {

		/** Everything recorded. */
		ACTIVITIES("true"),
		/** Visits to residents' homes. */
		VISITS("x.channel = 'VISIT'"),
		/** Services at the door. */
		SERVICES("x.channel = 'SERVICE'"),
		/** Problems found. */
		PROBLEMS_FOUND("x.channel = 'PROBLEM'"),
		/** Members active: each counted once in each month they did something. */
		ACTIVE_MEMBERS("x.first_in_month"),
		/** Of those, red stewards. */
		ACTIVE_STEWARDS("x.first_in_month and x.category_id between 1 and 3"),
		/** Of those, heads. */
		ACTIVE_HEADS("x.first_in_month and x.category_id between 4 and 6");

		private final String condition;

		Activities(String condition) {
			this.condition = condition;
		}

		public String condition() {
			return this.condition;
		}

	}

}
