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
					"/api/v1/mediations/*/*")
				.hasAuthority(handle)
			.requestMatchers(HttpMethod.GET, "/mediations", "/mediations/*", "/api/v1/mediations", "/api/v1/mediations/*")
				.hasAuthority(view);
	}

}
