package cn.siwei.wish;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.siwei.access.Actor;
import cn.siwei.access.Scope;
import cn.siwei.platform.Page;
import cn.siwei.region.RegionCounts;

/**
 * Reading wishes, each as the actor may read it (need to know, {@link WishAccess}): one wish with its timeline and the
 * acts it offers, the ledger, a resident's own, the categories.
 */
@Service
public class WishQueries {

	private final WishRepository repository;

	private final WishAccess access;

	private final RegionCounts counts;

	WishQueries(WishRepository repository, WishAccess access, RegionCounts counts) {
		this.repository = repository;
		this.access = access;
		this.counts = counts;
	}

	/** A wish as the actor may read it; anyone else is told it does not exist. */
	@Transactional(readOnly = true)
	public Wish get(Actor actor, long id, Locale locale) {
		return this.access.readable(actor, id, locale);
	}

	/** What the actor may do on the wish now; pages and the API offer exactly these. */
	@Transactional(readOnly = true)
	public Set<WishLoop.Act> allowed(Actor actor, long id) {
		return this.access.allowed(actor, this.access.readable(actor, id, null));
	}

	@Transactional(readOnly = true)
	public List<TimelineEntry> timeline(Actor actor, long id) {
		this.access.readable(actor, id, null);
		return this.repository.timeline(id);
	}

	/**
	 * The ledger of a region inside the actor's (the actor's own when {@code regionPath} is null), care-tagged
	 * beneficiaries first, newest first.
	 */
	@Transactional(readOnly = true)
	public Page<Wish> ledger(Actor actor, String regionPath, WishFilter filter, Locale locale, int page, int size) {
		return ledger(actor, regionPath, filter, WishSort.PRIORITY, locale, page, size);
	}

	/** The ledger in a chosen order. */
	@Transactional(readOnly = true)
	public Page<Wish> ledger(Actor actor, String regionPath, WishFilter filter, WishSort sort, Locale locale, int page,
			int size) {
		actor.require(WishPermissions.VIEW);
		Scope own = WishAccess.scopeOf(actor);
		Scope scope = regionPath != null && own.covers(regionPath) ? Scope.of(regionPath) : own;
		WishReach reach = this.access.reachOf(actor);
		if (regionPath != null) {
			reach = new WishReach(List.of(), reach.unitOrganisationId(), reach.personId(), reach.openOrOwn());
		}
		long total = plain(filter) && reach.full()
				? this.counts.under(filter.status() == null ? "wish" : "wish:" + filter.status().name(),
						List.of(scope.regionPath())).getOrDefault(scope.regionPath(), 0L)
				: this.repository.count(scope, reach, filter);
		WishReach seen = reach;
		return new Page<>(this.repository.list(scope, reach, filter, sort == null ? WishSort.PRIORITY : sort,
				WishAccess.english(locale), (int) Page.offset(page, size), size, total <= SMALL_LIST).stream()
			.map(w -> this.access.asSeenBy(actor, seen, w))
			.toList(), page, size, total);
	}

	/** Ledgers with at most this many matches are found first and sorted; longer ones read in ledger order. */
	static final long SMALL_LIST = 50_000;

	/** Whether the ledger's total can be read from the per-node counters: no filter but the status. */
	private static boolean plain(WishFilter f) {
		return f.categoryId() == null && f.urgency() == null && f.channel() == null && !f.priorityOnly()
				&& !f.overdueOnly() && f.claimantPersonId() == null && f.beneficiaryId() == null && f.from() == null
				&& f.to() == null && f.figure() == null && f.careTag() == null && f.claimantTeamId() == null
				&& f.text() == null && !f.praiseDue();
	}

	/**
	 * The person's other wishes still being worked that are likely the same wish entered twice (newest first, at most
	 * five), among those the actor may see.
	 */
	@Transactional(readOnly = true)
	public List<Wish> likelyDuplicates(Actor actor, Wish wish, Locale locale) {
		var f = new WishFilter(null, null, null, null, false, false, null, wish.beneficiaryId(), null, null, null);
		return ledger(actor, null, f, WishSort.NEWEST, locale, 0, 50).items().stream()
			.filter(w -> w.id() != wish.id() && w.status() != WishStatus.CLOSED)
			.filter(w -> WishLoop.likelyDuplicate(w.description(), w.categoryId(), wish.description(), wish.categoryId()))
			.limit(5)
			.toList();
	}

	/** The categories, for forms and filters, in the reader's language. */
	@Transactional(readOnly = true)
	public List<Category> categories(Locale locale) {
		return this.repository.categories(WishAccess.english(locale));
	}

	/**
	 * A category of the dictionary.
	 *
	 * @param id the category
	 * @param code its code
	 * @param name its name
	 */
	public record Category(long id, String code, String name) {
	}

	/** A resident's own wishes. */
	@Transactional(readOnly = true)
	public Page<Wish> mine(Actor actor, Locale locale, int page, int size) {
		if (actor.personId() == null) {
			return new Page<>(List.of(), page, size, 0);
		}
		var filter = new WishFilter(null, null, null, null, false, false, null, actor.personId(), null, null, null);
		Scope scope = WishAccess.scopeOf(actor);
		return new Page<>(this.repository.list(scope, WishReach.FULL, filter, WishSort.NEWEST, WishAccess.english(locale),
				(int) Page.offset(page, size), size, true), page, size, this.repository.count(scope, WishReach.FULL, filter));
	}

}
