package cn.siwei.points;

import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

import cn.siwei.access.WebRules;

/** Who may reach the points pages and API. */
@Component
class PointsWebRules implements WebRules {

	@Override
	public void authorize(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry auth) {
		String view = PointsPermissions.VIEW.authority();
		String manage = PointsPermissions.MANAGE.authority();
		String own = PointsPermissions.OWN.authority();
		String verify = PointsPermissions.VERIFY.authority();
		auth.requestMatchers("/points/verify", "/api/v1/points/verify").hasAuthority(verify)
			.requestMatchers("/my/points", "/my/points/**", "/api/v1/points/mine").hasAuthority(own)
			.requestMatchers("/points/collect").hasAuthority(manage)
			.requestMatchers("/points/shop").hasAuthority(PointsPermissions.SHOP.authority())
			.requestMatchers(HttpMethod.POST, "/points", "/points/**", "/api/v1/points/**").hasAuthority(manage)
			.requestMatchers(HttpMethod.GET, "/points", "/points/**", "/api/v1/points/**").hasAuthority(view);
	}

}
