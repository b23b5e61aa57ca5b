package cn.siwei.roster;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import cn.siwei.access.Permission;
import cn.siwei.figures.FigureSource;
import cn.siwei.figures.Selection;
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
		return new Source(messages, "roster_member", "roster.figures.members",
				Arrays.stream(RosterFigure.Members.values())
					.map(f -> FigureSource.Counted.of(f.name(), f.condition(), "roster.figure." + f.name(),
							"roster.figureDef." + f.name()))
					.toList(),
				List.of(), "/rosters", "appointment", "roster.appointment.");
	}

	@Bean
	FigureSource rosterActivityFigures(MessageSource messages) {
		return new Source(messages, "roster_activity", "roster.figures.activities",
				Arrays.stream(RosterFigure.Activities.values())
					.map(f -> FigureSource.Counted.of(f.name(), f.condition(), "roster.figure." + f.name(),
							"roster.figureDef." + f.name()))
					.toList(),
				List.of(new FigureSource.Rate("STEWARDS_ACTIVE_SHARE", "ACTIVE_STEWARDS", "ACTIVE_MEMBERS",
						"roster.stewardsActiveShare", "roster.figureDef.STEWARDS_ACTIVE_SHARE")),
				"/rosters/activities", "kind", "roster.activity.");
	}

	private record Source(MessageSource messages, String table, String titleKey, List<Counted> figures,
			List<Rate> rates, String list, String channelParam, String channelPrefix) implements FigureSource {

		@Override
		public String kind() {
			return this.table;
		}

		@Override
		public String alias() {
			return "x";
		}

		@Override
		public Permission permission() {
			return RosterPermissions.VIEW;
		}

		@Override
		public Map<Long, String> categoryNames(Locale locale) {
			Map<Long, String> names = new LinkedHashMap<>();
			for (Role r : Role.values()) {
				names.put(r.category(), this.messages.getMessage(r.messageKey(), null, locale));
			}
			return names;
		}

		@Override
		public String channelKey(String channel) {
			return this.channelPrefix + channel;
		}

		@Override
		public String drillDown(String figure, Selection s) {
			return this.list + "?region=" + s.regionId() + "&from=" + s.from() + "&to=" + s.to() + "&figure=" + figure
					+ (s.categoryId() != null ? "&category=" + s.categoryId() : "")
					+ (s.channel() != null ? "&" + this.channelParam + "=" + s.channel() : "");
		}

		@Override
		public Overdue overdue() {
			return null;
		}

		@Override
		public boolean onWall() {
			return false;
		}

	}

}
