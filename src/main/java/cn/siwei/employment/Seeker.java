package cn.siwei.employment;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import cn.siwei.employment.EmploymentTerms.Care;
import cn.siwei.employment.EmploymentTerms.Consent;
import cn.siwei.employment.EmploymentTerms.Hours;
import cn.siwei.employment.EmploymentTerms.SeekerStatus;

/**
 * A resident who wants work.
 *
 * @param id its number
 * @param personId the person
 * @param name the person's name
 * @param regionPath where they live
 * @param regionName the node's name
 * @param skills what they can do
 * @param wishes the occupations they wish for (codes)
 * @param hours the hours they can work
 * @param care care tags of employment assistance (staff only; empty for anyone else)
 * @param availableFrom from when
 * @param consent how their consent to share with employers was given (NONE: not given)
 * @param consentAt when
 * @param status where they stand
 * @param createdAt when they registered
 */
public record Seeker(long id, long personId, String name, String regionPath, String regionName, List<String> skills,
		List<String> wishes, Hours hours, List<Care> care, LocalDate availableFrom, Consent consent, Instant consentAt,
		SeekerStatus status, Instant createdAt) {

	public boolean consented() {
		return this.consent != Consent.NONE;
	}

}
