package cn.siwei.mediation;

/** The counted figures of mediation, on {@code mediation x}, by the day a case was received. */
public enum MediationFigure {

	/** Received. */
	RECEIVED("true"),
	/** Of those, property disputes (the seed counts them apart). */
	PROPERTY("x.category_id = 1"),
	/** Accepted (受理). */
	ACCEPTED("x.accepted_at is not null"),
	/** Handled: settled by agreement or not. */
	HANDLED("x.outcome is not null"),
	/** Settled by agreement. */
	AGREED("x.outcome = 'AGREED'"),
	/** Handled after their clock ran out, or still open past it. */
	LATE("x.late"),
	/** Agreements whose parties applied for judicial confirmation. */
	CONFIRMED("x.confirmation_applied is not null"),
	/** Agreements visited. */
	FOLLOWED_UP("x.performance is not null"),
	/** Of those, performed in full. */
	PERFORMED("x.performance = 'PERFORMED'");

	private final String condition;

	MediationFigure(String condition) {
		this.condition = condition;
	}

	public String condition() {
		return this.condition;
	}

}
