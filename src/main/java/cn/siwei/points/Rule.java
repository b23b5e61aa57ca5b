package cn.siwei.points;

import java.time.LocalDate;

import cn.siwei.points.PointsTerms.Trigger;

/**
 * A version of a ledger's rule.
 *
 * @param id this version
 * @param ledgerId its ledger
 * @param code the rule across its versions
 * @param version its version (1 first)
 * @param name what it is (庭院卫生, 志愿服务 …)
 * @param points what it gives (a sheet's most)
 * @param monthlyCap the most a household earns from it in a month, or null
 * @param trigger how it is earned
 * @param evidenceRequired whether an award needs a photo
 * @param approvalAbove an award of more points waits for a second person's approval, or null
 * @param validFrom the first day it applied
 * @param validTo the day the next version took over, or null while in force
 * @param awardedBy the roles who may award it; empty: anyone who manages the ledger's points
 */
public record Rule(long id, long ledgerId, String code, int version, String name, int points, Integer monthlyCap,
		Trigger trigger, boolean evidenceRequired, Integer approvalAbove, LocalDate validFrom, LocalDate validTo,
		java.util.Set<cn.siwei.access.Role> awardedBy) {

	/** Whether the actor's role may award it (an administrator may award any). */
	public boolean awardableBy(cn.siwei.access.Actor actor) {
		return this.awardedBy.isEmpty() || this.awardedBy.contains(actor.role())
				|| actor.role() == cn.siwei.access.Role.ADMIN;
	}

}
