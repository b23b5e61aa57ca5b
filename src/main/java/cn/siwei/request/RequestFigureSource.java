package cn.siwei.request;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.stereotype.Component;

import cn.siwei.access.Permission;
import cn.siwei.figures.FigureSource;
import cn.siwei.figures.Selection;

/**
 * The request figures, registered with the figures capability: each {@link RequestFigure} with its condition, the
 * total of reopenings, and the four rates.
 */
@Component
class RequestFigureSource implements FigureSource {

	private final RequestDictionary dictionary;

	RequestFigureSource(RequestDictionary dictionary) {
		this.dictionary = dictionary;
	}

	@Override
	public String kind() {
		return "request";
	}

	@Override
	public Permission permission() {
		return RequestPermissions.VIEW;
	}

	@Override
	public String table() {
		return "request";
	}

	@Override
	public String alias() {
		return "r";
	}

	@Override
	public List<Counted> figures() {
		return Arrays.stream(RequestFigure.values())
			.map(f -> Counted.of(f.name(), f.condition(), f.messageKey(), "request.figureDef." + f.name()))
			.toList();
	}

	@Override
	public List<Rate> rates() {
		return List.of(
				new Rate("ACCEPTANCE_RATE", "ACCEPTED", "RECEIVED", "request.acceptanceRate", "request.figureDef.ACCEPTANCE_RATE"),
				new Rate("RESOLUTION_RATE", "RESOLVED", "ACCEPTED", "request.resolutionRate", "request.figureDef.RESOLUTION_RATE"),
				new Rate("SATISFACTION_RATE", "SATISFIED", "EVALUATED", "request.satisfactionRate",
						"request.figureDef.SATISFACTION_RATE"),
				new Rate("ON_TIME_RATE", "RESPONDED_ON_TIME", "RECEIVED", "request.onTimeResponseRate",
						"request.figureDef.ON_TIME_RATE"));
	}

	@Override
	public String titleKey() {
		return "nav.requests";
	}

	@Override
	public Map<Long, String> categoryNames(Locale locale) {
		Map<Long, String> names = new LinkedHashMap<>();
		this.dictionary.categories(RequestQueries.english(locale)).forEach(c -> names.put(c.id(), c.name()));
		return names;
	}

	@Override
	public String channelKey(String channel) {
		return "request.channel." + channel;
	}

	@Override
	public String drillDown(String figure, Selection s) {
		StringBuilder b = new StringBuilder("/requests?region=").append(s.regionId()).append("&from=").append(s.from())
			.append("&to=").append(s.to()).append("&figure=").append(figure);
		if (s.categoryId() != null) {
			b.append("&category=").append(s.categoryId());
		}
		if (s.channel() != null) {
			b.append("&channel=").append(s.channel());
		}
		return b.toString();
	}

	@Override
	public Overdue overdue() {
		return new Overdue("r.due_at < :now", "r.due_at", "/requests/{id}", "r.description");
	}

}
