package cn.siwei.people;

import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

import cn.siwei.access.Permission;
import cn.siwei.access.WebRules;

/** Who may reach the people pages and API. */
@Component
class PeopleWebRules implements WebRules {

	@Override
	public void authorize(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry auth) {
		auth
			.requestMatchers("/people/new", "/people/*/edit").hasAuthority(Permission.PEOPLE_MANAGE.authority())
			.requestMatchers(HttpMethod.POST, "/people/*/reveal", "/api/v1/people/*/reveal")
				.hasAuthority(Permission.PERSONAL_DATA_REVEAL.authority())
			.requestMatchers(HttpMethod.GET, "/people/*/memberships").hasAuthority(Permission.PEOPLE_VIEW.authority())
			.requestMatchers("/people/import/**").hasAuthority(Permission.PEOPLE_MANAGE.authority())
			.requestMatchers(HttpMethod.GET, "/people/**", "/api/v1/people/**").hasAuthority(Permission.PEOPLE_VIEW.authority())
			.requestMatchers("/people/**", "/api/v1/people/**").hasAuthority(Permission.PEOPLE_MANAGE.authority());
	}

}
