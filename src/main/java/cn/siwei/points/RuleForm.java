package cn.siwei.points;

import cn.siwei.points.PointsTerms.Trigger;

/**
 * A rule as a form sets it (a new rule, or the next version of one).
 *
 * @param code the rule across its versions: letters, digits and underscores
 * @param name what it is
 * @param points what it gives (1–1000)
 * @param monthlyCap the most a household earns from it in a month (empty: no cap)
 * @param trigger how it is earned
 * @param evidenceRequired whether an award needs a photo
 * @param approvalAbove an award of more points waits for a second person's approval (empty: never)
 * @param awardedBy the roles who may award it (empty: anyone who manages the ledger's points)
 */
public record RuleForm(String code, String name, Integer points, Integer monthlyCap, Trigger trigger,
		Boolean evidenceRequired, Integer approvalAbove, java.util.Set<cn.siwei.access.Role> awardedBy) {

	/** A rule anyone who manages the ledger's points may award. */
	public RuleForm(String code, String name, Integer points, Integer monthlyCap, Trigger trigger,
			Boolean evidenceRequired, Integer approvalAbove) {
		this(code, name, points, monthlyCap, trigger, evidenceRequired, approvalAbove, null);
	}

	/** Whether an award needs a photo (no when not said). */
	public boolean needsEvidence() {
		return Boolean.TRUE.equals(this.evidenceRequired);
	}

}
