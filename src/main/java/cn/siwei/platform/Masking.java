package cn.siwei.platform;

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
		int keepStart = Math.min(3, p.length() - 4);
		return p.substring(0, keepStart) + "*".repeat(p.length() - keepStart - 4) + p.substring(p.length() - 4);
	}

	/** An 18-digit ID number keeps its first 6 (the area) and last 4 characters. */
	public static String idNumber(String id) {
		if (id == null || id.isBlank()) {
			return id;
		}
		String v = id.trim();
		if (v.length() <= 10) {
			return "*".repeat(v.length());
		}
		return v.substring(0, 6) + "*".repeat(v.length() - 10) + v.substring(v.length() - 4);
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
