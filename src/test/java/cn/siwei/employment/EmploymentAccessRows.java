package cn.siwei.employment;

import cn.siwei.support.AccessRows;

/** Employment's endpoints in the access matrix. */
class EmploymentAccessRows implements AccessRows {

	static final String YONGAN = "(select path from region where code = '650203001001')";

	@Override
	public void list(Rows rows) {
		rows.sample("job_vacancy", "select min(id) from job_vacancy where status = 'CLOSED' and region_path = " + YONGAN);
		rows.sample("job_seeker", "select min(id) from job_seeker where region_path = " + YONGAN);
		rows.sample("job_application", "select min(a.id) from job_application a join job_vacancy v on v.id = a.vacancy_id"
				+ " where a.region_path = " + YONGAN + " and v.region_path = " + YONGAN);
		rows.sample("job_fair", "select min(id) from job_fair where status = 'PLANNED' and region_path = " + YONGAN);
		rows.sample("job_placement", "select min(p.id) from job_placement p join job_vacancy v on v.id = p.vacancy_id"
				+ " where p.region_path = " + YONGAN + " and v.region_path = " + YONGAN);
		rows.sample("job_fair_booth", "select min(b.id) from job_fair_booth b join job_fair f on f.id = b.fair_id"
				+ " where f.status = 'PLANNED' and f.region_path = " + YONGAN);
		rows.add("GET", "/jobs", EmploymentPermissions.VIEW, null);
		rows.sample("job_training", "select min(id) from job_training where region_path = " + YONGAN);
		rows.sample("job_training_enrolment", "select min(e.id) from job_training_enrolment e join job_training t on t.id = e.training_id"
				+ " where t.region_path = " + YONGAN);
		for (String list : new String[] { "fairs", "vacancies", "seekers", "applications", "placements", "trainings",
				"enrolments" }) {
			rows.add("GET", "/jobs/" + list, EmploymentPermissions.VIEW, null);
			rows.add("GET", "/api/v1/jobs/" + list, EmploymentPermissions.VIEW, null);
		}
		rows.add("POST", "/jobs/vacancies", EmploymentPermissions.HANDLE, null);
		rows.add("POST", "/api/v1/jobs/vacancies", EmploymentPermissions.HANDLE, null);
		rows.addHidden("GET", "/jobs/vacancies/{id}", EmploymentPermissions.VIEW, "job_vacancy");
		rows.addHidden("GET", "/api/v1/jobs/vacancies/{id}", EmploymentPermissions.VIEW, "job_vacancy");
		rows.add("POST", "/jobs/vacancies/{id}/close", EmploymentPermissions.HANDLE, "job_vacancy");
		rows.add("POST", "/jobs/vacancies/{id}/applications", EmploymentPermissions.HANDLE, "job_vacancy");
		rows.add("POST", "/jobs/seekers", EmploymentPermissions.HANDLE, null);
		rows.addHidden("GET", "/jobs/seekers/{id}", EmploymentPermissions.VIEW, "job_seeker");
		rows.add("POST", "/jobs/seekers/{id}/consent", EmploymentPermissions.HANDLE, "job_seeker");
		rows.add("POST", "/jobs/seekers/{id}/applications", EmploymentPermissions.HANDLE, "job_seeker");
		rows.addHidden("GET", "/jobs/applications/{id}", EmploymentPermissions.VIEW, "job_application");
		rows.addHidden("GET", "/api/v1/jobs/applications/{id}", EmploymentPermissions.VIEW, "job_application");
		for (String act : new String[] { "advance", "refuse", "reopen", "hire" }) {
			rows.add("POST", "/jobs/applications/{id}/" + act, EmploymentPermissions.HANDLE, "job_application");
		}
		rows.add("POST", "/jobs/placements/{id}/check", EmploymentPermissions.HANDLE, "job_placement");
		rows.add("POST", "/jobs/fairs", EmploymentPermissions.HANDLE, null);
		rows.add("GET", "/jobs/fairs/{id}", null, "job_fair");
		for (String act : new String[] { "booths", "vacancies", "registrations", "check-in", "close", "queue" }) {
			rows.add("POST", "/jobs/fairs/{id}/" + act, EmploymentPermissions.HANDLE, "job_fair");
		}
		rows.add("POST", "/jobs/booths/{id}/call", EmploymentPermissions.HANDLE, "job_fair_booth");
		rows.add("POST", "/jobs/queue/{id}/seen", EmploymentPermissions.HANDLE, "missing");
		rows.add("POST", "/jobs/trainings", EmploymentPermissions.HANDLE, null);
		rows.add("GET", "/jobs/trainings/{id}", EmploymentPermissions.VIEW, "job_training");
		for (String act : new String[] { "enrolments", "sessions", "finish" }) {
			rows.add("POST", "/jobs/trainings/{id}/" + act, EmploymentPermissions.HANDLE, "job_training");
		}
		rows.add("POST", "/jobs/enrolments/{id}/complete", EmploymentPermissions.HANDLE, "job_training_enrolment");
		rows.add("POST", "/jobs/enrolments/{id}/drop", EmploymentPermissions.HANDLE, "job_training_enrolment");
		rows.add("GET", "/jobs/employer", EmploymentPermissions.EMPLOYER, null);
		rows.add("GET", "/my/jobs", EmploymentPermissions.OWN, null);
		rows.add("POST", "/my/jobs", EmploymentPermissions.OWN, null);
		rows.add("POST", "/my/jobs/apply", EmploymentPermissions.OWN, null);
		rows.add("POST", "/my/jobs/applications/{id}/decline", EmploymentPermissions.OWN, "missing");
		rows.add("POST", "/my/jobs/fairs/{id}/register", EmploymentPermissions.OWN, "missing");
		rows.add("POST", "/my/jobs/fairs/{id}/apply", EmploymentPermissions.OWN, "missing");
	}

}
