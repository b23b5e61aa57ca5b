package cn.siwei.organisation;

import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

import cn.siwei.access.Permission;
import cn.siwei.access.WebRules;

/** Who may reach the pages and API of organisations and teams. */
@Component
class OrganisationWebRules implements WebRules {

	@Override
	public void authorize(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry auth) {
		auth
			.requestMatchers("/organisations/new", "/organisations/*/edit", "/teams/new", "/teams/*/edit")
				.hasAuthority(Permission.ORGANISATION_MANAGE.authority())
			.requestMatchers(HttpMethod.GET, "/organisations/**", "/teams/**", "/api/v1/organisations/**", "/api/v1/teams/**")
				.hasAuthority(Permission.ORGANISATION_VIEW.authority())
			.requestMatchers("/organisations/**", "/teams/**", "/api/v1/organisations/**", "/api/v1/teams/**")
				.hasAuthority(Permission.ORGANISATION_MANAGE.authority());
	}

}
