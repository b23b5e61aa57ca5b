package cn.siwei.platform;

/**
 * Text from outside (a login name, a header) made safe to write into a log line: line breaks and other control
 * characters would let it forge further log lines.
 */
public final class LogSafe {

	private LogSafe() {
	}

	/**
	 * The text with control characters replaced by {@code _}, and at most 200 characters long.
	 * @param text anything, or null
	 * @return a single-line version
	 */
	public static String of(String text) {
		if (text == null) {
			return "null";
		}
		StringBuilder out = new StringBuilder(Math.min(text.length(), 200));
		for (int i = 0; i < text.length() && i < 200; i++) {
			char c = text.charAt(i);
			out.append(Character.isISOControl(c) || c == '\u2028' || c == '\u2029' ? '_' : c);
		}
		return out.toString();
	}

}
