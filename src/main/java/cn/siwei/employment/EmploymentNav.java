package cn.siwei.employment;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import cn.siwei.platform.NavEntry;

/** Employment's entries in the main menu: staff's registers, an employer's own vacancies, a resident's job search. */
@Configuration(proxyBeanMethods = false)
class EmploymentNav {

	@Bean
	NavEntry jobsEntry() {
		return new NavEntry("jobs", "/jobs/fairs", "nav.jobs", EmploymentPermissions.VIEW, 45);
	}

	@Bean
	NavEntry employerJobsEntry() {
		return new NavEntry("employer-jobs", "/jobs/employer", "nav.employerJobs", EmploymentPermissions.EMPLOYER, 46);
	}

	@Bean
	NavEntry myJobsEntry() {
		return new NavEntry("my-jobs", "/my/jobs", "nav.myJobs", EmploymentPermissions.OWN, 47);
	}

}
