package cn.siwei.request;

import java.util.List;

import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

import cn.siwei.access.Permission;
import cn.siwei.access.WebRules;

/** Who may reach the request pages and API. */
@Component
class RequestWebRules implements WebRules {

	@Override
	public void authorize(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry auth) {
		auth
			// Other systems: Open311 clients and the 12345 hotline present their own API keys, checked by the endpoints.
			.requestMatchers("/open311/**").permitAll()
			.requestMatchers(HttpMethod.POST, "/api/v1/requests/intake", "/api/v1/requests/intake/*/evaluation").permitAll()
			.requestMatchers(HttpMethod.POST, "/requests/*/reporter").hasAuthority(RequestPermissions.ACCEPT.authority())
			.requestMatchers(HttpMethod.POST, "/requests/*/call-back", "/api/v1/requests/*/call-back")
				.hasAuthority(RequestPermissions.CALL_BACK.authority())
			.requestMatchers(HttpMethod.GET, "/requests", "/requests/figures", "/requests/supervision", "/requests/units",
					"/requests/units.xlsx", "/api/v1/requests", "/api/v1/requests/figures", "/api/v1/requests/supervision")
				.hasAuthority(RequestPermissions.VIEW.authority())
			.requestMatchers(HttpMethod.GET, "/rankings", "/rankings.xlsx", "/hot-topics")
				.hasAuthority(RequestPermissions.VIEW.authority())
			.requestMatchers(HttpMethod.POST, "/rankings/comments").hasAuthority(RequestPermissions.RANKING_COMMENT.authority())
			.requestMatchers(HttpMethod.GET, "/api/v1/requests/*/similar").hasAuthority(RequestPermissions.ACCEPT.authority())
			.requestMatchers(HttpMethod.GET, "/requests/tasks", "/api/v1/requests/tasks")
				.hasAuthority(RequestPermissions.HANDLE.authority())
			.requestMatchers("/requests/new").hasAuthority(RequestPermissions.RECORD.authority())
			.requestMatchers(HttpMethod.POST, "/requests", "/api/v1/requests").hasAuthority(RequestPermissions.RECORD.authority())
			.requestMatchers(HttpMethod.POST, "/requests/*/reveal", "/api/v1/requests/*/reveal")
				.hasAuthority(Permission.PERSONAL_DATA_REVEAL.authority())
			.requestMatchers(HttpMethod.GET, "/requests/settings")
				.hasAnyAuthority(Permission.RULES_MANAGE.authority(), Permission.DICTIONARY_MANAGE.authority(),
						Permission.ACCOUNT_MANAGE.authority())
			.requestMatchers("/requests/settings/limits").hasAuthority(Permission.RULES_MANAGE.authority())
			.requestMatchers("/requests/settings/calendar", "/requests/settings/templates/**", "/requests/settings/templates")
				.hasAuthority(Permission.DICTIONARY_MANAGE.authority())
			.requestMatchers("/requests/settings/clients/**", "/requests/settings/clients")
				.hasAuthority(Permission.ACCOUNT_MANAGE.authority());
	}

	@Override
	public List<String> keyedPaths() {
		return List.of("/open311/**", "/api/v1/requests/intake", "/api/v1/requests/intake/*/evaluation");
	}

}
