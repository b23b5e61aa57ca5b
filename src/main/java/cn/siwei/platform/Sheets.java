package cn.siwei.platform;

/**
 * Text that goes into a spreadsheet cell. A cell that begins with {@code =}, {@code +}, {@code -} or {@code @} is
 * taken for a formula by a spreadsheet program once someone edits it (and by every program when the sheet is
 * saved as CSV), so text typed by residents or staff that begins so is written with a leading apostrophe: it
 * shows as typed and never runs.
 */
public final class Sheets {

	private Sheets() {
	}

	/**
	 * @param text anything typed by a person, or null
	 * @return the text, neutralised when a spreadsheet could take it for a formula
	 */
	public static String text(String text) {
		if (text == null || text.isEmpty()) {
			return text;
		}
		char first = text.charAt(0);
		return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
				? "'" + text : text;
	}

}
