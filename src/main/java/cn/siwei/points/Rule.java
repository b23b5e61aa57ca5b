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
 */
public record Rule(long id, long ledgerId, String code, int version, String name, int points, Integer monthlyCap,
		Trigger trigger, boolean evidenceRequired, Integer approvalAbove, LocalDate validFrom, LocalDate validTo) {
}
