package cn.siwei.wish;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.siwei.access.AccessDenied;
import cn.siwei.access.Actor;
import cn.siwei.access.Permission;
import cn.siwei.access.Role;
import cn.siwei.access.Scope;
import cn.siwei.notification.Notifications;
import cn.siwei.organisation.Teams;
import cn.siwei.people.People;
import cn.siwei.people.PersonView;
import cn.siwei.platform.Events;
import cn.siwei.platform.NotFound;
import cn.siwei.platform.Page;
import cn.siwei.platform.RecordChanged;
import cn.siwei.platform.Rejected;
import cn.siwei.platform.Violations;
import cn.siwei.wish.WishTerms.Evaluation;
import cn.siwei.wish.WishTerms.EventKind;

/**
 * The micro-wish loop: collect, claim, contact within the deadline, follow up, complete, evaluate. Each act is a
 * method that checks the wish's state and the actor's right, changes the wish in one conditional statement and
 * writes the timeline.
 */
@Service
public class Wishes implements cn.siwei.platform.ToDoSource {

	private static final Logger log = LoggerFactory.getLogger(Wishes.class);

	static final String TYPE = "wish";

	private final WishRepository repository;

	private final People people;

	private final Teams teams;

	private final Notifications notifications;

	private final cn.siwei.region.Regions regions;

	private final cn.siwei.region.RegionCounts counts;

	private final Events events;

	private final Clock clock;

	private final Duration contactWithin;

	Wishes(WishRepository repository, People people, Teams teams, Notifications notifications, Events events,
			Clock clock, @Value("${siwei.wishes.contact-within:7d}") Duration contactWithin,
			cn.siwei.region.Regions regions, cn.siwei.region.RegionCounts counts) {
		this.regions = regions;
		this.counts = counts;
		this.repository = repository;
		this.people = people;
		this.teams = teams;
		this.notifications = notifications;
		this.events = events;
		this.clock = clock;
		this.contactWithin = contactWithin;
	}

	/** The scope of wishes: the actor's subtree (volunteers see the wishes of the area they serve). */
	private static Scope scopeOf(Actor actor) {
		return Scope.of(actor.regionPath());
	}

	/**
	 * Which wishes the actor may read (need to know); beyond their region, a volunteer also sees the open wishes in
	 * the service areas of their teams.
	 */
	private WishReach reachOf(Actor actor) {
		return WishReach.of(actor, actor.role() == Role.VOLUNTEER && actor.personId() != null
				? this.repository.serviceAreas(actor.personId()) : List.of());
	}

	/**
	 * A wish as the actor may read it: a volunteer sees an open wish that is not theirs without the beneficiary's
	 * name; they learn who it is for once they (or their team) take it on.
	 */
	private Wish asSeenBy(Actor actor, WishReach reach, Wish wish) {
		if (!reach.openOrOwn() || ownClaim(actor, wish)) {
			return wish;
		}
		return wish.withoutBeneficiary();
	}

	private boolean ownClaim(Actor actor, Wish wish) {
		if (actor.personId() == null) {
			return false;
		}
		return actor.personId().equals(wish.claimantPersonId()) || wish.claimantTeamId() != null
				&& this.teams.teamsOf(Actor.SYSTEM, actor.personId()).stream().anyMatch(t -> t.teamId() == wish.claimantTeamId());
	}

	private static boolean english(Locale locale) {
		return locale != null && "en".equals(locale.getLanguage());
	}

	@Transactional(readOnly = true)
	public Wish get(Actor actor, long id, Locale locale) {
		WishReach reach = actor.can(WishPermissions.VIEW) ? reachOf(actor) : WishReach.FULL;
		Wish wish = this.repository.find(scopeOf(actor), reach, id, english(locale))
			.orElseThrow(() -> new NotFound(TYPE, id));
		if (!actor.can(WishPermissions.VIEW) && !isBeneficiary(actor, wish)) {
			throw new NotFound(TYPE, id);
		}
		return asSeenBy(actor, reach, wish);
	}

	@Transactional(readOnly = true)
	public List<TimelineEntry> timeline(Actor actor, long id) {
		get(actor, id, null);
		return this.repository.timeline(id);
	}

	/**
	 * The ledger of a region inside the actor's (the actor's own when {@code regionPath} is null), care-tagged
	 * beneficiaries first, newest first.
	 */
	@Transactional(readOnly = true)
	public Page<Wish> ledger(Actor actor, String regionPath, WishFilter filter, Locale locale, int page,
			int size) {
		return ledger(actor, regionPath, filter, WishSort.PRIORITY, locale, page, size);
	}

	/** The ledger in a chosen order. */
	@Transactional(readOnly = true)
	public Page<Wish> ledger(Actor actor, String regionPath, WishFilter filter, WishSort sort, Locale locale, int page,
			int size) {
		actor.require(WishPermissions.VIEW);
		Scope scope = regionPath != null && scopeOf(actor).covers(regionPath) ? Scope.of(regionPath) : scopeOf(actor);
		WishReach reach = reachOf(actor);
		if (regionPath != null) {
			reach = new WishReach(List.of(), reach.unitOrganisationId(), reach.personId(), reach.openOrOwn());
		}
		long total = plain(filter) && reach.full()
				? this.counts.under(filter.status() == null ? "wish" : "wish:" + filter.status().name(),
						List.of(scope.regionPath())).getOrDefault(scope.regionPath(), 0L)
				: this.repository.count(scope, reach, filter);
		WishReach seen = reach;
		return new Page<>(this.repository.list(scope, reach, filter, sort == null ? WishSort.PRIORITY : sort,
				english(locale), (int) Page.offset(page, size), size, total <= SMALL_LIST).stream()
			.map(w -> asSeenBy(actor, seen, w))
			.toList(), page, size, total);
	}

	/** Ledgers with at most this many matches are found first and sorted; longer ones read in ledger order. */
	static final long SMALL_LIST = 50_000;

	/** Whether the ledger's total can be read from the per-node counters: no filter but the status. */
	private static boolean plain(WishFilter f) {
		return f.categoryId() == null && f.urgency() == null && f.channel() == null && !f.priorityOnly()
				&& !f.overdueOnly() && f.claimantPersonId() == null && f.beneficiaryId() == null && f.from() == null
				&& f.to() == null && f.figure() == null && f.careTag() == null && f.claimantTeamId() == null;
	}

	@Override
	@Transactional(readOnly = true)
	public List<ToDo> toDos(Actor actor) {
		List<ToDo> list = new java.util.ArrayList<>();
		if (actor.can(WishPermissions.FOLLOW_UP)) {
			var overdue = new WishFilter(null, null, null, null, false, true, null, null, null, null, null);
			list.add(new ToDo("todo.wishesOverdue", ledger(actor, null, overdue, null, 0, 1).total(), "/wishes?overdue=true"));
		}
		if (actor.can(WishPermissions.CLAIM)) {
			var open = new WishFilter(WishStatus.OPEN, null, null, null, false, false, null, null, null, null, null);
			list.add(new ToDo("todo.wishesToClaim", ledger(actor, null, open, null, 0, 1).total(), "/wishes?status=OPEN"));
		}
		return list;
	}

	/** The categories, for forms and filters, in the reader's language. */
	@Transactional(readOnly = true)
	public List<Category> categories(Locale locale) {
		return this.repository.categories(english(locale));
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
		var filter = new WishFilter(null, null, null, null, false, false, null, actor.personId(), null, null,
				null);
		return new Page<>(this.repository.list(scopeOf(actor), WishReach.FULL, filter, WishSort.NEWEST, english(locale),
				(int) Page.offset(page, size), size, true), page, size, this.repository.count(scopeOf(actor), WishReach.FULL, filter));
	}

	/** A worker records a wish found by notice, mailbox, visit, phone or meeting. */
	@Transactional
	public long collect(Actor actor, WishForm form) {
		actor.require(WishPermissions.COLLECT);
		Violations v = check(form);
		PersonView beneficiary = null;
		if (form.getBeneficiaryId() == null) {
			v.add("beneficiaryId", "validation.required");
		}
		else {
			try {
				beneficiary = this.people.view(actor, form.getBeneficiaryId());
			}
			catch (NotFound ex) {
				v.add("beneficiaryId", "post.rejected.personUnknown");
			}
		}
		v.throwIfAny();
		return create(actor, beneficiary, form, EventKind.COLLECTED);
	}

	/** A resident submits a wish of their own. */
	@Transactional
	public long submitOwn(Actor actor, WishForm form) {
		if (actor.role() != Role.RESIDENT && actor.role() != Role.VOLUNTEER) {
			throw new AccessDenied(WishPermissions.COLLECT);
		}
		PersonView self = this.people.self(actor).orElseThrow(() -> Rejected.because("wish.rejected.noPersonRecord"));
		form.setChannel(WishTerms.Channel.ONLINE);
		check(form).throwIfAny();
		return create(actor, self, form, EventKind.SUBMITTED);
	}

	private long create(Actor actor, PersonView beneficiary, WishForm form, EventKind kind) {
		Instant now = this.clock.instant();
		long id = this.repository.insert(beneficiary.regionId(), beneficiary.regionPath(), beneficiary.id(),
				beneficiary.vulnerable(), form, actor.accountId(), now);
		this.repository.event(id, now, actor.accountId(), actor.displayName(), kind, null, false);
		this.events.created(actor, TYPE, id, beneficiary.regionPath(),
				Map.of("beneficiaryId", beneficiary.id(), "categoryId", form.getCategoryId(), "channel",
						form.getChannel().name()));
		return id;
	}

	private Violations check(WishForm form) {
		Violations v = new Violations();
		v.required("description", form.getDescription(), 2000);
		if (form.getCategoryId() == null) {
			v.add("categoryId", "validation.required");
		}
		if (form.getUrgency() == null) {
			v.add("urgency", "validation.required");
		}
		if (form.getDifficulty() == null) {
			v.add("difficulty", "validation.required");
		}
		if (form.getChannel() == null) {
			v.add("channel", "validation.required");
		}
		if (form.getDueDate() != null && form.getDueDate().isBefore(LocalDate.now(this.clock))) {
			v.add("dueDate", "wish.rejected.dueInPast");
		}
		return v;
	}

	/**
	 * A volunteer or party member claims an open wish, for themselves or for a team they belong to. Of several
	 * claims at once exactly one wins; the others are told the wish is taken.
	 */
	@Transactional
	public void claim(Actor actor, long id, Long teamId) {
		actor.require(WishPermissions.CLAIM);
		Wish wish = get(actor, id, null);
		if (actor.personId() == null) {
			throw Rejected.because("wish.rejected.noPersonRecord");
		}
		if (teamId != null && this.teams.teamsOf(actor, actor.personId()).stream().noneMatch(t -> t.teamId() == teamId)) {
			throw Rejected.field("teamId", "wish.rejected.notTeamMember");
		}
		Long person = teamId == null ? actor.personId() : null;
		take(actor, wish, teamId, person, EventKind.CLAIMED, null);
	}

	/** Community staff assign an open wish to a team or a person. */
	@Transactional
	public void assign(Actor actor, long id, Long teamId, Long personId) {
		actor.require(WishPermissions.FOLLOW_UP);
		Wish wish = get(actor, id, null);
		checkForce(actor, teamId, personId);
		take(actor, wish, teamId, personId, EventKind.ASSIGNED, null);
	}

	private void take(Actor actor, Wish wish, Long teamId, Long personId, EventKind kind, String note) {
		if (wish.status() != WishStatus.OPEN) {
			throw Rejected.because("wish.rejected.alreadyClaimed");
		}
		Instant now = this.clock.instant();
		if (!this.repository.claim(wish.id(), teamId, personId, now, now.plus(contactWithin(wish)))) {
			throw Rejected.because("wish.rejected.alreadyClaimed");
		}
		record(actor, wish, kind, note, now, false);
	}

	/** The time a claimant has to make contact: the nearest rule above the wish's region, else the default. */
	Duration contactWithin(Wish wish) {
		return this.repository.contactDays(wish.regionPath()).map(Duration::ofDays).orElse(this.contactWithin);
	}

	/** The contact rule that applies at a region, in days. */
	@Transactional(readOnly = true)
	public long contactDays(Actor actor, long regionId) {
		String path = this.regions.get(actor, regionId).path();
		return this.repository.contactDays(path).map(Integer::longValue).orElse(this.contactWithin.toDays());
	}

	/** Sets the days a claimant has to make contact, for a region and everything under it without a rule of its own. */
	@Transactional
	public void setContactDays(Actor actor, long regionId, Integer days) {
		actor.require(Permission.RULES_MANAGE);
		var region = this.regions.get(actor, regionId);
		if (days == null || days < 1 || days > 60) {
			throw Rejected.field("days", "wish.rejected.contactDays");
		}
		this.repository.setContactDays(region.id(), region.path(), days, this.clock.instant());
		this.events.changed(actor, "wish_rule", region.id(), RecordChanged.Action.UPDATE, region.path(), Map.of(),
				Map.of("contactDays", days), null);
	}

	/** Staff give a stuck wish to another force (转办), with a reason. */
	@Transactional
	public void transfer(Actor actor, long id, Long teamId, Long personId, String reason) {
		actor.require(WishPermissions.FOLLOW_UP);
		Wish wish = get(actor, id, null);
		if (wish.status() != WishStatus.CLAIMED && wish.status() != WishStatus.IN_PROGRESS) {
			throw Rejected.because("wish.rejected.wrongState");
		}
		if (reason == null || reason.isBlank()) {
			throw Rejected.field("reason", "validation.required");
		}
		checkForce(actor, teamId, personId);
		Instant now = this.clock.instant();
		if (!this.repository.transfer(id, wish.status(), teamId, personId, now, now.plus(contactWithin(wish)))) {
			throw Rejected.because("wish.rejected.wrongState");
		}
		record(actor, wish, EventKind.TRANSFERRED, reason.trim(), now, false);
	}

	private void checkForce(Actor actor, Long teamId, Long personId) {
		if ((teamId == null) == (personId == null)) {
			throw Rejected.field("force", "wish.rejected.chooseOneForce");
		}
		try {
			if (teamId != null) {
				this.teams.get(actor, teamId);
			}
			else if (!this.people.visible(actor, personId)) {
				throw Rejected.field("force", "post.rejected.personUnknown");
			}
		}
		catch (NotFound ex) {
			throw Rejected.field("force", "wish.rejected.forceUnknown");
		}
	}

	/** The claimant records contact with the beneficiary and commits a completion date. */
	@Transactional
	public void recordContact(Actor actor, long id, LocalDate committedDate, String note) {
		Wish wish = get(actor, id, null);
		requireClaimantOrStaff(actor, wish);
		if (committedDate == null) {
			throw Rejected.field("committedDate", "validation.required");
		}
		if (committedDate.isBefore(LocalDate.now(this.clock))) {
			throw Rejected.field("committedDate", "wish.rejected.dueInPast");
		}
		Instant now = this.clock.instant();
		if (!this.repository.contacted(id, committedDate, now)) {
			throw Rejected.because("wish.rejected.wrongState");
		}
		record(actor, wish, EventKind.CONTACTED, join(committedDate.toString(), note), now, false);
	}

	/** The claimant completes the wish. */
	@Transactional
	public void complete(Actor actor, long id, String note) {
		Wish wish = get(actor, id, null);
		requireClaimantOrStaff(actor, wish);
		Instant now = this.clock.instant();
		if (!this.repository.completed(id, now)) {
			throw Rejected.because("wish.rejected.wrongState");
		}
		record(actor, wish, EventKind.COMPLETED, blank(note), now, false);
		this.notifications.toPerson(wish.beneficiaryId(), "notice.wish.completed", List.of(wish.description()),
				"/wishes/" + id, null);
	}

	/**
	 * The beneficiary evaluates, or a worker records the evaluation made on a visit (marked as such).
	 * Dissatisfied sends the wish back to work and tells the community.
	 */
	@Transactional
	public void evaluate(Actor actor, long id, Evaluation evaluation, String comment) {
		Wish wish = get(actor, id, null);
		boolean byWorker = !isBeneficiary(actor, wish);
		if (byWorker) {
			actor.require(WishPermissions.FOLLOW_UP);
		}
		if (evaluation == null) {
			throw Rejected.field("evaluation", "validation.required");
		}
		Instant now = this.clock.instant();
		if (!this.repository.evaluated(id, evaluation, now)) {
			throw Rejected.because("wish.rejected.wrongState");
		}
		record(actor, wish, EventKind.EVALUATED, join(evaluation.name(), comment), now, byWorker);
		if (evaluation == Evaluation.DISSATISFIED) {
			record(actor, wish, EventKind.REOPENED, blank(comment), now, byWorker);
			this.notifications.toRegion(wish.regionPath(), "notice.wish.dissatisfied", List.of(wish.description()),
					"/wishes/" + id, null);
		}
	}

	/** Staff follow up by phone or visit, remind and urge the claimant, or praise good work. */
	@Transactional
	public void note(Actor actor, long id, EventKind kind, String note) {
		actor.require(WishPermissions.FOLLOW_UP);
		Wish wish = get(actor, id, null);
		if (kind != EventKind.FOLLOWED_UP && kind != EventKind.REMINDED && kind != EventKind.PRAISED) {
			throw Rejected.field("kind", "validation.required");
		}
		if (kind != EventKind.FOLLOWED_UP && wish.status() == WishStatus.OPEN) {
			throw Rejected.because("wish.rejected.wrongState");
		}
		if (kind == EventKind.FOLLOWED_UP && (note == null || note.isBlank())) {
			throw Rejected.field("note", "validation.required");
		}
		Instant now = this.clock.instant();
		if (kind == EventKind.PRAISED) {
			this.repository.praised(id, now);
		}
		record(actor, wish, kind, blank(note), now, false);
		if (kind == EventKind.REMINDED && wish.claimantPersonId() != null) {
			this.notifications.toPerson(wish.claimantPersonId(), "notice.wish.reminded", List.of(wish.description()),
					"/wishes/" + id, null);
		}
	}

	/**
	 * Flags missed contacts and missed committed dates, each once, reminds the claimant and puts the wish on the
	 * community's follow-up list. Runs every minute; as the flags flip in the statements that find the wishes,
	 * several platform instances on one database, or a restart, never flag a wish twice.
	 * @return how many wishes were flagged now
	 */
	@Scheduled(fixedDelayString = "${siwei.wishes.sweep-every:60s}", initialDelayString = "${siwei.wishes.sweep-every:60s}")
	@Transactional
	public int sweep() {
		if (this.repository.bulkLoadInProgress()) {
			return 0;
		}
		Instant now = this.clock.instant();
		var contacts = this.repository.flagMissedContacts(now);
		var completions = this.repository.flagMissedCompletions(LocalDate.now(this.clock), now);
		this.repository.events(contacts, now, EventKind.CONTACT_OVERDUE);
		this.repository.events(completions, now, EventKind.COMPLETION_OVERDUE);
		contacts.forEach(w -> tellOverdue(w, "notice.wish.contactOverdue"));
		completions.forEach(w -> tellOverdue(w, "notice.wish.completionOverdue"));
		if (!contacts.isEmpty() || !completions.isEmpty()) {
			log.info("Wish sweep: {} missed contacts, {} missed completion dates", contacts.size(), completions.size());
		}
		return contacts.size() + completions.size();
	}

	private void tellOverdue(WishRepository.Flagged wish, String key) {
		if (wish.claimantPersonId() != null) {
			this.notifications.toPerson(wish.claimantPersonId(), key, List.of(wish.description()), "/wishes/" + wish.id(), null);
		}
		this.notifications.toRegion(wish.regionPath(), key, List.of(wish.description()), "/wishes/" + wish.id(), null);
	}

	/** Wishes and contact rules follow their region when a subtree moves (the counters follow by trigger). */
	@org.springframework.context.event.EventListener
	void on(cn.siwei.region.RegionSubtreeMoved moved) {
		this.repository.rewritePaths(moved.oldPath(), moved.newPath());
	}

	private void requireClaimantOrStaff(Actor actor, Wish wish) {
		if (actor.can(WishPermissions.FOLLOW_UP)) {
			return;
		}
		actor.require(WishPermissions.CLAIM);
		boolean claimant = actor.personId() != null && (actor.personId().equals(wish.claimantPersonId())
				|| wish.claimantTeamId() != null && this.teams.teamsOf(actor, actor.personId())
					.stream()
					.anyMatch(t -> t.teamId() == wish.claimantTeamId()));
		if (!claimant) {
			throw Rejected.because("wish.rejected.notClaimant");
		}
	}

	private static boolean isBeneficiary(Actor actor, Wish wish) {
		return actor.personId() != null && actor.personId() == wish.beneficiaryId();
	}

	private void record(Actor actor, Wish wish, EventKind kind, String note, Instant now, boolean byWorker) {
		this.repository.event(wish.id(), now, actor.accountId(), actor.displayName(), kind, note, byWorker);
		this.events.changed(actor, TYPE, wish.id(), RecordChanged.Action.UPDATE, wish.regionPath(),
				Map.of("status", wish.status().name()), Map.of("act", kind.name()), note);
	}

	/** A note of an act, checked (at most 2,000 characters, nothing unstorable); null when empty. */
	private static String blank(String s) {
		return Violations.note("note", s, NOTE_LENGTH);
	}

	static final int NOTE_LENGTH = 2000;

	private static String join(String a, String b) {
		String note = blank(b);
		return note == null ? a : a + " · " + note;
	}

}
