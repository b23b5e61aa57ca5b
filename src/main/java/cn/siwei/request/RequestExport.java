package cn.siwei.request;

import java.io.OutputStream;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.siwei.access.Actor;
import cn.siwei.platform.LedgerSheet;
import cn.siwei.platform.SheetTitle;
import cn.siwei.region.Regions;

/**
 * The request ledger and the supervision list as .xlsx sheets, as an office files them: a title line with the
 * region, the filters and the time, frozen and filterable headers, one row per request (or per late step),
 * streamed from a cursor. The reporter is not in them: neither name nor phone leaves the platform this way.
 */
@Service
public class RequestExport {

	static final List<String> LEDGER = List.of("request.export.id", "request.placedAt", "request.channel",
			"request.category", "request.description", "request.region", "request.address", "request.urgency",
			"request.status", "request.dueAt", "request.overdue", "request.escalatedTag", "request.export.resolved",
			"request.evaluation", "request.export.evaluationMethod", "request.export.urged");

	static final List<String> SUPERVISION = List.of("request.export.id", "request.description", "request.region",
			"request.status", "request.unit", "request.export.step", "request.dueAt", "request.overdue", "request.export.urged");

	private final RequestLedger ledger;

	private final RequestQueries queries;

	private final Regions regions;

	private final MessageSource messages;

	private final Clock clock;

	RequestExport(RequestLedger ledger, RequestQueries queries, Regions regions, MessageSource messages, Clock clock) {
		this.ledger = ledger;
		this.queries = queries;
		this.regions = regions;
		this.messages = messages;
		this.clock = clock;
	}

	/**
	 * The filtered ledger, every request that matches (not one page).
	 * @param place the name of the region the ledger is of
	 * @return how many requests were written
	 */
	@Transactional(readOnly = true)
	public long ledger(Actor actor, String regionPath, String place, RequestFilter filter, Locale locale, OutputStream out) {
		actor.require(RequestPermissions.VIEW);
		String scope = regionPath != null && actor.scope().covers(regionPath) ? regionPath : actor.scope().regionPath();
		Instant now = this.clock.instant();
		LedgerSheet sheet = LedgerSheet.start(out, text("request.ledger", locale), title(filter, place, locale),
				LEDGER.stream().map(c -> text(c, locale)).toList());
		Map<String, String> places = new HashMap<>();
		this.ledger.forEach(scope, filter, RequestQueries.english(locale), r -> sheet.row()
			.number(r.id())
			.text(local(r.createdAt()))
			.text(text(r.channel().messageKey(), locale))
			.text(r.categoryName())
			.text(r.description())
			.text(place(places, r.regionPath()))
			.text(r.address())
			.text(text(r.urgency().messageKey(), locale))
			.text(text(r.status().messageKey(), locale))
			.text(local(r.dueAt()))
			.text(r.overdueAt(now) ? text("request.overdue", locale) : null)
			.text(r.escalated() ? text("request.escalatedTag", locale) : null)
			.text(r.resolved() == null ? null : text(r.resolved() ? "request.resolvedYes" : "request.resolvedNo", locale))
			.text(r.satisfaction() == null ? null : text(r.satisfaction().messageKey(), locale))
			.text(r.evaluationMethod() == null ? null : text(r.evaluationMethod().messageKey(), locale))
			.number(r.urgeCount() == 0 ? null : r.urgeCount()));
		sheet.finish();
		return sheet.count();
	}

	/**
	 * 督办清单: every open step of the actor's region that is late or due soon, soonest first, read page by page.
	 * @return how many lines were written
	 */
	@Transactional(readOnly = true)
	public long supervision(Actor actor, String place, Locale locale, OutputStream out) {
		actor.require(RequestPermissions.VIEW);
		Instant now = this.clock.instant();
		String title = new SheetTitle(this.messages, locale, this.clock)
			.flag(true, "request.export.lateOrDueSoon")
			.of("request.supervision", place);
		LedgerSheet sheet = LedgerSheet.start(out, text("request.supervision", locale), title,
				SUPERVISION.stream().map(c -> text(c, locale)).toList());
		Map<String, String> places = new HashMap<>();
		int size = 1000;
		for (int page = 0;; page++) {
			var lines = this.queries.supervision(actor, locale, page, size);
			for (Request.Supervised l : lines.items()) {
				Request r = l.request();
				sheet.row()
					.number(r.id())
					.text(r.description())
					.text(place(places, r.regionPath()))
					.text(text(r.status().messageKey(), locale))
					.text(l.part() == null ? null : l.part().unitName())
					.text(l.part() == null ? text(r.status().messageKey(), locale) : text(l.part().status().messageKey(), locale))
					.text(local(l.dueAt()))
					.text(now.isAfter(l.dueAt()) ? text("request.overdue", locale) : null)
					.number(r.urgeCount() == 0 ? null : r.urgeCount());
			}
			// read until a page comes back short (the list's total is only counted up to a cap), at most 50 pages
			if (lines.items().size() < size || page >= 49) {
				break;
			}
		}
		sheet.finish();
		return sheet.count();
	}

	private String place(Map<String, String> cache, String path) {
		return cache.computeIfAbsent(path, p -> this.regions.places(List.of(p)).get(p));
	}

	/** The title line: the ledger of the place, with the filters that are set. */
	private String title(RequestFilter f, String place, Locale locale) {
		return new SheetTitle(this.messages, locale, this.clock)
			.filter("request.status", f.status() == null ? null : text(f.status().messageKey(), locale))
			.filter("request.category", f.categoryId() == null ? null : this.queries.categories(locale).stream()
				.filter(c -> c.id() == f.categoryId()).map(Request.Category::name).findFirst().orElse("#" + f.categoryId()))
			.filter("request.channel", f.channel() == null ? null : text(f.channel().messageKey(), locale))
			.filter("request.urgency", f.urgency() == null ? null : text(f.urgency().messageKey(), locale))
			.flag(f.escalatedOnly(), "request.escalatedTag")
			.flag(f.overdueAt() != null, "request.overdue")
			.flag(f.figure() != null, f.figure() == null ? "" : f.figure().messageKey())
			.filter("request.unit", f.unitId() == null ? null : "#" + f.unitId())
			.filter("common.search", f.text())
			.period(f.from(), f.to())
			.of("request.ledger", place);
	}

	private String local(Instant instant) {
		return SheetTitle.local(instant, this.clock.getZone());
	}

	private String text(String key, Locale locale) {
		return this.messages.getMessage(key, null, key, locale);
	}

}
