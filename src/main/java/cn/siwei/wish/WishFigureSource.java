package cn.siwei.wish;

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
 * The wish figures, registered with the figures capability: each {@link WishFigure} with its condition, and the
 * claim, completion and satisfaction rates.
 */
@Component
class WishFigureSource implements FigureSource {

	private final WishRepository repository;

	WishFigureSource(WishRepository repository) {
		this.repository = repository;
	}

	@Override
	public String kind() {
		return "wish";
	}

	@Override
	public Permission permission() {
		return WishPermissions.VIEW;
	}

	@Override
	public String table() {
		return "wish";
	}

	@Override
	public String alias() {
		return "w";
	}

	@Override
	public List<Counted> figures() {
		return Arrays.stream(WishFigure.values())
			.map(f -> Counted.of(f.name(), f.condition(), "wish.figure." + f.name(), "wish.figureDef." + f.name()))
			.toList();
	}

	@Override
	public List<Rate> rates() {
		return List.of(new Rate("CLAIM_RATE", "CLAIMED", "COLLECTED", "wish.claimRate", "wish.figureDef.CLAIM_RATE"),
				new Rate("COMPLETION_RATE", "COMPLETED", "COLLECTED", "wish.completionRate", "wish.figureDef.COMPLETION_RATE"),
				new Rate("SATISFACTION_RATE", "SATISFIED", "EVALUATED", "wish.satisfactionRate",
						"wish.figureDef.SATISFACTION_RATE"));
	}

	@Override
	public String titleKey() {
		return "nav.wishes";
	}

	@Override
	public Map<Long, String> categoryNames(Locale locale) {
		Map<Long, String> names = new LinkedHashMap<>();
		this.repository.categories("en".equals(locale.getLanguage())).forEach(c -> names.put(c.id(), c.name()));
		return names;
	}

	@Override
	public String channelKey(String channel) {
		return "wish.channel." + channel;
	}

	@Override
	public String drillDown(String figure, Selection s) {
		return "/wishes?region=" + s.regionId() + "&from=" + s.from() + "&to=" + s.to() + "&figure=" + figure
				+ (s.categoryId() != null ? "&category=" + s.categoryId() : "")
				+ (s.channel() != null ? "&channel=" + s.channel() : "");
	}

	@Override
	public Overdue overdue() {
		// the condition is the one of the partial indexes wish_overdue and wish_overdue_region (V16)
		return new Overdue("(w.contact_overdue or w.completion_overdue) and w.status not in ('COMPLETED', 'CLOSED')",
				"w.created_at", "/wishes/{id}", "w.description");
	}

}
