package cn.siwei.employment;

import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

import cn.siwei.access.WebRules;

/**
 * Who may reach employment's pages and API. The lists and registers are staff's; a vacancy, a seeker, an
 * application, a placement, a fair and a booth answer whoever is party to them (staff of the place, the employer's
 * own account, the seeker), checked by the services, which answer 404 to anyone else.
 */
@Component
class EmploymentWebRules implements WebRules {

	@Override
	public void authorize(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry auth) {
		String view = EmploymentPermissions.VIEW.authority();
		String handle = EmploymentPermissions.HANDLE.authority();
		String employer = EmploymentPermissions.EMPLOYER.authority();
		String own = EmploymentPermissions.OWN.authority();
		auth.requestMatchers("/my/jobs", "/my/jobs/**", "/api/v1/jobs/mine").hasAuthority(own)
			.requestMatchers("/jobs/employer").hasAuthority(employer)
			.requestMatchers(HttpMethod.GET, "/jobs", "/jobs/fairs", "/jobs/vacancies", "/jobs/seekers",
					"/jobs/applications", "/jobs/placements", "/jobs/trainings", "/jobs/enrolments", "/jobs/trainings/*",
					"/api/v1/jobs/fairs", "/api/v1/jobs/vacancies", "/api/v1/jobs/seekers", "/api/v1/jobs/applications",
					"/api/v1/jobs/placements", "/api/v1/jobs/trainings", "/api/v1/jobs/enrolments")
				.hasAuthority(view)
			.requestMatchers(HttpMethod.POST, "/jobs/vacancies", "/api/v1/jobs/vacancies", "/jobs/vacancies/*/*",
					"/jobs/applications/*/*", "/jobs/placements/*/*", "/jobs/booths/*/*", "/jobs/queue/*/*")
				.hasAnyAuthority(handle, employer)
			.requestMatchers(HttpMethod.POST, "/jobs/seekers", "/jobs/seekers/*/*", "/jobs/fairs", "/jobs/fairs/*/*",
					"/jobs/trainings", "/jobs/trainings/*/*", "/jobs/enrolments/*/*", "/api/v1/jobs/seekers",
					"/api/v1/jobs/fairs")
				.hasAuthority(handle)
			.requestMatchers("/jobs/**", "/api/v1/jobs/**").authenticated();
	}

}
