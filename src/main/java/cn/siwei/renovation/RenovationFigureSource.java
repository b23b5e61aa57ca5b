package cn.siwei.renovation;

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
import cn.siwei.renovation.RenovationTerms.Works;

/**
 * Renovation's figures, registered with the figures capability: projects planned, consulted, consented, under
 * way, completed and refused, with the consent and completion rates; by kind of works and by who pays.
 */
@Component
class RenovationFigureSource implements FigureSource {

	private final MessageSource messages;

	RenovationFigureSource(MessageSource messages) {
		this.messages = messages;
	}

	@Override
	public String kind() {
		return "renovation";
	}

	@Override
	public Permission permission() {
		return RenovationPermissions.FIGURES;
	}

	@Override
	public String table() {
		return "renovation";
	}

	@Override
	public String alias() {
		return "x";
	}

	@Override
	public List<Counted> figures() {
		return Arrays.stream(RenovationFigure.values())
			.map(f -> Counted.of(f.name(), f.condition(), "renovation.figure." + f.name(),
					"renovation.figureDef." + f.name()))
			.toList();
	}

	@Override
	public List<Rate> rates() {
		return List.of(new Rate("CONSENT_RATE", "CONSENTED", "CONSULTED", "renovation.consentRate",
				"renovation.figureDef.CONSENT_RATE"), new Rate("COMPLETION_RATE", "COMPLETED", "PROJECTS",
						"renovation.completionRate", "renovation.figureDef.COMPLETION_RATE"));
	}

	@Override
	public String titleKey() {
		return "renovation.title";
	}

	@Override
	public Map<Long, String> categoryNames(Locale locale) {
		Map<Long, String> names = new LinkedHashMap<>();
		for (Works w : Works.values()) {
			names.put(w.category(), this.messages.getMessage(w.messageKey(), null, locale));
		}
		return names;
	}

	@Override
	public String channelKey(String channel) {
		return "renovation.funding." + channel;
	}

	@Override
	public String drillDown(String figure, Selection s) {
		return "/renovations?region=" + s.regionId() + "&from=" + s.from() + "&to=" + s.to() + "&figure=" + figure
				+ (s.categoryId() != null ? "&category=" + s.categoryId() : "")
				+ (s.channel() != null ? "&funding=" + s.channel() : "");
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
