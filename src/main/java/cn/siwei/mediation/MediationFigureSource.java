package cn.siwei.mediation;

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
import cn.siwei.mediation.MediationTerms.Kind;

/**
 * Mediation's figures, registered with the figures capability: cases received (property disputes apart),
 * accepted, handled, settled, late, confirmed and performed, with the success, confirmation and performance rates;
 * by kind of dispute (category) and by where it came from (channel).
 */
@Component
class MediationFigureSource implements FigureSource {

	private final MessageSource messages;

	MediationFigureSource(MessageSource messages) {
		this.messages = messages;
	}

	@Override
	public String kind() {
		return "mediation";
	}

	@Override
	public Permission permission() {
		return MediationPermissions.VIEW;
	}

	@Override
	public String table() {
		return "mediation";
	}

	@Override
	public String alias() {
		return "x";
	}

	@Override
	public List<Counted> figures() {
		return Arrays.stream(MediationFigure.values())
			.map(f -> Counted.of(f.name(), f.condition(), "mediation.figure." + f.name(), "mediation.figureDef." + f.name()))
			.toList();
	}

	@Override
	public List<Rate> rates() {
		return List.of(new Rate("SUCCESS_RATE", "AGREED", "HANDLED", "mediation.successRate", "mediation.figureDef.SUCCESS_RATE"),
				new Rate("CONFIRMATION_RATE", "CONFIRMED", "AGREED", "mediation.confirmationRate",
						"mediation.figureDef.CONFIRMATION_RATE"),
				new Rate("PERFORMANCE_RATE", "PERFORMED", "FOLLOWED_UP", "mediation.performanceRate",
						"mediation.figureDef.PERFORMANCE_RATE"));
	}

	@Override
	public String titleKey() {
		return "mediation.title";
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
		return "mediation.source." + channel;
	}

	@Override
	public String drillDown(String figure, Selection s) {
		return "/mediations?region=" + s.regionId() + "&from=" + s.from() + "&to=" + s.to() + "&figure=" + figure
				+ (s.categoryId() != null ? "&category=" + s.categoryId() : "")
				+ (s.channel() != null ? "&source=" + s.channel() : "");
	}

	@Override
	public Overdue overdue() {
		return new Overdue("x.status = 'ACCEPTED' and x.due_at < :now", "x.due_at", "/mediations/{id}", "x.facts");
	}

	@Override
	public boolean onWall() {
		return false;
	}

}
