package cn.siwei.platform;

import java.util.List;

/**
 * A rule said no. Carries the reasons as message keys (resolved in the user's language by the UI and API)
 * and, where a reason concerns one input, that field's name. Nothing was changed.
 */
public class Rejected extends RuntimeException {

	private final transient List<Violation> violations;

	public Rejected(List<Violation> violations) {
		super(violations.isEmpty() ? "rejected" : violations.get(0).messageKey());
		this.violations = List.copyOf(violations);
	}

	/** A rejection that concerns the action as a whole rather than one field. */
	public static Rejected because(String messageKey, Object... args) {
		return new Rejected(List.of(new Violation(null, messageKey, args)));
	}

	/** A rejection that concerns one input field. */
	public static Rejected field(String field, String messageKey, Object... args) {
		return new Rejected(List.of(new Violation(field, messageKey, args)));
	}

	public List<Violation> violations() {
		return this.violations;
	}

	/** The first reason's message key. */
	public String messageKey() {
		return this.violations.get(0).messageKey();
	}

	/** The first reason's field, or null. */
	public String field() {
		return this.violations.get(0).field();
	}

	public Object[] args() {
		return this.violations.get(0).args();
	}

	/**
	 * One reason.
	 *
	 * @param field the input it concerns, or null for the whole action
	 * @param messageKey the message key of the reason
	 * @param args arguments of the message
	 */
	public record Violation(String field, String messageKey, Object... args) {
	}

}
