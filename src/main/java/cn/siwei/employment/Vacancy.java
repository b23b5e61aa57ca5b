package cn.siwei.employment;

import java.time.Instant;
import java.util.List;

import cn.siwei.employment.EmploymentTerms.Hours;
import cn.siwei.employment.EmploymentTerms.VacancyStatus;

/**
 * A vacancy of an employer at a node of the region tree.
 *
 * @param id its number
 * @param employerId the employer (an organisation)
 * @param employerName its name
 * @param regionId where the work is
 * @param regionPath the node's path
 * @param regionName the node's name
 * @param occupation the occupation's code
 * @param occupationName its name
 * @param title what the job is called
 * @param payMin pay per month from (yuan)
 * @param payMax pay per month up to (yuan)
 * @param hours the hours
 * @param skills the skills asked for
 * @param places how many are wanted
 * @param filled how many were hired
 * @param description what the work is
 * @param status where it stands
 * @param closedReason why it was closed, or null
 * @param createdAt when it was opened
 */
public record Vacancy(long id, long employerId, String employerName, long regionId, String regionPath,
		String regionName, String occupation, String occupationName, String title, int payMin, int payMax, Hours hours,
		List<String> skills, int places, int filled, String description, VacancyStatus status, String closedReason,
		Instant createdAt) {

	public boolean open() {
		return this.status == VacancyStatus.OPEN;
	}

}
