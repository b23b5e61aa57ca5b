package cn.siwei.points;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;

/**
 * The hash chain of a ledger's postings: each posting's hash is the SHA-256 of its canonical form, which ends with
 * the previous posting's hash; the first posting follows the ledger's genesis hash. The canonical form writes each
 * field with its length before it, so that no two different postings write the same text. Times are kept to the
 * microsecond, as PostgreSQL keeps them, so that a posting read back hashes as it was written. (The idea is
 * Formance's: each log entry hashes the previous one.)
 */
public final class Chain {

	private Chain() {
	}

	/** The hash a ledger's first posting follows. */
	public static String genesis(long ledgerId) {
		return sha256("siwei-points-genesis:" + ledgerId);
	}

	/** A time as the ledger keeps it. */
	public static Instant kept(Instant at) {
		return at.truncatedTo(ChronoUnit.MICROS);
	}

	/** A posting's hash from its fields and the previous posting's hash. */
	public static String hash(long ledgerId, long seq, long debit, long credit, long amount, String kind, String key,
			Long ruleId, Long reversesId, String reason, long actorId, Instant at, String prevHash) {
		StringBuilder b = new StringBuilder(256);
		field(b, "v1");
		field(b, ledgerId);
		field(b, seq);
		field(b, debit);
		field(b, credit);
		field(b, amount);
		field(b, kind);
		field(b, key);
		field(b, ruleId);
		field(b, reversesId);
		field(b, reason);
		field(b, actorId);
		Instant t = kept(at);
		field(b, t.getEpochSecond() * 1_000_000L + t.getNano() / 1_000);
		field(b, prevHash);
		return sha256(b.toString());
	}

	private static void field(StringBuilder b, Object value) {
		if (value == null) {
			b.append("-;");
		}
		else {
			String s = value.toString();
			b.append(s.length()).append(':').append(s).append(';');
		}
	}

	static String sha256(String text) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
