package cn.siwei.employment;

import java.time.LocalDate;

import cn.siwei.employment.EmploymentTerms.Check;

/**
 * A seeker hired through the platform, re-checked at 30 and 90 days.
 *
 * @param id its number
 * @param applicationId the application it came from
 * @param seekerId the seeker
 * @param seekerName the seeker's name
 * @param vacancyTitle the job
 * @param employerId the employer
 * @param employerName its name
 * @param regionPath the seeker's place
 * @param source APPLICATION or FAIR
 * @param hiredOn the day of hire
 * @param check30 what the 30-day check found, or null
 * @param check90 what the 90-day check found, or null
 */
public record Placement(long id, long applicationId, long seekerId, String seekerName, String vacancyTitle,
		long employerId, String employerName, String regionPath, String source, LocalDate hiredOn, Check check30,
		Check check90) {

	/** The day a check falls due. */
	public LocalDate due(int days) {
		return this.hiredOn.plusDays(days);
	}

}
