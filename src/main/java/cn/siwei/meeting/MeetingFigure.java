package cn.siwei.meeting;

/** The counted figures of meetings (by the day they were convened) and of their decisions (by the day taken). */
public final class MeetingFigure {

	private MeetingFigure() {
	}

	/** Meetings' figures, on {@code meeting m}. */
	public enum Meetings {

		/** Convened and not called off. */
		CONVENED("m.status <> 'CANCELLED'"),
		/** Held: closed with minutes and attendance. */
		HELD("m.status = 'CLOSED'");

		private final String condition;

		Meetings(String condition) {
			this.condition = condition;
		}

		public String condition() {
			return this.condition;
		}

	}

	/** Decisions' figures, on {@code meeting_decision d}. */
	public enum Decisions {

		/** Taken. */
		DECIDED("true"),
		/** Done. */
		DONE("d.status = 'DONE'"),
		/** Done within their limit. */
		DONE_ON_TIME("d.status = 'DONE' and not d.late"),
		/** Open past their limit (flagged by the sweep). */
		OVERDUE("d.status = 'OPEN' and d.late");

		private final String condition;

		Decisions(String condition) {
			this.condition = condition;
		}

		public String condition() {
			return this.condition;
		}

	}

}
