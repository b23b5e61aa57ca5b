package cn.siwei.mediation;

import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

import cn.siwei.access.WebRules;

/** Who may reach the mediation pages and API. */
@Component
class MediationWebRules implements WebRules {

	@Override
	public void authorize(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry auth) {
		String view = MediationPermissions.VIEW.authority();
		String handle = MediationPermissions.HANDLE.authority();
		auth.requestMatchers("/mediations/new").hasAuthority(handle)
			.requestMatchers(HttpMethod.POST, "/mediations", "/mediations/*/*", "/api/v1/mediations",
					"/api/v1/mediations/*/*", "/mediators", "/mediators/*/retire", "/api/v1/mediators",
					"/api/v1/mediators/*/retire")
				.hasAuthority(handle)
			.requestMatchers(HttpMethod.GET, "/mediations/*/bundle", "/api/v1/mediations/*/suggestions")
				.hasAuthority(handle)
			.requestMatchers(HttpMethod.GET, "/mediations", "/mediations/*", "/mediations/*/evidence/*",
					"/api/v1/mediations", "/api/v1/mediations/*", "/api/v1/mediations/*/evidence", "/mediators",
					"/api/v1/mediators")
				.hasAuthority(view);
	}

}
