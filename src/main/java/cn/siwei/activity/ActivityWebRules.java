package cn.siwei.activity;

import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

import cn.siwei.access.WebRules;

/** Who may reach the activities ledger's pages and API. */
@Component
class ActivityWebRules implements WebRules {

	@Override
	public void authorize(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry auth) {
		auth.requestMatchers(HttpMethod.POST, "/activities", "/activities/**", "/api/v1/activities", "/api/v1/activities/**")
			.hasAuthority(ActivityPermissions.RECORD.authority())
			.requestMatchers(HttpMethod.GET, "/activities", "/activities/**", "/api/v1/activities", "/api/v1/activities/**")
			.hasAuthority(ActivityPermissions.VIEW.authority());
	}

}
