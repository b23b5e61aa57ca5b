package cn.siwei.platform;

/**
 * Text that a person typed, made safe to splice into a {@code LIKE} pattern: their {@code %} and {@code _} are
 * characters to find, not wildcards (a wildcard in a search lets one probe hidden digits one at a time), and a
 * lone backslash is not an unfinished escape (it made a search answer 500).
 */
public final class Like {

	private Like() {
	}

	/**
	 * Escapes {@code \}, {@code %} and {@code _} with PostgreSQL's default {@code LIKE} escape character.
	 * @param text what was typed, or null
	 * @return the text with its wildcards escaped, or the empty string for null
	 */
	public static String escape(String text) {
		if (text == null) {
			return "";
		}
		return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
	}

}
