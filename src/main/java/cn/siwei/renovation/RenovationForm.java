package cn.siwei.renovation;

import java.math.BigDecimal;

import cn.siwei.renovation.RenovationTerms.Funding;
import cn.siwei.renovation.RenovationTerms.Works;

/**
 * What planning a renovation takes.
 *
 * @param regionId the compound renovated
 * @param works the kind of works
 * @param funding who pays
 * @param title a short title
 * @param plan what is to be done
 * @param households the households it concerns
 * @param budget its budget in yuan (optional)
 */
public record RenovationForm(Long regionId, Works works, Funding funding, String title, String plan,
		Integer households, BigDecimal budget) {
}
