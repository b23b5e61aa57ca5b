package cn.siwei.request;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.siwei.access.AccessDenied;
import cn.siwei.access.Actor;
import cn.siwei.access.Permission;
import cn.siwei.access.Role;
import cn.siwei.notification.Notifications;
import cn.siwei.organisation.Organisations;
import cn.siwei.organisation.Teams;
import cn.siwei.people.People;
import cn.siwei.people.PersonView;
import cn.siwei.platform.Events;
import cn.siwei.platform.Bindings;
import cn.siwei.platform.NotFound;
import cn.siwei.platform.Page;
import cn.siwei.platform.RecordChanged;
import cn.siwei.platform.Rejected;
import cn.siwei.platform.Violations;
import cn.siwei.region.Region;
import cn.siwei.region.RegionSubtreeMoved;
import cn.siwei.region.Regions;
import cn.siwei.request.Request.Entry;
import cn.siwei.request.Request.Part;
import cn.siwei.request.RequestRepository.NewRequest;
import cn.siwei.request.RequestRepository.Unit;
import cn.siwei.request.RequestTerms.Channel;
import cn.siwei.request.RequestTerms.EventKind;
import cn.siwei.request.RequestTerms.PartRole;
import cn.siwei.request.RequestTerms.PartStatus;
import cn.siwei.request.RequestTerms.Satisfaction;
import cn.siwei.request.RequestTerms.Status;
import cn.siwei.request.RequestTerms.Step;
import cn.siwei.request.RequestTerms.Urgency;

/**
 * The five-order loop of a request: placed (点单), taken (接单), dispatched (派单) — or escalated to the street,
 * which summons units (吹哨) that report in (报到) — claimed and handled by each unit (领单), evaluated by the resident
 * (评单). Each act checks the request's state and the actor's right, changes the state in one conditional
 * statement, writes the timeline and tells those concerned.
 */
@Service
public class Requests implements cn.siwei.platform.ToDoSource {

	private static final Logger log = LoggerFactory.getLogger(Requests.class);

	static final String TYPE = "request";

	private final RequestRepository repository;

	private final WorkingCalendar calendar;

	private final Regions regions;

	private final People people;

	private final Organisations organisations;

	private final Teams teams;

	private final Notifications notifications;

	private final Events events;

	private final Clock clock;

	private final Duration warnBefore;

	private final Duration duplicateWindow;

	private final cn.siwei.region.RegionCounts counts;

	private final org.springframework.jdbc.core.simple.JdbcClient jdbc;

	private final Bindings bindings;

	Requests(org.springframework.jdbc.core.simple.JdbcClient jdbc, cn.siwei.region.RegionCounts counts, Bindings bindings,
			RequestRepository repository, WorkingCalendar calendar, Regions regions, People people,
			Organisations organisations, Teams teams, Notifications notifications, Events events, Clock clock,
			@Value("${siwei.requests.warn-before:24h}") Duration warnBefore,
			@Value("${siwei.requests.duplicate-window:30d}") Duration duplicateWindow) {
		this.jdbc = jdbc;
		this.bindings = bindings;
		this.counts = counts;
		this.repository = repository;
		this.calendar = calendar;
		this.regions = regions;
		this.people = people;
		this.organisations = organisations;
		this.teams = teams;
		this.notifications = notifications;
		this.events = events;
		this.clock = clock;
		this.warnBefore = warnBefore;
		this.duplicateWindow = duplicateWindow;
	}

	static boolean english(Locale locale) {
		return locale != null && "en".equals(locale.getLanguage());
	}

	// --- reading ---

	/**
	 * A request the actor may see: staff of its region, the reporter (also of a duplicate linked to it) and the
	 * units that have a part in it. Others are told it does not exist. The reporter's phone is masked for all but
	 * the reporter (staff reveal it one at a time, audited); a resident who follows it through a duplicate sees it
	 * without anything about who reported it.
	 */
	@Transactional(readOnly = true)
	public Request get(Actor actor, long id, Locale locale) {
		Request r = this.repository.find(id, english(locale)).orElseThrow(() -> new NotFound(TYPE, id));
		if (staffOf(actor, r) || unitOf(actor, r)) {
			return r.masked();
		}
		if (actor.personId() != null && actor.personId().equals(r.reporterPersonId())) {
			return r;
		}
		if (reporter(actor, r)) {
			return r.publicView();
		}
		throw new NotFound(TYPE, id);
	}

	/**
	 * Shows the reporter's full phone to staff of the request's region who may reveal personal data, and writes
	 * that to the audit trail with the reason given.
	 */
	@Transactional
	public String revealReporterPhone(Actor actor, long id, String reason) {
		actor.require(Permission.PERSONAL_DATA_REVEAL);
		String why = cn.siwei.platform.Reveals.reason(reason);
		Request r = this.repository.find(id, false).filter(x -> staffOf(actor, x)).orElseThrow(() -> new NotFound(TYPE, id));
		String phone = r.reporterPhone() != null ? r.reporterPhone()
				: r.reporterPersonId() == null ? null : this.people.phoneForAuditedReveal(r.reporterPersonId()).orElse(null);
		this.events.changed(actor, TYPE, id, cn.siwei.platform.RecordChanged.Action.VIEW_PERSONAL_DATA, r.regionPath(),
				Map.of(), Map.of("field", "reporterPhone"), why);
		return phone == null ? "" : phone;
	}

	private static boolean staffOf(Actor actor, Request r) {
		return actor.can(RequestPermissions.VIEW) && actor.scope().covers(r.regionPath());
	}

	/** Whether the actor placed the request (or a duplicate of it). */
	public boolean reporter(Actor actor, Request r) {
		return actor.personId() != null && (actor.personId().equals(r.reporterPersonId())
				|| this.repository.reportedBy(r.id(), actor.personId()));
	}

	private boolean unitOf(Actor actor, Request r) {
		return actor.can(RequestPermissions.HANDLE)
				&& this.repository.hasPartFor(r.id(), actor.organisationId(), actor.personId(), teamIds(actor));
	}

	private List<Long> teamIds(Actor actor) {
		return actor.personId() == null ? List.of()
				: this.teams.teamsOf(Actor.SYSTEM, actor.personId()).stream().map(t -> t.teamId()).toList();
	}

	/** The timeline: everything for staff and units, the public entries for the reporter. */
	@Transactional(readOnly = true)
	public List<Entry> timeline(Actor actor, long id) {
		Request r = get(actor, id, null);
		return this.repository.timeline(id, !staffOf(actor, r) && !unitOf(actor, r));
	}

	@Transactional(readOnly = true)
	public List<Part> parts(Actor actor, long id) {
		get(actor, id, null);
		return this.repository.parts(id);
	}

	/** The ledger of a region inside the actor's (the actor's own when {@code regionPath} is null), newest first. */
	@Transactional(readOnly = true)
	public Page<Request> ledger(Actor actor, String regionPath, RequestFilter filter, Locale locale, int page, int size) {
		actor.require(RequestPermissions.VIEW);
		String scope = regionPath != null && actor.scope().covers(regionPath) ? regionPath : actor.scope().regionPath();
		long total = plain(filter)
				? this.counts.under(filter.status() == null ? "request" : "request:" + filter.status().name(), List.of(scope))
					.getOrDefault(scope, 0L)
				: this.repository.count(scope, filter);
		List<Request> rows = this.repository.list(scope, filter, english(locale), Page.offset(page, size), size,
				total <= RequestRepository.SMALL_LIST);
		return new Page<>(rows.stream().map(Request::masked).toList(), page, size, total);
	}

	/** Whether a ledger's length can be read from the per-node counters: no filter but the status. */
	private static boolean plain(RequestFilter f) {
		return f.categoryId() == null && f.channel() == null && f.urgency() == null && !f.escalatedOnly()
				&& f.overdueAt() == null && f.figure() == null && f.from() == null && f.to() == null && f.unitId() == null
				&& (f.text() == null || f.text().isBlank());
	}

	/** A resident's own requests, with the originals of those linked as duplicates. */
	@Transactional(readOnly = true)
	public List<Request> mine(Actor actor, Locale locale) {
		return actor.personId() == null ? List.of() : this.repository.mine(actor.personId(), english(locale), 100);
	}

	/** One page of the open parts given to the actor's organisation, teams or self, soonest due first. */
	@Transactional(readOnly = true)
	public Page<Request.Task> tasks(Actor actor, Locale locale, int page, int size) {
		actor.require(RequestPermissions.HANDLE);
		List<Long> teams = teamIds(actor);
		long total = this.repository.countTasks(actor.organisationId(), actor.personId(), teams, Long.MAX_VALUE);
		List<Request.Task> rows = this.repository
			.tasks(actor.organisationId(), actor.personId(), teams, english(locale), Page.offset(page, size), size)
			.stream()
			.map(t -> new Request.Task(t.part(), t.request().masked()))
			.toList();
		return new Page<>(rows, page, size, total);
	}

	/**
	 * 督办: one page of the open steps of the actor's region that are overdue or due within the warning time,
	 * soonest first.
	 */
	@Transactional(readOnly = true)
	public Page<Request.Supervised> supervision(Actor actor, Locale locale, int page, int size) {
		actor.require(RequestPermissions.VIEW);
		Instant horizon = this.clock.instant().plus(this.warnBefore);
		String scope = actor.scope().regionPath();
		return new Page<>(this.repository.supervision(scope, horizon, english(locale), Page.offset(page, size), size)
			.stream()
			.map(l -> new Request.Supervised(l.request().masked(), l.part(), l.dueAt()))
			.toList(), page, size, this.repository.countSupervision(scope, horizon));
	}

	@Transactional(readOnly = true)
	public List<Request.Category> categories(Locale locale) {
		return this.repository.categories(english(locale));
	}

	/** The active reply templates that fit a category (and those for any). */
	@Transactional(readOnly = true)
	public List<Request.Template> templates(Long categoryId) {
		return this.repository.templates(categoryId);
	}

	/** Every active reply template, for the settings page. */
	@Transactional(readOnly = true)
	public List<Request.Template> allTemplates(Locale locale) {
		return this.repository.allTemplates();
	}

	/**
	 * Likely duplicates: same category, same community, recent, with similar words; for staff who take requests
	 * (a resident must not learn of other residents' requests this way).
	 */
	@Transactional(readOnly = true)
	public List<Request> similar(Actor actor, long id, Locale locale) {
		actor.require(RequestPermissions.ACCEPT);
		Request r = get(actor, id, locale);
		if (!staffOf(actor, r)) {
			throw new NotFound(TYPE, id);
		}
		return this.repository.similar(r, communityPath(r.regionPath()), this.clock.instant().minus(this.duplicateWindow),
				english(locale)).stream().filter(x -> actor.scope().covers(x.regionPath())).map(Request::masked).toList();
	}

	/** The path of the community (level 4) above a path, or the path itself when it is higher. */
	static String communityPath(String path) {
		String[] ids = path.substring(1).split("/");
		int keep = Math.min(ids.length, 4);
		return "/" + String.join("/", java.util.Arrays.copyOf(ids, keep)) + "/";
	}

	// --- intake (点单) ---

	/** A resident places a request of their own (点单); it concerns their home region unless they name another. */
	@Transactional
	public long submitOwn(Actor actor, RequestForm form) {
		if (actor.role() != Role.RESIDENT && actor.role() != Role.VOLUNTEER) {
			throw new AccessDenied(RequestPermissions.RECORD);
		}
		PersonView self = this.people.self(actor).orElseThrow(() -> Rejected.because("wish.rejected.noPersonRecord"));
		Violations v = new Violations();
		Checked c = check(form, v);
		Region region = form.getRegionId() == null ? this.regions.find(self.regionId()).orElseThrow()
				: regionFor(actor, form.getRegionId(), v);
		v.throwIfAny();
		return create(actor, new NewRequest(region.id(), region.path(), form.getCategoryId(), c.description(), c.address(),
				// the phone stays on the person record, where access to it is controlled and revealed with audit
				null, null, null, null, self.id(), self.name(), null, Channel.ONLINE,
				form.getUrgency() == null ? Urgency.NORMAL : form.getUrgency(), null, null), EventKind.SUBMITTED);
	}

	/** Staff record a request found offline, with its source and the reporter. */
	@Transactional
	public long record(Actor actor, RequestForm form) {
		actor.require(RequestPermissions.RECORD);
		Violations v = new Violations();
		Checked c = check(form, v);
		if (form.getChannel() == null) {
			v.add("channel", "validation.required");
		}
		else if (!form.getChannel().offline()) {
			v.add("channel", "request.rejected.offlineChannel");
		}
		Region region = null;
		if (form.getRegionId() == null) {
			v.add("regionId", "validation.required");
		}
		else if (this.bindings.inScope(v, actor, "regionId", Bindings.REGION, form.getRegionId()).isPresent()) {
			// staff record requests only into the regions they serve
			region = regionFor(actor, form.getRegionId(), v);
		}
		PersonView reporter = null;
		if (form.getReporterPersonId() != null) {
			try {
				reporter = this.people.view(actor, form.getReporterPersonId());
			}
			catch (NotFound ex) {
				v.add("reporterPersonId", "post.rejected.personUnknown");
			}
		}
		String name = v.optional("reporterName", form.getReporterName(), 100);
		String phone = v.optional("reporterPhone", form.getReporterPhone(), 32);
		if (reporter == null && name == null) {
			v.add("reporterName", "validation.required");
		}
		v.throwIfAny();
		return create(actor, new NewRequest(region.id(), region.path(), form.getCategoryId(), c.description(), c.address(),
				null, null, null, null, reporter == null ? null : reporter.id(), reporter == null ? name : reporter.name(),
				// a known resident's phone stays on their person record, where access to it is controlled
				reporter == null ? phone : null,
				form.getChannel(), form.getUrgency() == null ? Urgency.NORMAL : form.getUrgency(), null, null),
				EventKind.RECORDED);
	}

	private record Checked(String description, String address) {
	}

	private Checked check(RequestForm form, Violations v) {
		String description = v.required("description", form.getDescription(), 4000);
		String address = v.optional("address", form.getAddress(), 300);
		if (form.getCategoryId() == null) {
			v.add("categoryId", "validation.required");
		}
		else if (this.repository.categories(false).stream().noneMatch(c -> c.id() == form.getCategoryId())) {
			v.add("categoryId", "request.rejected.categoryUnknown");
		}
		return new Checked(description, address);
	}

	private Region regionFor(Actor actor, long regionId, Violations v) {
		Region region = this.regions.find(regionId).orElse(null);
		if (region == null || !region.active()) {
			v.add("regionId", "request.rejected.regionUnknown");
			return null;
		}
		return region;
	}

	/** Creates a request of any channel; the first step's limit starts now. */
	long create(Actor actor, NewRequest n, EventKind kind) {
		Instant now = this.clock.instant();
		Instant acceptDue = this.calendar.due(now, this.repository.limit(n.categoryId(), n.urgency(), Step.ACCEPT));
		long id = this.repository.insert(n, acceptDue, actor.accountId(), now);
		this.repository.event(id, null, now, actor.accountId(), actor.displayName(), kind, null, true);
		this.events.created(actor, TYPE, id, n.regionPath(), Map.of("categoryId", n.categoryId(), "channel",
				n.channel().name(), "urgency", n.urgency().name()));
		this.notifications.toRegion(n.regionPath(), "notice.request.new", List.of(abbreviate(n.description())),
				"/requests/" + id);
		return id;
	}

	// --- taking (接单), declining, routing, duplicates ---

	/** The community or compound takes the request (接单); the dispatch limit starts. */
	@Transactional
	public void accept(Actor actor, long id, String note) {
		Request r = staff(actor, id, RequestPermissions.ACCEPT);
		Instant now = this.clock.instant();
		Instant due = due(r, Step.DISPATCH, now);
		if (!this.repository.transition(id, Status.SUBMITTED, Status.ACCEPTED,
				"accepted_at = :now, responded_at = :now, due_at = :due", Map.of("due", RequestRepository.ts(due)), now)) {
			throw wrongState();
		}
		record(actor, r, null, EventKind.ACCEPTED, blank(note), true, now);
		tellReporter(r, "notice.request.accepted");
	}

	/** Declines the request with a reason the resident sees. */
	@Transactional
	public void decline(Actor actor, long id, String reason) {
		Request r = staff(actor, id, RequestPermissions.ACCEPT);
		String why = required("reason", reason, 1000);
		Instant now = this.clock.instant();
		if (!this.repository.transition(id, Status.SUBMITTED, Status.DECLINED,
				"responded_at = :now, declined_reason = :why, due_at = null, closed_at = :now", Map.of("why", why), now)) {
			throw wrongState();
		}
		record(actor, r, null, EventKind.DECLINED, why, true, now);
		tellReporter(r, "notice.request.declined");
	}

	/** Staff above the request's node send it down to the community or compound it concerns. */
	@Transactional
	public void route(Actor actor, long id, Long regionId, String note) {
		Request r = staff(actor, id, RequestPermissions.ACCEPT);
		if (r.status() != Status.SUBMITTED) {
			throw wrongState();
		}
		if (regionId == null) {
			throw Rejected.field("regionId", "validation.required");
		}
		Region target = this.regions.find(regionId).orElseThrow(() -> Rejected.field("regionId", "request.rejected.regionUnknown"));
		if (!target.active() || !target.path().startsWith(r.regionPath()) || target.path().equals(r.regionPath())) {
			throw Rejected.field("regionId", "request.rejected.routeBelow");
		}
		Instant now = this.clock.instant();
		this.repository.routeTo(id, target.id(), target.path(), now);
		record(actor, r, null, EventKind.ROUTED, join(target.name(), note), false, now);
		this.notifications.toRegion(target.path(), "notice.request.new", List.of(abbreviate(r.description())),
				"/requests/" + id);
	}

	/**
	 * Links the request to an earlier one about the same thing: it leaves the figures and the reporter follows the
	 * original.
	 */
	@Transactional
	public void linkDuplicate(Actor actor, long id, Long originalId) {
		Request r = staff(actor, id, RequestPermissions.ACCEPT);
		if (originalId == null) {
			throw Rejected.field("originalId", "validation.required");
		}
		Request original = this.repository.find(originalId, false).filter(o -> staffOf(actor, o))
			.orElseThrow(() -> Rejected.field("originalId", "request.rejected.originalUnknown"));
		if (original.id() == r.id() || original.status() == Status.DUPLICATE || original.duplicateOf() != null) {
			throw Rejected.field("originalId", "request.rejected.originalIsDuplicate");
		}
		if (r.status() != Status.SUBMITTED && r.status() != Status.ACCEPTED) {
			throw wrongState();
		}
		Instant now = this.clock.instant();
		if (!this.repository.transition(id, r.status(), Status.DUPLICATE, "duplicate_of = :original, due_at = null",
				Map.of("original", original.id()), now)) {
			throw wrongState();
		}
		record(actor, r, null, EventKind.LINKED_DUPLICATE, "#" + original.id(), true, now);
		tellReporter(r, "notice.request.duplicate", "/requests/" + original.id());
	}

	// --- dispatch (派单) ---

	/** Dispatches a taken request to a unit: an organisation, a team or a person (a party member, say). */
	@Transactional
	public long dispatch(Actor actor, long id, Long organisationId, Long teamId, Long personId, String task) {
		Request r = staff(actor, id, RequestPermissions.ACCEPT);
		if (r.status() != Status.ACCEPTED && r.status() != Status.DISPATCHED) {
			throw wrongState();
		}
		Unit unit = unit(actor, organisationId, teamId, personId);
		Instant now = this.clock.instant();
		if (r.status() == Status.ACCEPTED && !this.repository.transition(id, Status.ACCEPTED, Status.DISPATCHED,
				"due_at = null", Map.of(), now)) {
			throw wrongState();
		}
		long part = this.repository.addPart(id, PartRole.DISPATCHED, unit, Violations.note("task", task, 1000), PartStatus.WAITING, null,
				due(r, Step.CLAIM, now), r.reopenCount(), now);
		record(actor, r, part, EventKind.DISPATCHED, join(unit.name(), task), true, now);
		tellUnit(unit, r, "notice.request.dispatched");
		tellReporter(r, "notice.request.progress");
		return part;
	}

	private Unit unit(Actor actor, Long organisationId, Long teamId, Long personId) {
		int given = (organisationId == null ? 0 : 1) + (teamId == null ? 0 : 1) + (personId == null ? 0 : 1);
		if (given != 1) {
			throw Rejected.field("unit", "request.rejected.chooseOneUnit");
		}
		if (organisationId != null) {
			return this.organisations.findVisibleOrAbove(actor, organisationId)
				.filter(o -> o.active())
				.map(o -> new Unit(o.id(), null, null, o.name()))
				.orElseThrow(() -> Rejected.field("unit", "request.rejected.unitUnknown"));
		}
		try {
			if (teamId != null) {
				var team = this.teams.get(actor, teamId);
				return new Unit(null, team.id(), null, team.name());
			}
			var person = this.people.view(actor, personId);
			return new Unit(null, null, person.id(), person.name());
		}
		catch (NotFound ex) {
			throw Rejected.field("unit", "request.rejected.unitUnknown");
		}
	}

	// --- whistle and report (街乡吹哨、部门报到) ---

	/** The community sends a request it cannot solve up to the street. */
	@Transactional
	public void escalate(Actor actor, long id, String reason) {
		Request r = staff(actor, id, RequestPermissions.ACCEPT);
		String why = required("reason", reason, 1000);
		if (r.status() != Status.ACCEPTED && r.status() != Status.DISPATCHED) {
			throw wrongState();
		}
		Instant now = this.clock.instant();
		if (!this.repository.transition(id, r.status(), Status.ESCALATED,
				"escalated = true, escalated_at = coalesce(escalated_at, :now), due_at = :due",
				Map.of("due", RequestRepository.ts(due(r, Step.STUDY, now))), now)) {
			throw wrongState();
		}
		record(actor, r, null, EventKind.ESCALATED, why, true, now);
		tellReporter(r, "notice.request.progress");
		Region street = streetOf(r);
		this.notifications.toRegion(street.path(), "notice.request.escalated", List.of(abbreviate(r.description())),
				"/requests/" + id);
	}

	private Region streetOf(Request r) {
		String[] ids = r.regionPath().substring(1).split("/");
		long streetId = Long.parseLong(ids[Math.min(ids.length, 3) - 1]);
		return this.regions.find(streetId).orElseThrow();
	}

	/** The street writes down its study (研判) of an escalated request; only staff and units read it. */
	@Transactional
	public void study(Actor actor, long id, String note) {
		Request r = street(actor, id);
		String text = required("note", note, 4000);
		if (r.status() != Status.ESCALATED) {
			throw wrongState();
		}
		record(actor, r, null, EventKind.STUDIED, text, false, this.clock.instant());
	}

	/**
	 * The street summons several units at once (吹哨), each to report in (报到) by the deadline and claim its part.
	 * @param reportWithin working days the units have to report in, or null for the rule of the category
	 */
	@Transactional
	public List<Long> summon(Actor actor, long id, List<Long> organisationIds, Integer reportWithin, String task) {
		Request r = street(actor, id);
		if (r.status() != Status.ESCALATED) {
			throw wrongState();
		}
		List<Long> ids = organisationIds == null ? List.of() : organisationIds.stream().distinct().toList();
		if (ids.isEmpty()) {
			throw Rejected.field("organisationIds", "request.rejected.noUnits");
		}
		if (reportWithin != null && (reportWithin < 1 || reportWithin > 30)) {
			throw Rejected.field("reportWithin", "request.rejected.reportWithin");
		}
		List<Unit> units = new ArrayList<>();
		for (Long org : ids) {
			units.add(unit(actor, org, null, null));
		}
		Instant now = this.clock.instant();
		Instant reportDue = this.calendar.due(now,
				reportWithin != null ? reportWithin : this.repository.limit(r.categoryId(), r.urgency(), Step.REPORT));
		if (!this.repository.transition(id, Status.ESCALATED, Status.DISPATCHED, "due_at = null", Map.of(), now)) {
			throw wrongState();
		}
		List<Long> parts = new ArrayList<>();
		for (Unit unit : units) {
			long part = this.repository.addPart(id, PartRole.SUMMONED, unit, Violations.note("task", task, 1000), PartStatus.SUMMONED, reportDue,
					reportDue, r.reopenCount(), now);
			parts.add(part);
			tellUnit(unit, r, "notice.request.summoned");
		}
		record(actor, r, null, EventKind.SUMMONED,
				join(String.join("、", units.stream().map(Unit::name).toList()), task), true, now);
		tellReporter(r, "notice.request.progress");
		return parts;
	}

	/** The street sends an escalated request back to the community, with the reason. */
	@Transactional
	public void returnToCommunity(Actor actor, long id, String reason) {
		Request r = street(actor, id);
		String why = required("reason", reason, 1000);
		Instant now = this.clock.instant();
		if (!this.repository.transition(id, Status.ESCALATED, Status.ACCEPTED, "due_at = :due",
				Map.of("due", RequestRepository.ts(due(r, Step.DISPATCH, now))), now)) {
			throw wrongState();
		}
		record(actor, r, null, EventKind.RETURNED, why, false, now);
		this.notifications.toRegion(r.regionPath(), "notice.request.returned", List.of(abbreviate(r.description())),
				"/requests/" + id);
	}

	/** A summoned unit reports in (报到) before its deadline; its claim limit starts. */
	@Transactional
	public void report(Actor actor, long id, long partId, String note) {
		actor.require(RequestPermissions.HANDLE);
		Request r = get(actor, id, null);
		Part part = ownPart(actor, r, partId);
		Instant now = this.clock.instant();
		if (!this.repository.partTransition(partId, PartStatus.SUMMONED, PartStatus.WAITING,
				"reported_at = :now, due_at = :due, late = late or :now > report_due_at",
				Map.of("now", RequestRepository.ts(now), "due", RequestRepository.ts(due(r, Step.CLAIM, now))))) {
			throw wrongState();
		}
		record(actor, r, part.id(), EventKind.REPORTED, blank(note), true, now);
		tellReporter(r, "notice.request.progress");
	}

	// --- claiming (领单) and handling ---

	/** The unit claims its part (领单) and starts handling it; the handling limit starts. */
	@Transactional
	public void claim(Actor actor, long id, long partId, String note) {
		actor.require(RequestPermissions.HANDLE);
		Request r = get(actor, id, null);
		Part part = ownPart(actor, r, partId);
		Instant now = this.clock.instant();
		if (!this.repository.partTransition(partId, PartStatus.WAITING, PartStatus.CLAIMED,
				"claimed_at = :now, claimed_by = :by, due_at = :due",
				Map.of("now", RequestRepository.ts(now), "by", actor.displayName(), "due",
						RequestRepository.ts(due(r, Step.HANDLE, now))))) {
			throw part.status() == PartStatus.SUMMONED ? Rejected.because("request.rejected.reportFirst") : wrongState();
		}
		record(actor, r, part.id(), EventKind.CLAIMED, blank(note), true, now);
		tellReporter(r, "notice.request.claimed");
	}

	/**
	 * A progress note, public (the resident sees it and is told) or internal; by a unit on its part or by staff of
	 * the request's region.
	 */
	@Transactional
	public void progress(Actor actor, long id, Long partId, String note, boolean isPublic) {
		Request r = get(actor, id, null);
		String text = required("note", note, 4000);
		Long part = null;
		if (partId != null) {
			part = ownPart(actor, r, partId).id();
		}
		else if (!staffOf(actor, r) || !actor.can(RequestPermissions.ACCEPT) && !actor.can(RequestPermissions.SUMMON)) {
			throw new AccessDenied(RequestPermissions.ACCEPT);
		}
		if (!r.status().open()) {
			throw wrongState();
		}
		record(actor, r, part, EventKind.PROGRESS, text, isPublic, this.clock.instant());
		if (isPublic) {
			tellReporter(r, "notice.request.progress");
		}
	}

	/** The unit finishes its part; when every part is done the request waits for the resident's evaluation. */
	@Transactional
	public void finishPart(Actor actor, long id, long partId, String note) {
		actor.require(RequestPermissions.HANDLE);
		Request r = get(actor, id, null);
		Part part = ownPart(actor, r, partId);
		String text = required("note", note, 4000);
		Instant now = this.clock.instant();
		if (!this.repository.partTransition(partId, PartStatus.CLAIMED, PartStatus.DONE,
				"done_at = :now, due_at = null, late = late or :now > due_at", Map.of("now", RequestRepository.ts(now)))) {
			throw wrongState();
		}
		record(actor, r, part.id(), EventKind.PART_DONE, text, true, now);
		tellReporter(r, "notice.request.progress");
		if (this.repository.allPartsDone(id, r.reopenCount())
				&& this.repository.transition(id, Status.DISPATCHED, Status.RESOLVED, "resolved_at = :now, due_at = null",
						Map.of(), now)) {
			record(actor, r, null, EventKind.RESOLVED, null, true, now);
			tellReporter(r, "notice.request.resolved");
		}
	}

	// --- evaluation (评单) ---

	/**
	 * The resident evaluates (评单): resolved or not, satisfaction, and stars for each unit that took part.
	 * Unresolved or dissatisfied reopens the request, with the reason, for another round of work.
	 * @param stars the rating of each part of the last round, by part id (1 to 5)
	 */
	@Transactional
	public void evaluate(Actor actor, long id, Boolean resolved, Satisfaction satisfaction, String comment,
			Map<Long, Integer> stars) {
		Request r = get(actor, id, null);
		if (!reporter(actor, r) || r.reporterPersonId() == null || !r.reporterPersonId().equals(actor.personId())) {
			throw Rejected.because("request.rejected.notReporter");
		}
		Violations v = new Violations();
		if (resolved == null) {
			v.add("resolved", "validation.required");
		}
		if (satisfaction == null) {
			v.add("satisfaction", "validation.required");
		}
		String why = v.optional("comment", comment, 1000);
		boolean reopen = Boolean.FALSE.equals(resolved) || satisfaction == Satisfaction.DISSATISFIED;
		if (reopen && why == null && !v.has("comment")) {
			v.add("comment", "request.rejected.reasonForReopening");
		}
		List<Part> round = this.repository.parts(id).stream().filter(p -> p.round() == r.reopenCount()).toList();
		Map<Long, Integer> given = stars == null ? Map.of() : stars;
		for (var e : given.entrySet()) {
			if (round.stream().noneMatch(p -> p.id() == e.getKey())) {
				v.add("stars", "request.rejected.partUnknown");
			}
			else if (e.getValue() == null || e.getValue() < 1 || e.getValue() > 5) {
				v.add("stars", "request.rejected.stars");
			}
		}
		v.throwIfAny();
		Instant now = this.clock.instant();
		Map<String, Object> params = new LinkedHashMap<>();
		params.put("resolved", resolved);
		params.put("satisfaction", satisfaction.name());
		params.put("comment", why);
		String assignments = "evaluated_at = :now, resolved = :resolved, satisfaction = :satisfaction, evaluation_comment = :comment";
		boolean changed = reopen
				? this.repository.transition(id, Status.RESOLVED, Status.ACCEPTED,
						assignments + ", reopen_count = reopen_count + 1, resolved_at = null, due_at = :due",
						with(params, "due", RequestRepository.ts(due(r, Step.DISPATCH, now))), now)
				: this.repository.transition(id, Status.RESOLVED, Status.CLOSED, assignments + ", closed_at = :now", params,
						now);
		if (!changed) {
			throw wrongState();
		}
		given.forEach((part, n) -> this.repository.rate(id, part, n, now));
		record(actor, r, null, EventKind.EVALUATED,
				join((resolved ? "resolved" : "unresolved") + " · " + satisfaction.name(), why), true, now);
		if (reopen) {
			record(actor, r, null, EventKind.REOPENED, why, true, now);
			this.notifications.toRegion(r.regionPath(), "notice.request.reopened", List.of(abbreviate(r.description())),
					"/requests/" + id);
		}
		else {
			record(actor, r, null, EventKind.CLOSED, null, true, now);
		}
	}

	// --- supervision (督办) ---

	/** Supervisors remind the unit of a part, or the community of the request's own step. */
	@Transactional
	public void remind(Actor actor, long id, Long partId, String note) {
		actor.require(RequestPermissions.SUPERVISE);
		Request r = get(actor, id, null);
		if (!staffOf(actor, r)) {
			throw new NotFound(TYPE, id);
		}
		if (!r.status().open()) {
			throw wrongState();
		}
		Instant now = this.clock.instant();
		if (partId != null) {
			Part part = this.repository.part(id, partId).orElseThrow(() -> Rejected.field("partId", "request.rejected.partUnknown"));
			if (part.status() == PartStatus.DONE) {
				throw wrongState();
			}
			record(actor, r, part.id(), EventKind.REMINDED, blank(note), false, now);
			tellUnit(new Unit(part.organisationId(), part.teamId(), part.personId(), part.unitName()), r,
					"notice.request.reminded");
		}
		else {
			record(actor, r, null, EventKind.REMINDED, blank(note), false, now);
			this.notifications.toRegion(r.regionPath(), "notice.request.reminded", List.of(abbreviate(r.description())),
					"/requests/" + id);
		}
	}

	/**
	 * Flags each step that passed its limit, and each that comes within the warning time of it, once: the flags
	 * flip in the statements that find the steps, so several instances or a restart never flag one twice. The
	 * limits are stored with the requests, so the timers survive restarts.
	 * @return how many steps were flagged now
	 */
	@Scheduled(fixedDelayString = "${siwei.requests.sweep-every:60s}", initialDelayString = "${siwei.requests.sweep-every:60s}")
	@Transactional
	public int sweep() {
		if (cn.siwei.platform.BulkLoad.inProgress(this.jdbc)) {
			return 0;
		}
		Instant now = this.clock.instant();
		Instant horizon = now.plus(this.warnBefore);
		var lateRequests = this.repository.flagOverdueRequests(now);
		var lateParts = this.repository.flagOverdueParts(now);
		var soonRequests = this.repository.warnRequests(now, horizon);
		var soonParts = this.repository.warnParts(now, horizon);
		this.repository.events(lateRequests, now, EventKind.OVERDUE);
		this.repository.events(lateParts, now, EventKind.OVERDUE);
		this.repository.events(soonRequests, now, EventKind.DUE_SOON);
		this.repository.events(soonParts, now, EventKind.DUE_SOON);
		lateRequests.forEach(f -> tellFlagged(f, "notice.request.overdue"));
		lateParts.forEach(f -> tellFlagged(f, "notice.request.overdue"));
		soonRequests.forEach(f -> tellFlagged(f, "notice.request.dueSoon"));
		soonParts.forEach(f -> tellFlagged(f, "notice.request.dueSoon"));
		int n = lateRequests.size() + lateParts.size() + soonRequests.size() + soonParts.size();
		if (n > 0) {
			log.info("Request sweep: {} overdue, {} due soon", lateRequests.size() + lateParts.size(),
					soonRequests.size() + soonParts.size());
		}
		return n;
	}

	private void tellFlagged(RequestRepository.Flagged f, String key) {
		String link = "/requests/" + f.requestId();
		List<String> args = List.of(abbreviate(f.description()));
		if (f.organisationId() != null) {
			this.notifications.toOrganisation(f.organisationId(), key, args, link);
		}
		if (f.personId() != null) {
			this.notifications.toPerson(f.personId(), key, args, link);
		}
		this.notifications.toRegion(f.regionPath(), key, args, link);
	}

	// --- to-dos ---

	@Override
	@Transactional(readOnly = true)
	public List<ToDo> toDos(Actor actor) {
		List<ToDo> list = new ArrayList<>();
		String scope = actor.scope().regionPath();
		if (actor.can(RequestPermissions.ACCEPT)) {
			list.add(new ToDo("todo.requestsToTake", statusCount(Status.SUBMITTED, scope), "/requests?status=SUBMITTED"));
			list.add(new ToDo("todo.requestsToDispatch", statusCount(Status.ACCEPTED, scope), "/requests?status=ACCEPTED"));
		}
		if (actor.can(RequestPermissions.SUMMON)) {
			list.add(new ToDo("todo.requestsToStudy", statusCount(Status.ESCALATED, scope), "/requests?status=ESCALATED"));
		}
		if (actor.can(RequestPermissions.HANDLE)) {
			list.add(new ToDo("todo.partsToDo",
					this.repository.countTasks(actor.organisationId(), actor.personId(), teamIds(actor), ToDo.CAP),
					"/requests/tasks"));
		}
		if (actor.can(RequestPermissions.VIEW)) {
			list.add(new ToDo("todo.requestsOverdue",
					this.repository.count(scope, new RequestFilter(null, null, null, null, false, this.clock.instant(), null,
							null, null, null, null), ToDo.CAP),
					"/requests?overdue=true"));
		}
		return list;
	}

	private long statusCount(Status status, String scope) {
		return Math.min(ToDo.CAP, this.counts.under("request:" + status.name(), List.of(scope)).getOrDefault(scope, 0L));
	}

	// --- settings ---

	@Transactional(readOnly = true)
	public List<Request.Limit> limits(Locale locale) {
		return this.repository.limits(english(locale));
	}

	/** Sets the working days of a step, for a category and urgency (null for all). */
	@Transactional
	public void setLimit(Actor actor, Long categoryId, Urgency urgency, Step step, Integer days) {
		actor.require(Permission.RULES_MANAGE);
		Violations v = new Violations();
		if (step == null) {
			v.add("step", "validation.required");
		}
		if (days == null || days < 1 || days > 60) {
			v.add("workingDays", "request.rejected.workingDays");
		}
		if (categoryId != null && this.repository.categories(false).stream().noneMatch(c -> c.id() == categoryId)) {
			v.add("categoryId", "request.rejected.categoryUnknown");
		}
		v.throwIfAny();
		this.repository.setLimit(categoryId, urgency, step, days, this.clock.instant());
		this.events.changed(actor, "request_time_limit", categoryId == null ? 0 : categoryId, RecordChanged.Action.UPDATE,
				"/", Map.of(), Map.of("step", step.name(), "urgency", String.valueOf(urgency), "workingDays", days), null);
	}

	/** Adds a reply template, for a category or for all. */
	@Transactional
	public long addTemplate(Actor actor, Long categoryId, String title, String body) {
		actor.require(Permission.DICTIONARY_MANAGE);
		Violations v = new Violations();
		String t = v.required("title", title, 100);
		String b = v.required("body", body, 2000);
		v.throwIfAny();
		long id = this.repository.addTemplate(categoryId, t, b);
		this.events.created(actor, "request_reply_template", id, "/", Map.of("title", t));
		return id;
	}

	@Transactional
	public void deactivateTemplate(Actor actor, long id) {
		actor.require(Permission.DICTIONARY_MANAGE);
		if (!this.repository.deactivateTemplate(id)) {
			throw new NotFound("request_reply_template", id);
		}
		this.events.changed(actor, "request_reply_template", id, RecordChanged.Action.DEACTIVATE, "/",
				Map.of("active", true), Map.of("active", false), null);
	}

	// --- helpers ---

	@EventListener
	void on(RegionSubtreeMoved moved) {
		this.repository.rewritePaths(moved.oldPath(), moved.newPath());
	}

	private Request staff(Actor actor, long id, Permission permission) {
		actor.require(permission);
		Request r = get(actor, id, null);
		if (!staffOf(actor, r)) {
			throw new AccessDenied(permission);
		}
		return r;
	}

	private Request street(Actor actor, long id) {
		return staff(actor, id, RequestPermissions.SUMMON);
	}

	/** The part, if it was given to the actor's organisation, one of their teams or themselves. */
	private Part ownPart(Actor actor, Request r, long partId) {
		actor.require(RequestPermissions.HANDLE);
		Part part = this.repository.part(r.id(), partId).orElseThrow(() -> Rejected.field("partId", "request.rejected.partUnknown"));
		if (!owns(actor, part, teamIds(actor))) {
			throw Rejected.because("request.rejected.notYourPart");
		}
		return part;
	}

	/** Whether a part was given to the actor's organisation, one of their teams or themselves (or they administer). */
	private static boolean owns(Actor actor, Part part, List<Long> teamIds) {
		return part.organisationId() != null && part.organisationId().equals(actor.organisationId())
				|| part.personId() != null && part.personId().equals(actor.personId())
				|| part.teamId() != null && teamIds.contains(part.teamId()) || actor.role() == Role.ADMIN;
	}

	/** The parts among these that the actor may report in, claim and finish (their teams read once). */
	public List<Long> ownParts(Actor actor, List<Part> parts) {
		if (!actor.can(RequestPermissions.HANDLE)) {
			return List.of();
		}
		List<Long> teamIds = teamIds(actor);
		return parts.stream().filter(p -> owns(actor, p, teamIds)).map(Part::id).toList();
	}

	private Instant due(Request r, Step step, Instant from) {
		return this.calendar.due(from, this.repository.limit(r.categoryId(), r.urgency(), step));
	}

	private void record(Actor actor, Request r, Long partId, EventKind kind, String note, boolean isPublic, Instant now) {
		this.repository.event(r.id(), partId, now, actor.accountId(), actor.displayName(), kind, note, isPublic);
		this.events.changed(actor, TYPE, r.id(), RecordChanged.Action.UPDATE, r.regionPath(),
				Map.of("status", r.status().name()), partId == null ? Map.of("act", kind.name())
						: Map.of("act", kind.name(), "partId", partId), note);
	}

	private void tellReporter(Request r, String key) {
		tellReporter(r, key, "/requests/" + r.id());
	}

	private void tellReporter(Request r, String key, String link) {
		if (r.reporterPersonId() != null) {
			this.notifications.toPerson(r.reporterPersonId(), key, List.of(abbreviate(r.description())), link);
		}
	}

	private void tellUnit(Unit unit, Request r, String key) {
		List<String> args = List.of(abbreviate(r.description()));
		String link = "/requests/" + r.id();
		if (unit.organisationId() != null) {
			this.notifications.toOrganisation(unit.organisationId(), key, args, link);
		}
		else if (unit.personId() != null) {
			this.notifications.toPerson(unit.personId(), key, args, link);
		}
		else {
			this.notifications.toRegion(r.regionPath(), key, args, link);
		}
	}

	private static Rejected wrongState() {
		return Rejected.because("request.rejected.wrongState");
	}

	private static String required(String field, String value, int max) {
		Violations v = new Violations();
		String s = v.required(field, value, max);
		v.throwIfAny();
		return s;
	}

	private static Map<String, Object> with(Map<String, Object> params, String key, Object value) {
		Map<String, Object> m = new LinkedHashMap<>(params);
		m.put(key, value);
		return m;
	}

	static String abbreviate(String s) {
		return s.length() <= 30 ? s : s.substring(0, 30) + "…";
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
