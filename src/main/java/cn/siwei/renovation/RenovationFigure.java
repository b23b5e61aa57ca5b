package cn.siwei.renovation;

/** The counted figures of renovation, on {@code renovation x}, by the day a project was planned. */
public enum RenovationFigure {

	/** Planned. */
	PROJECTS("true"),
	/** Put to the households and counted. */
	CONSULTED("x.consulted_at is not null"),
	/** Agreed by enough households (the works started). */
	CONSENTED("x.status in ('WORKS', 'ACCEPTED')"),
	/** Works under way. */
	IN_WORKS("x.status = 'WORKS'"),
	/** Accepted: done. */
	COMPLETED("x.status = 'ACCEPTED'"),
	/** Refused by the households, not yet asked again. */
	REFUSED("x.status = 'REJECTED'");

	private final String condition;

	RenovationFigure(String condition) {
		this.condition = condition;
	}

	public String condition() {
		return this.condition;
	}

}
