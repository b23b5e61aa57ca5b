package cn.siwei.wish;

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
import cn.siwei.access.Permission;
import cn.siwei.access.Scope;
import cn.siwei.platform.LedgerSheet;
import cn.siwei.platform.SheetTitle;
import cn.siwei.region.Regions;

/**
 * Writes the filtered ledger to an .xlsx sheet by streaming: rows come from a database cursor and leave for the
 * output as they are written, so memory stays flat however many wishes there are. The sheet says what it holds
 * (region, filters, time) above frozen, filterable headers; the region column is the place from the street down.
 * Beneficiaries appear by name only; no phone, ID number or address is exported.
 */
@Service
public class WishExport {

	private final WishRepository repository;

	private final MessageSource messages;

	private final Clock clock;

	private final Regions regions;

	private final WishCategories categories;

	WishExport(WishCategories categories, Regions regions, WishRepository repository, MessageSource messages, Clock clock) {
		this.categories = categories;
		this.regions = regions;
		this.repository = repository;
		this.messages = messages;
		this.clock = clock;
	}

	static final List<String> COLUMNS = List.of("wish.export.id", "wish.collectedAt", "wish.beneficiary",
			"people.region", "wish.category", "wish.description", "wish.urgency", "wish.difficulty", "wish.channel",
			"wish.status", "wish.claimant", "wish.contactDue", "wish.committedDate", "wish.export.completedAt",
			"wish.evaluation", "wish.overdue");

	/**
	 * @param place the name of the region the ledger is of, for the title line
	 * @return how many wishes were written
	 */
	@Transactional(readOnly = true)
	public long write(Actor actor, String regionPath, String place, WishFilter filter, Locale locale, OutputStream out) {
		// The ledger with beneficiaries' names and care flags leaves the platform only for those who may see people.
		actor.require(WishPermissions.VIEW);
		actor.require(Permission.PEOPLE_VIEW);
		Scope scope = regionPath != null && Scope.of(actor.regionPath()).covers(regionPath) ? Scope.of(regionPath)
				: Scope.of(actor.regionPath());
		LedgerSheet sheet = LedgerSheet.start(out, text("wish.ledger", locale), title(filter, place, locale),
				COLUMNS.stream().map(c -> text(c, locale)).toList());
		Map<String, String> places = new HashMap<>();
		this.repository.forEach(scope, WishReach.FULL, filter, "en".equals(locale.getLanguage()), w -> sheet.row()
			.number(w.id())
			.text(local(w.createdAt()))
			.text(w.beneficiaryName())
			.text(places.computeIfAbsent(w.regionPath(), p -> this.regions.address(p)))
			.text(w.categoryName())
			.text(w.description())
			.text(text(w.urgency().messageKey(), locale))
			.text(text(w.difficulty().messageKey(), locale))
			.text(text(w.channel().messageKey(), locale))
			.text(text(w.status().messageKey(), locale))
			.text(w.claimantName())
			.text(local(w.contactDueAt()))
			.text(w.committedDate() == null ? null : w.committedDate().toString())
			.text(local(w.completedAt()))
			.text(w.evaluation() == null ? null : text(w.evaluation().messageKey(), locale))
			.text(w.overdue() ? text("wish.overdue", locale) : null));
		sheet.finish();
		return sheet.count();
	}

	/** The title line: the ledger of the place, with the filters that are set. */
	private String title(WishFilter f, String place, Locale locale) {
		return new SheetTitle(this.messages, locale, this.clock)
			.filter("wish.status", f.status() == null ? null : text(f.status().messageKey(), locale))
			.filter("wish.category", f.categoryId() == null ? null : this.categories.all().stream()
				.filter(c -> c.id() == f.categoryId())
				.map(c -> "en".equals(locale.getLanguage()) ? c.nameEn() : c.nameZh()).findFirst().orElse("#" + f.categoryId()))
			.filter("wish.urgency", f.urgency() == null ? null : text(f.urgency().messageKey(), locale))
			.filter("wish.channel", f.channel() == null ? null : text(f.channel().messageKey(), locale))
			.flag(f.priorityOnly(), "wish.priorityOnly")
			.flag(f.overdueOnly(), "wish.overdueOnly")
			.flag(f.figure() != null, f.figure() == null ? "" : f.figure().messageKey())
			.filter("people.careTags", f.careTag() == null ? null : text(f.careTag().messageKey(), locale))
			.filter("common.search", f.text())
			.period(f.from(), f.to())
			.of("wish.ledger", place);
	}

	private String local(Instant instant) {
		return SheetTitle.local(instant, this.clock.getZone());
	}

	private String text(String key, Locale locale) {
		return this.messages.getMessage(key, null, key, locale);
	}

}
