package cn.siwei.meeting;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import cn.siwei.platform.NavEntry;

/** The meetings' entry in the main menu. */
@Configuration(proxyBeanMethods = false)
class MeetingNav {

	@Bean
	NavEntry meetingsEntry() {
		return new NavEntry("meetings", "/meetings", "nav.meetings", MeetingPermissions.VIEW, 10);
	}

}
