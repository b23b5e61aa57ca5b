package cn.siwei.roster;

import java.util.List;

import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import cn.siwei.figures.FigureSource;
import cn.siwei.figures.ListFigureSource;
import cn.siwei.roster.RosterTerms.Role;

/**
 * The rosters' figures, registered with the figures capability: members appointed (stewards, heads, capable
 * residents, ended) by role and by how they came to it; and what they did (visits, services, problems found) with
 * the members active in each month, by role and by kind. Shown on the dashboard page, each opening onto its records.
 */
@Configuration(proxyBeanMethods = false)
class RosterFigureSources {

	@Bean
	FigureSource rosterMemberFigures(MessageSource messages) {
		return new ListFigureSource("roster_member", "roster_member", "x", RosterPermissions.VIEW,
				"roster.figures.members",
				ListFigureSource.counted("roster", RosterFigure.Members.values(), RosterFigure.Members::condition), List.of(),
				ListFigureSource.categories(messages, Role.values(), Role::category, Role::messageKey),
				"roster.appointment.", "/rosters", "appointment", null);
	}

	@Bean
	FigureSource rosterActivityFigures(MessageSource messages) {
		return new ListFigureSource("roster_activity", "roster_activity", "x", RosterPermissions.VIEW,
				"roster.figures.activities",
				ListFigureSource.counted("roster", RosterFigure.Activities.values(), RosterFigure.Activities::condition),
				List.of(ListFigureSource.rate("roster", "STEWARDS_ACTIVE_SHARE", "ACTIVE_STEWARDS", "ACTIVE_MEMBERS",
						"stewardsActiveShare")),
				ListFigureSource.categories(messages, Role.values(), Role::category, Role::messageKey), "roster.activity.",
				"/rosters/activities", "kind", null);
	}

}
