package cn.siwei.problem;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import cn.siwei.platform.NavEntry;

/** The problem inventory's entry in the main menu. */
@Configuration(proxyBeanMethods = false)
class ProblemNav {

	@Bean
	NavEntry problemsEntry() {
		return new NavEntry("problems", "/problems", "nav.problems", ProblemPermissions.VIEW, 25);
	}

}
