package cn.siwei.meeting;

import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

import cn.siwei.access.WebRules;

/** Who may reach the meeting pages and API; signing in by a meeting's code is for anyone logged in. */
@Component
class MeetingWebRules implements WebRules {

	@Override
	public void authorize(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry auth) {
		String view = MeetingPermissions.VIEW.authority();
		String convene = MeetingPermissions.CONVENE.authority();
		String follow = MeetingPermissions.FOLLOW.authority();
		auth
			.requestMatchers("/meetings/sign-in/**").authenticated()
			.requestMatchers(HttpMethod.POST, "/meetings/decisions/*/progress", "/meetings/decisions/*/finish",
					"/api/v1/meetings/decisions/*/progress", "/api/v1/meetings/decisions/*/finish")
				.hasAuthority(follow)
			.requestMatchers(HttpMethod.GET, "/meetings/decisions", "/meetings/decisions/*", "/api/v1/meetings/decisions")
				.hasAuthority(view)
			.requestMatchers(HttpMethod.POST, "/meetings/matters/*/*", "/api/v1/meetings/matters/*/*").hasAuthority(convene)
			.requestMatchers("/meetings/new", "/meetings/*/qr.svg").hasAuthority(convene)
			.requestMatchers(HttpMethod.POST, "/meetings", "/meetings/*/*", "/api/v1/meetings", "/api/v1/meetings/*/*")
				.hasAuthority(convene)
			.requestMatchers(HttpMethod.GET, "/meetings", "/meetings/*", "/api/v1/meetings", "/api/v1/meetings/*",
					"/api/v1/meetings/*/owners")
				.hasAuthority(view);
	}

}
