package cn.siwei.roster;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import cn.siwei.platform.NavEntry;

/** The rosters' entry in the main menu. */
@Configuration(proxyBeanMethods = false)
class RosterNav {

	@Bean
	NavEntry rostersEntry() {
		return new NavEntry("rosters", "/rosters", "nav.rosters", RosterPermissions.VIEW, 30);
	}

}
