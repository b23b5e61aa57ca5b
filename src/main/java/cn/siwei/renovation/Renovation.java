package cn.siwei.renovation;

import java.math.BigDecimal;
import java.time.Instant;

import cn.siwei.renovation.RenovationTerms.Funding;
import cn.siwei.renovation.RenovationTerms.Status;
import cn.siwei.renovation.RenovationTerms.Works;

/**
 * A renovation project as read.
 *
 * @param id its number
 * @param regionId the compound (or node) renovated
 * @param regionPath that node's path
 * @param regionName that node's name
 * @param works the kind of works
 * @param funding who pays
 * @param title a short title
 * @param plan what is to be done
 * @param households the households it concerns (who are asked)
 * @param budget its budget in yuan
 * @param status where it stands
 * @param consentFor households that agreed, once counted
 * @param consentAgainst households that did not
 * @param progress the works' progress in percent
 * @param inspector who accepted it
 * @param acceptedAt when
 * @param createdAt when planned
 */
public record Renovation(long id, long regionId, String regionPath, String regionName, Works works, Funding funding,
		String title, String plan, int households, BigDecimal budget, Status status, Integer consentFor,
		Integer consentAgainst, int progress, String inspector, Instant acceptedAt, Instant createdAt) {
}
