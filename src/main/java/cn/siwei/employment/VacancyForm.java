package cn.siwei.employment;

import java.util.List;

import cn.siwei.employment.EmploymentTerms.Hours;

/**
 * A vacancy as a form or the API sends it.
 *
 * @param employerId the employer (an organisation of the actor's region; an employer's own account: its own)
 * @param regionId where the work is
 * @param occupation the occupation's code
 * @param title what the job is called
 * @param payMin pay per month from (yuan)
 * @param payMax pay per month up to (yuan)
 * @param hours the hours
 * @param skills the skills asked for
 * @param places how many are wanted
 * @param description what the work is
 */
public record VacancyForm(Long employerId, Long regionId, String occupation, String title, Integer payMin,
		Integer payMax, Hours hours, List<String> skills, Integer places, String description) {
}
