package cn.siwei.points;

import cn.siwei.points.PointsTerms.AccountKind;

/**
 * An account of a ledger.
 *
 * @param id its number
 * @param ledgerId its ledger
 * @param kind whose it is
 * @param personId the household's registered person, for a household's
 * @param name its name (the person's, or the rule's, the store's)
 * @param balance its balance
 */
public record Account(long id, long ledgerId, AccountKind kind, Long personId, String name, long balance) {
}
