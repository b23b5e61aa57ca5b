package cn.siwei.roster;

import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

import cn.siwei.access.WebRules;

/** Who may reach the rosters' pages and API. */
@Component
class RosterWebRules implements WebRules {

	@Override
	public void authorize(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry auth) {
		String view = RosterPermissions.VIEW.authority();
		String manage = RosterPermissions.MANAGE.authority();
		auth.requestMatchers("/rosters/new").hasAuthority(manage)
			.requestMatchers(HttpMethod.POST, "/rosters", "/rosters/*/*", "/api/v1/rosters", "/api/v1/rosters/*/*")
				.hasAuthority(manage)
			.requestMatchers(HttpMethod.GET, "/rosters", "/rosters/*", "/api/v1/rosters", "/api/v1/rosters/*")
				.hasAuthority(view);
	}

}
