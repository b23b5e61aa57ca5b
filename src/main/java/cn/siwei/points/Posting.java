package cn.siwei.points;

import cn.siwei.points.PointsTerms.TransferKind;

/**
 * A posting to be made: {@code amount} moves from the debit account to the credit account of one ledger.
 *
 * @param debitAccountId where the points come from
 * @param creditAccountId where they go
 * @param amount how many (positive)
 * @param kind what it is
 * @param key its idempotency key, unique in the ledger: the same key posts once, whatever is replayed
 * @param ruleId the rule it was earned by, or null
 * @param reversesId the posting it reverses, or null
 * @param reason why (a reversal's reason, an award's note)
 */
public record Posting(long debitAccountId, long creditAccountId, long amount, TransferKind kind, String key,
		Long ruleId, Long reversesId, String reason) {
}
