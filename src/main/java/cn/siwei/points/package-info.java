/**
 * 党建+积分: each village's or community's points on a ledger no one can quietly change. Double-entry (every
 * posting moves points between two accounts of one ledger, so the sum of a ledger's balances is always zero),
 * append-only (a correction is a reversal; the database refuses changes), each ledger's postings hash-chained and a
 * monthly digest published; {@link cn.siwei.points.PointsVerifier} recomputes every balance and the chain and names
 * the first posting that does not match. Points are earned by versioned rules: awarded by staff (with evidence and
 * a second person's approval where the rule asks), and from other capabilities' events (a resident's evaluation, a
 * volunteer's completed wish, attendance at a meeting), each awarded once whatever is replayed. No loop module
 * depends on this one.
 */
@ApplicationModule(allowedDependencies = { "access", "figures", "platform", "region", "people", "request", "wish", "meeting" })
package cn.siwei.points;

import org.springframework.modulith.ApplicationModule;
