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

	/**
	 * A required text: trimmed, present, at most {@code max} characters, without control characters; null when
	 * missing or refused.
	 */
	public String required(String field, String value, int max) {
		String v = value == null ? "" : value.trim();
		if (v.isEmpty()) {
			add(field, "validation.required");
			return null;
		}
		return checked(field, v, max);
	}

	/** An optional text: trimmed, null when empty, at most {@code max} characters, without control characters. */
	public String optional(String field, String value, int max) {
		String v = value == null ? "" : value.trim();
		if (v.isEmpty()) {
			return null;
		}
		return checked(field, v, max);
	}

	private String checked(String field, String v, int max) {
		if (v.length() > max) {
			add(field, "validation.tooLong", max);
			return null;
		}
		if (hasControlCharacters(v)) {
			add(field, "validation.controlCharacters");
			return null;
		}
		return v;
	}

	/**
	 * An optional free text of one act (a note, a task, a comment): trimmed, null when empty.
	 * @throws Rejected naming the field when it is longer than {@code max} or holds control characters
	 */
	public static String note(String field, String value, int max) {
		Violations v = new Violations();
		String text = v.optional(field, value, max);
		v.throwIfAny();
		return text;
	}

	/**
	 * Whether a text holds a control character other than tab, line feed and carriage return: PostgreSQL cannot
	 * store NUL, and the others are never typed by a person.
	 */
	public static boolean hasControlCharacters(String text) {
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7f) {
				return true;
			}
		}
		return false;
	}

}
