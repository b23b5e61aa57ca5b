package cn.siwei.platform;

import java.time.LocalDate;

/**
 * Masks personal data for everyone who may not see it whole: lists, pages and exports show only enough to
 * recognise a value.
 */
public final class Masking {

	private Masking() {
	}

	/** {@code 13812345678} becomes {@code 138****5678}. */
	public static String phone(String phone) {
		if (phone == null || phone.isBlank()) {
			return phone;
		}
		String p = phone.trim();
		if (p.length() <= 4) {
			return "*".repeat(p.length());
		}
		// A mobile number shows 3 + 4 digits as is customary; shorter numbers show at most a third.
		int keepEnd = p.length() >= 11 ? 4 : p.length() / 3;
		int keepStart = p.length() >= 11 ? 3 : 0;
		return p.substring(0, keepStart) + "*".repeat(p.length() - keepStart - keepEnd) + p.substring(p.length() - keepEnd);
	}

	/**
	 * An ID number keeps its first 3 and last 2 characters. The 8 characters after the 6-digit area code are the
	 * birth date: a mask that kept the area and the last 4 (the old rule) left only the birth date hidden, and
	 * with it shown beside the number, anyone could complete it. Masked views show the birth year alone.
	 */
	public static String idNumber(String id) {
		if (id == null || id.isBlank()) {
			return id;
		}
		String v = id.trim();
		if (v.length() <= 6) {
			return "*".repeat(v.length());
		}
		return v.substring(0, 3) + "*".repeat(v.length() - 5) + v.substring(v.length() - 2);
	}

	/** A date of birth shows its year alone: with the day and month, a masked ID number can be completed. */
	public static Integer birthYear(LocalDate birthDate) {
		return birthDate == null ? null : birthDate.getYear();
	}

	/** A name keeps its first character: {@code 王秀兰} becomes {@code 王**}. */
	public static String name(String name) {
		if (name == null || name.isBlank()) {
			return name;
		}
		String v = name.trim();
		return v.codePoints().limit(1).collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
				+ "**";
	}

	/** An exact address keeps its first six characters (district and street), the rest hidden. */
	public static String address(String address) {
		if (address == null || address.isBlank()) {
			return address;
		}
		String v = address.trim();
		int keep = Math.min(6, v.length() / 2);
		return v.substring(0, keep) + "****";
	}

}
