package cn.siwei.problem;

import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

import cn.siwei.access.WebRules;

/** Who may reach the problem inventory's pages and API. */
@Component
class ProblemWebRules implements WebRules {

	@Override
	public void authorize(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry auth) {
		String view = ProblemPermissions.VIEW.authority();
		String handle = ProblemPermissions.HANDLE.authority();
		auth.requestMatchers("/problems/new").hasAuthority(handle)
			.requestMatchers(HttpMethod.POST, "/problems", "/problems/*/*", "/api/v1/problems", "/api/v1/problems/*/*")
				.hasAuthority(handle)
			.requestMatchers(HttpMethod.GET, "/problems", "/problems/*", "/api/v1/problems", "/api/v1/problems/*")
				.hasAuthority(view);
	}

}
