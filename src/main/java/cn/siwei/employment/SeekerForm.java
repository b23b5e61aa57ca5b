package cn.siwei.employment;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import cn.siwei.employment.EmploymentTerms.Care;
import cn.siwei.employment.EmploymentTerms.Consent;
import cn.siwei.employment.EmploymentTerms.Hours;

/**
 * A job seeker as a form or the API sends it.
 *
 * @param personId the resident (of the actor's region; a resident registering: themselves)
 * @param skills what they can do
 * @param wishes the occupations wished for (codes of the dictionary)
 * @param hours the hours they can work
 * @param care care tags of employment assistance (staff only)
 * @param availableFrom from when (today when empty)
 * @param consent how consent to share with employers was given (NONE: not yet)
 */
public record SeekerForm(Long personId, List<String> skills, List<String> wishes, Hours hours, Set<Care> care,
		LocalDate availableFrom, Consent consent) {
}
