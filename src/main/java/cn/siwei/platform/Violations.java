package cn.siwei.platform;

import java.util.ArrayList;
import java.util.List;

/**
 * Collects every reason a form is wrong, so that the user sees all of them at once, each next to its field.
 */
public final class Violations {

	private final List<Rejected.Violation> list = new ArrayList<>();

	public Violations add(String field, String messageKey, Object... args) {
		this.list.add(new Rejected.Violation(field, messageKey, args));
		return this;
	}

	public boolean has(String field) {
		return this.list.stream().anyMatch(v -> field.equals(v.field()));
	}

	public boolean isEmpty() {
		return this.list.isEmpty();
	}

	public List<Rejected.Violation> list() {
		return List.copyOf(this.list);
	}

	/** Throws {@link Rejected} with every collected reason, if there is any. */
	public void throwIfAny() {
		if (!this.list.isEmpty()) {
			throw new Rejected(this.list);
		}
	}

	/** A required text: trimmed, present, at most {@code max} characters; null when missing or too long. */
	public String required(String field, String value, int max) {
		String v = value == null ? "" : value.trim();
		if (v.isEmpty()) {
			add(field, "validation.required");
			return null;
		}
		if (v.length() > max) {
			add(field, "validation.tooLong", max);
			return null;
		}
		return v;
	}

	/** An optional text: trimmed, null when empty, at most {@code max} characters. */
	public String optional(String field, String value, int max) {
		String v = value == null ? "" : value.trim();
		if (v.isEmpty()) {
			return null;
		}
		if (v.length() > max) {
			add(field, "validation.tooLong", max);
			return null;
		}
		return v;
	}

}
