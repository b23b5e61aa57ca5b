package cn.siwei.problem;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import cn.siwei.access.Permission;
import cn.siwei.figures.FigureSource;
import cn.siwei.figures.Selection;
import cn.siwei.problem.ProblemTerms.Kind;

/**
 * The problem inventory's figures, registered with the figures capability: problems found, put on the list,
 * solved, solved on time, late and dropped, with the solved and on-time rates; by kind (category) and by how they
 * were found (channel).
 */
@Component
class ProblemFigureSource implements FigureSource {

	private final MessageSource messages;

	ProblemFigureSource(MessageSource messages) {
		this.messages = messages;
	}

	@Override
	public String kind() {
		return "problem";
	}

	@Override
	public Permission permission() {
		return ProblemPermissions.VIEW;
	}

	@Override
	public String table() {
		return "problem";
	}

	@Override
	public String alias() {
		return "x";
	}

	@Override
	public List<Counted> figures() {
		return Arrays.stream(ProblemFigure.values())
			.map(f -> Counted.of(f.name(), f.condition(), "problem.figure." + f.name(), "problem.figureDef." + f.name()))
			.toList();
	}

	@Override
	public List<Rate> rates() {
		return List.of(new Rate("SOLVED_RATE", "SOLVED", "DISCOVERED", "problem.solvedRate", "problem.figureDef.SOLVED_RATE"),
				new Rate("ON_TIME_RATE", "SOLVED_ON_TIME", "SOLVED", "problem.onTimeRate",
						"problem.figureDef.ON_TIME_RATE"));
	}

	@Override
	public String titleKey() {
		return "problem.title";
	}

	@Override
	public Map<Long, String> categoryNames(Locale locale) {
		Map<Long, String> names = new LinkedHashMap<>();
		for (Kind k : Kind.values()) {
			names.put(k.category(), this.messages.getMessage(k.messageKey(), null, locale));
		}
		return names;
	}

	@Override
	public String channelKey(String channel) {
		return "problem.source." + channel;
	}

	@Override
	public String drillDown(String figure, Selection s) {
		return "/problems?region=" + s.regionId() + "&from=" + s.from() + "&to=" + s.to() + "&figure=" + figure
				+ (s.categoryId() != null ? "&category=" + s.categoryId() : "")
				+ (s.channel() != null ? "&source=" + s.channel() : "");
	}

	@Override
	public Overdue overdue() {
		return new Overdue("x.status = 'ASSIGNED' and x.due_at < :now", "x.due_at", "/problems/{id}", "x.title");
	}

	@Override
	public boolean onWall() {
		return false;
	}

}
