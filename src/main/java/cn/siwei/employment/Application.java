package cn.siwei.employment;

import java.time.Instant;

import cn.siwei.employment.EmploymentTerms.Refusal;
import cn.siwei.employment.EmploymentTerms.Sender;
import cn.siwei.employment.EmploymentTerms.Status;

/**
 * An application of a seeker to a vacancy.
 *
 * @param id its number
 * @param vacancyId the vacancy
 * @param vacancyTitle its title
 * @param employerId its employer
 * @param employerName the employer's name
 * @param seekerId the seeker
 * @param seekerName the seeker's name
 * @param regionPath the seeker's place
 * @param sender who sent it
 * @param fairId the fair it came from, or null
 * @param status where it stands
 * @param refusal why it was refused, or null
 * @param refusalNote what the refusal says besides its reason
 * @param createdAt when it was made
 * @param updatedAt when it last moved
 */
public record Application(long id, long vacancyId, String vacancyTitle, long employerId, String employerName,
		long seekerId, String seekerName, String regionPath, Sender sender, Long fairId, Status status,
		Refusal refusal, String refusalNote, Instant createdAt, Instant updatedAt) {
}
