package cn.siwei.activity;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import cn.siwei.platform.NavEntry;

/** The activities ledger in the main menu. */
@Configuration(proxyBeanMethods = false)
class ActivityNav {

	@Bean
	NavEntry activitiesEntry() {
		return new NavEntry("activities", "/activities", "nav.activities", ActivityPermissions.VIEW, 48);
	}

}
