package cn.siwei.wish;

import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

import cn.siwei.access.Permission;
import cn.siwei.access.WebRules;

/** Who may reach the wish pages and API. */
@Component
class WishWebRules implements WebRules {

	@Override
	public void authorize(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry auth) {
		auth
			// The ledger with beneficiaries' names and care flags leaves the platform only for those who may see people.
			.requestMatchers(HttpMethod.GET, "/wishes/export.xlsx").hasAuthority(Permission.PEOPLE_VIEW.authority())
			.requestMatchers(HttpMethod.GET, "/wishes", "/wishes/figures", "/api/v1/wishes", "/api/v1/wishes/figures")
				.hasAuthority(WishPermissions.VIEW.authority())
			.requestMatchers("/wishes/new").hasAuthority(WishPermissions.COLLECT.authority())
			.requestMatchers(HttpMethod.GET, "/wishes/settings")
				.hasAnyAuthority(Permission.RULES_MANAGE.authority(), Permission.DICTIONARY_MANAGE.authority())
			.requestMatchers("/wishes/settings/**").hasAuthority(Permission.RULES_MANAGE.authority())
			.requestMatchers("/wishes/categories/**", "/wishes/categories").hasAuthority(Permission.DICTIONARY_MANAGE.authority())
			.requestMatchers(HttpMethod.POST, "/wishes", "/api/v1/wishes").hasAuthority(WishPermissions.COLLECT.authority())
			.requestMatchers(HttpMethod.POST, "/wishes/*/claim", "/api/v1/wishes/*/claim")
				.hasAuthority(WishPermissions.CLAIM.authority())
			.requestMatchers(HttpMethod.POST, "/wishes/*/assign", "/wishes/*/transfer", "/wishes/*/note",
					"/api/v1/wishes/*/assign", "/api/v1/wishes/*/transfer", "/api/v1/wishes/*/notes")
				.hasAuthority(WishPermissions.FOLLOW_UP.authority())
			.requestMatchers(HttpMethod.GET, "/api/v1/wishes/*/suggestions").hasAuthority(WishPermissions.FOLLOW_UP.authority());
	}

}
