package cn.siwei.points;

import java.time.Instant;

import cn.siwei.points.PointsTerms.TransferKind;

/**
 * A posting as read.
 *
 * @param id its number in the platform
 * @param ledgerId its ledger
 * @param seq its number in the ledger
 * @param debitAccountId where the points came from
 * @param debitName that account's name
 * @param creditAccountId where they went
 * @param creditName that account's name
 * @param amount how many
 * @param kind what it is
 * @param key its idempotency key
 * @param ruleId the rule version it was earned by
 * @param ruleName that rule's name
 * @param reversesId the posting it reverses
 * @param reversedBy the posting that reversed it, if any
 * @param reason why
 * @param actorName who posted it
 * @param at when
 * @param hash its hash
 */
public record Transfer(long id, long ledgerId, long seq, long debitAccountId, String debitName, long creditAccountId,
		String creditName, long amount, TransferKind kind, String key, Long ruleId, String ruleName, Long reversesId,
		Long reversedBy, String reason, String actorName, Instant at, String hash) {
}
