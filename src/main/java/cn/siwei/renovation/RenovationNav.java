package cn.siwei.renovation;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import cn.siwei.platform.NavEntry;

/** Renovation's entry in the main menu. */
@Configuration(proxyBeanMethods = false)
class RenovationNav {

	@Bean
	NavEntry renovationsEntry() {
		return new NavEntry("renovations", "/renovations", "nav.renovations", RenovationPermissions.VIEW, 35);
	}

}
