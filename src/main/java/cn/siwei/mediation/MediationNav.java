package cn.siwei.mediation;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import cn.siwei.platform.NavEntry;

/** Mediation's entry in the main menu. */
@Configuration(proxyBeanMethods = false)
class MediationNav {

	@Bean
	NavEntry mediationsEntry() {
		return new NavEntry("mediations", "/mediations", "nav.mediations", MediationPermissions.VIEW, 20);
	}

}
