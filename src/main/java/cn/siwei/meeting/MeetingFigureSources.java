package cn.siwei.meeting;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import cn.siwei.access.Permission;
import cn.siwei.figures.FigureSource;
import cn.siwei.figures.RankedRate;
import cn.siwei.figures.Selection;

/**
 * Meetings' figures and their decisions', registered with the figures capability: meetings convened and held;
 * decisions taken, done, done on time and overdue, with the done and on-time rates. Shown on the dashboard (not
 * on the wall display) and opened onto exactly the records they count.
 */
@Configuration(proxyBeanMethods = false)
class MeetingFigureSources {

	@Bean
	FigureSource meetingFigures(MessageSource messages) {
		return new Source(messages, "meeting", "meeting", "m", "meeting.figures.meetings",
				Arrays.stream(MeetingFigure.Meetings.values())
					.map(f -> FigureSource.Counted.of(f.name(), f.condition(), "meeting.figure." + f.name(),
							"meeting.figureDef." + f.name()))
					.toList(),
				List.of(new FigureSource.Rate("HELD_RATE", "HELD", "CONVENED", "meeting.heldRate", "meeting.figureDef.HELD_RATE")),
				"/meetings", null);
	}

	@Bean
	FigureSource decisionFigures(MessageSource messages) {
		return new Source(messages, "meeting_decision", "meeting_decision", "d", "meeting.figures.decisions",
				Arrays.stream(MeetingFigure.Decisions.values())
					.map(f -> FigureSource.Counted.of(f.name(), f.condition(), "meeting.figure." + f.name(),
							"meeting.figureDef." + f.name()))
					.toList(),
				List.of(new FigureSource.Rate("DONE_RATE", "DONE", "DECIDED", "meeting.doneRate", "meeting.figureDef.DONE_RATE"),
						new FigureSource.Rate("ON_TIME_RATE", "DONE_ON_TIME", "DONE", "meeting.onTimeRate",
								"meeting.figureDef.ON_TIME_RATE")),
				"/meetings/decisions",
				new FigureSource.Overdue("d.status = 'OPEN' and d.due_at < :now", "d.due_at", "/meetings/decisions/{id}",
						"d.text"));
	}

	/** Decisions done, and done on time, in the monthly ranking of streets and communities. */
	@Bean
	RankedRate decisionsDoneRanked() {
		return new RankedRate("meeting_decision", "DONE_RATE");
	}

	@Bean
	RankedRate decisionsOnTimeRanked() {
		return new RankedRate("meeting_decision", "ON_TIME_RATE");
	}

	private record Source(MessageSource messages, String kind, String table, String alias, String titleKey,
			List<Counted> figures, List<Rate> rates, String list, Overdue overdue) implements FigureSource {

		@Override
		public Permission permission() {
			return MeetingPermissions.VIEW;
		}

		@Override
		public Map<Long, String> categoryNames(Locale locale) {
			return Map.of(1L, this.messages.getMessage("meeting.allKinds", null, locale));
		}

		@Override
		public String channelKey(String channel) {
			return "meeting.kind." + channel;
		}

		@Override
		public String drillDown(String figure, Selection s) {
			return this.list + "?region=" + s.regionId() + "&from=" + s.from() + "&to=" + s.to() + "&figure=" + figure
					+ (s.channel() != null ? "&kind=" + s.channel() : "");
		}

		@Override
		public boolean onWall() {
			return false;
		}

	}

}
