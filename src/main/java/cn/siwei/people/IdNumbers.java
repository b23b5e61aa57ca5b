package cn.siwei.people;

import java.time.DateTimeException;
import java.time.LocalDate;

/**
 * Checks resident ID numbers (GB 11643-1999): 17 digits, a check character, and a real date of birth inside.
 */
public final class IdNumbers {

	private static final int[] WEIGHTS = { 7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2 };

	private static final char[] CHECK = { '1', '0', 'X', '9', '8', '7', '6', '5', '4', '3', '2' };

	private IdNumbers() {
	}

	public static boolean valid(String id) {
		if (id == null || !id.matches("\\d{17}[\\dXx]")) {
			return false;
		}
		int sum = 0;
		for (int i = 0; i < 17; i++) {
			sum += (id.charAt(i) - '0') * WEIGHTS[i];
		}
		if (Character.toUpperCase(id.charAt(17)) != CHECK[sum % 11]) {
			return false;
		}
		return birthDate(id) != null;
	}

	public static LocalDate birthDate(String id) {
		try {
			return LocalDate.of(Integer.parseInt(id.substring(6, 10)), Integer.parseInt(id.substring(10, 12)),
					Integer.parseInt(id.substring(12, 14)));
		}
		catch (DateTimeException | NumberFormatException ex) {
			return null;
		}
	}

	/** Completes 17 digits with their check character, for demo data and tests. */
	public static String withCheck(String first17) {
		int sum = 0;
		for (int i = 0; i < 17; i++) {
			sum += (first17.charAt(i) - '0') * WEIGHTS[i];
		}
		return first17 + CHECK[sum % 11];
	}

}
