package cn.siwei.region;

import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

import cn.siwei.access.Permission;
import cn.siwei.access.WebRules;

/** Who may reach the region tree's pages and API. */
@Component
class RegionWebRules implements WebRules {

	@Override
	public void authorize(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry auth) {
		auth
			// Forms are shown only to those who may submit them.
			.requestMatchers("/regions/*/children/new", "/regions/*/edit", "/regions/*/move")
				.hasAuthority(Permission.REGION_MANAGE.authority())
			.requestMatchers(HttpMethod.GET, "/regions/**", "/api/v1/regions/**").hasAuthority(Permission.REGION_VIEW.authority())
			.requestMatchers("/regions/**", "/api/v1/regions/**").hasAuthority(Permission.REGION_MANAGE.authority());
	}

}
