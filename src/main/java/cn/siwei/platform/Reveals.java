package cn.siwei.platform;

/**
 * The one rule for showing a full personal value (a phone, an ID number, a vulnerable person's address): only to
 * a role that may reveal, one value at a time, with a reason that goes into the audit trail beside who, when and
 * which value.
 */
public final class Reveals {

	/** The longest reason kept. */
	public static final int REASON_LENGTH = 200;

	private Reveals() {
	}

	/**
	 * The reason given for a reveal, trimmed.
	 * @param given what the person typed
	 * @return the reason
	 * @throws Rejected naming the field {@code reason} when it is missing or too long
	 */
	public static String reason(String given) {
		String reason = given == null ? "" : given.trim();
		if (reason.isEmpty() || reason.length() > REASON_LENGTH || Violations.hasControlCharacters(reason)) {
			throw Rejected.field("reason", "reveal.rejected.reason", REASON_LENGTH);
		}
		return reason;
	}

}
