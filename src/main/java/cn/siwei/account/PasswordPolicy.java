package cn.siwei.account;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

import cn.siwei.platform.Rejected;

/**
 * What a password must be: at least 8 characters, not the login name, not of one kind of character only (all
 * digits, like {@code 12345678}, or all letters, like {@code password}), not a run or a repeat
 * ({@code 11111111}, {@code abcdefgh}), and not on the list of passwords that guessing tools try first
 * ({@code account/common-passwords.txt}). A length and a block list, as NIST SP 800-63B asks, plus the two
 * kinds of character that Chinese government systems (等保) expect.
 */
final class PasswordPolicy {

	static final int MIN_LENGTH = 8;

	private static final Set<String> COMMON = load();

	private PasswordPolicy() {
	}

	/**
	 * @param username the account's login name
	 * @param password the password chosen
	 * @throws Rejected naming the field {@code password} and why
	 */
	static void check(String username, String password) {
		if (password == null || password.length() < MIN_LENGTH) {
			throw Rejected.field("password", "account.rejected.passwordShort", MIN_LENGTH);
		}
		if (password.length() > 128) {
			throw Rejected.field("password", "validation.tooLong", 128);
		}
		if (username != null && password.equalsIgnoreCase(username)) {
			throw Rejected.field("password", "account.rejected.passwordIsUsername");
		}
		String lower = password.toLowerCase(Locale.ROOT);
		if (COMMON.contains(lower) || runOrRepeat(lower)) {
			throw Rejected.field("password", "account.rejected.passwordCommon");
		}
		if (kinds(password) < 2) {
			throw Rejected.field("password", "account.rejected.passwordOneKind");
		}
	}

	/** How many of letters, digits and other characters the password has. */
	private static int kinds(String password) {
		boolean letter = password.chars().anyMatch(Character::isLetter);
		boolean digit = password.chars().anyMatch(Character::isDigit);
		boolean other = password.chars().anyMatch(c -> !Character.isLetterOrDigit(c));
		return (letter ? 1 : 0) + (digit ? 1 : 0) + (other ? 1 : 0);
	}

	/** One character repeated, or every step the same (+1 or -1): 11111111, 12345678, abcdefgh, 87654321. */
	private static boolean runOrRepeat(String p) {
		int step = p.charAt(1) - p.charAt(0);
		if (Math.abs(step) > 1) {
			return false;
		}
		for (int i = 2; i < p.length(); i++) {
			if (p.charAt(i) - p.charAt(i - 1) != step) {
				return false;
			}
		}
		return true;
	}

	private static Set<String> load() {
		Set<String> set = new HashSet<>();
		try (var in = PasswordPolicy.class.getResourceAsStream("/account/common-passwords.txt");
				var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
			reader.lines().map(String::trim).filter(l -> !l.isEmpty() && !l.startsWith("#"))
				.map(l -> l.toLowerCase(Locale.ROOT)).forEach(set::add);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return set;
	}

}
