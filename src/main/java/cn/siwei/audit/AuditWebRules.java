package cn.siwei.audit;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

import cn.siwei.access.Permission;
import cn.siwei.access.WebRules;

/** Who may read the audit trail. */
@Component
class AuditWebRules implements WebRules {

	@Override
	public void authorize(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry auth) {
		auth
			.requestMatchers("/audit/**", "/api/v1/audit/**").hasAuthority(Permission.AUDIT_VIEW.authority());
	}

}
