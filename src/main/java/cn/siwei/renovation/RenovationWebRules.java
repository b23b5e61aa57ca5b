package cn.siwei.renovation;

import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

import cn.siwei.access.WebRules;

/** Who may reach the renovation pages and API. */
@Component
class RenovationWebRules implements WebRules {

	@Override
	public void authorize(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry auth) {
		String view = RenovationPermissions.VIEW.authority();
		String manage = RenovationPermissions.MANAGE.authority();
		auth.requestMatchers("/renovations/new").hasAuthority(manage)
			.requestMatchers(HttpMethod.POST, "/renovations", "/renovations/*/*", "/api/v1/renovations",
					"/api/v1/renovations/*/*")
				.hasAuthority(manage)
			.requestMatchers(HttpMethod.GET, "/renovations", "/renovations/*", "/api/v1/renovations",
					"/api/v1/renovations/*")
				.hasAuthority(view);
	}

}
