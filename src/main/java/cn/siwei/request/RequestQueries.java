package cn.siwei.request;

import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import cn.siwei.access.Actor;
import cn.siwei.access.Permission;
import cn.siwei.people.People;
import cn.siwei.people.PersonView;
import cn.siwei.platform.ChineseWords;
import cn.siwei.platform.Events;
import cn.siwei.platform.NotFound;
import cn.siwei.platform.Page;
import cn.siwei.platform.RecordChanged;
import cn.siwei.platform.Reveals;
import cn.siwei.region.RegionCounts;
import cn.siwei.region.Regions;
import cn.siwei.request.Request.Entry;
import cn.siwei.request.Request.Part;
import cn.siwei.request.RequestLoop.Act;
import cn.siwei.request.RequestLoop.PartAct;

/**
 * Reading requests, each as the actor may read it ({@link RequestAccess}): one request with its timeline and parts
 * and the acts it offers, the ledger, a resident's own, a unit's tasks, the supervision list, likely duplicates.
 */
@Service
public class RequestQueries {

	private final RequestRepository repository;

	private final RequestLedger ledger;

	private final RequestDictionary dictionary;

	private final RequestAccess access;

	private final RegionCounts counts;

	private final People people;

	private final Events events;

	private final RequestSettings settings;

	private final Clock clock;

	RequestQueries(RequestRepository repository, RequestLedger ledger, RequestDictionary dictionary, RequestAccess access,
			RegionCounts counts, People people, Events events, RequestSettings settings, Clock clock) {
		this.repository = repository;
		this.ledger = ledger;
		this.dictionary = dictionary;
		this.access = access;
		this.counts = counts;
		this.people = people;
		this.events = events;
		this.settings = settings;
		this.clock = clock;
	}

	static boolean english(Locale locale) {
		return locale != null && "en".equals(locale.getLanguage());
	}

	/** A request as the actor may read it; anyone else is told it does not exist. */
	@Transactional(readOnly = true)
	public Request get(Actor actor, long id, Locale locale) {
		return this.access.readable(actor, find(id, locale));
	}

	/**
	 * What the sender answered to the category's questions (Open311 attributes, or another system's), each under
	 * the question's description where the category has one, in the category's order; for whoever may read it.
	 */
	@Transactional(readOnly = true)
	public Map<String, String> attributes(Actor actor, long id) {
		get(actor, id, null);
		Map<String, String> shown = new LinkedHashMap<>();
		this.repository.attributes(id).ifPresent(both -> {
			Map<String, Object> answers = JSON.readValue(both[0], new TypeReference<Map<String, Object>>() {
			});
			List<Map<String, Object>> questions = JSON.readValue(both[1], new TypeReference<List<Map<String, Object>>>() {
			});
			for (Map<String, Object> q : questions) {
				Object answer = answers.remove(String.valueOf(q.get("code")));
				if (answer != null) {
					shown.put(String.valueOf(q.getOrDefault("description", q.get("code"))), String.valueOf(answer));
				}
			}
			answers.forEach((code, answer) -> shown.put(code, String.valueOf(answer)));
		});
		return shown;
	}

	private static final JsonMapper JSON = JsonMapper.builder().build();

	/**
	 * The registered resident whose phone the caller used under another name, for staff of the request's region to
	 * confirm or dismiss as its reporter; empty for everyone else.
	 */
	@Transactional(readOnly = true)
	public Optional<PersonView> reporterCandidate(Actor actor, long id) {
		Request r = get(actor, id, null);
		if (!RequestAccess.staffOf(actor, r) || !actor.can(RequestPermissions.ACCEPT)) {
			return Optional.empty();
		}
		return this.repository.reporterCandidate(id).filter(p -> this.people.visible(actor, p))
			.map(p -> this.people.view(actor, p));
	}

	private Request find(long id, Locale locale) {
		return this.repository.find(id, english(locale)).orElseThrow(() -> new NotFound(Requests.TYPE, id));
	}

	/**
	 * What the actor may do on a request now: the acts on the request as a whole and, for each part of theirs, the
	 * acts on it. Pages and the API offer exactly these.
	 *
	 * @param acts the acts on the request as a whole
	 * @param partActs the acts on each of the actor's parts, by part id
	 */
	public record Allowed(Set<Act> acts, Map<Long, Set<PartAct>> partActs) {

		/** Whether an act on the request may be done, by its name (for templates). */
		public boolean can(String act) {
			return this.acts.contains(Act.valueOf(act));
		}

		/** Whether an act on a part may be done, by its name (for templates). */
		public boolean can(long partId, String act) {
			return this.partActs.getOrDefault(partId, Set.of()).contains(PartAct.valueOf(act));
		}

		/** Whether the actor may write a progress note: as staff, or as a unit on one of its parts. */
		public boolean canNote() {
			return this.acts.contains(Act.NOTE)
					|| this.partActs.values().stream().anyMatch(acts -> acts.contains(PartAct.NOTE));
		}

		/** The ids of the parts the actor may act on. */
		public Set<Long> ownParts() {
			return this.partActs.keySet();
		}

	}

	@Transactional(readOnly = true)
	public Allowed allowed(Actor actor, long id) {
		Request r = find(id, null);
		this.access.readable(actor, r);
		List<Long> teams = this.access.teamIds(actor);
		Map<Long, Set<PartAct>> parts = new LinkedHashMap<>();
		for (Part p : this.repository.parts(id)) {
			Set<PartAct> acts = this.access.allowed(actor, r, p, teams);
			if (!acts.isEmpty()) {
				parts.put(p.id(), acts);
			}
		}
		return new Allowed(this.access.allowed(actor, r), parts);
	}

	/**
	 * Shows the reporter's full phone to staff of the request's region who may reveal personal data, and writes
	 * that to the audit trail with the reason given.
	 */
	@Transactional
	public String revealReporterPhone(Actor actor, long id, String reason) {
		actor.require(Permission.PERSONAL_DATA_REVEAL);
		String why = Reveals.reason(reason);
		Request r = this.repository.find(id, false).filter(x -> RequestAccess.staffOf(actor, x))
			.orElseThrow(() -> new NotFound(Requests.TYPE, id));
		String phone = r.reporterPhone() != null ? r.reporterPhone()
				: r.reporterPersonId() == null ? null : this.people.phoneForAuditedReveal(r.reporterPersonId()).orElse(null);
		this.events.changed(actor, Requests.TYPE, id, RecordChanged.Action.VIEW_PERSONAL_DATA, r.regionPath(), Map.of(),
				Map.of("field", "reporterPhone"), why);
		return phone == null ? "" : phone;
	}

	/** Whether the actor placed the request (or a duplicate of it). */
	@Transactional(readOnly = true)
	public boolean reporter(Actor actor, Request r) {
		return this.access.reporter(actor, r);
	}

	/** The timeline: everything for staff and units, the public entries for the reporter. */
	@Transactional(readOnly = true)
	public List<Entry> timeline(Actor actor, long id) {
		Request r = find(id, null);
		this.access.readable(actor, r);
		return this.repository.timeline(id, !RequestAccess.staffOf(actor, r) && !this.access.unitOf(actor, r));
	}

	@Transactional(readOnly = true)
	public List<Part> parts(Actor actor, long id) {
		get(actor, id, null);
		return this.repository.parts(id);
	}

	/** The parts among these that the actor may report in, claim and finish (their teams read once). */
	@Transactional(readOnly = true)
	public List<Long> ownParts(Actor actor, List<Part> parts) {
		List<Long> teamIds = this.access.teamIds(actor);
		return parts.stream().filter(p -> RequestAccess.owns(actor, p, teamIds)).map(Part::id).toList();
	}

	/** The ledger of a region inside the actor's (the actor's own when {@code regionPath} is null), newest first. */
	@Transactional(readOnly = true)
	public Page<Request> ledger(Actor actor, String regionPath, RequestFilter filter, Locale locale, int page, int size) {
		actor.require(RequestPermissions.VIEW);
		String scope = regionPath != null && actor.scope().covers(regionPath) ? regionPath : actor.scope().regionPath();
		boolean words = filter.text() != null && !filter.text().isBlank();
		// a word found in a tenth of a city's requests is counted no further than a cap: knowing there are more than
		// a thousand is what a reader needs, and counting four hundred thousand took seconds at ten million
		long total = plain(filter)
				? this.counts.under(filter.status() == null ? "request" : "request:" + filter.status().name(), List.of(scope))
					.getOrDefault(scope, 0L)
				: words ? this.ledger.count(scope, filter, SEARCH_CAP) : this.ledger.count(scope, filter);
		// a count stopped at the cap says "at least", not how few: such a search is read newest first, not sorted
		boolean small = words ? total < SEARCH_CAP : total <= RequestLedger.SMALL_LIST;
		List<Request> rows = this.ledger.list(scope, filter, english(locale), Page.offset(page, size), size, small);
		List<Request> masked = rows.stream().map(Request::masked).toList();
		return words ? Page.counted(masked, page, size, total, SEARCH_CAP) : new Page<>(masked, page, size, total);
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
		return actor.personId() == null ? List.of()
				: this.ledger.mine(actor.personId(), english(locale), 100).stream()
					.map(r -> this.access.readable(actor, r)).toList();
	}

	/** One page of the open parts given to the actor's organisation, teams or self, soonest due first. */
	@Transactional(readOnly = true)
	public Page<Request.Task> tasks(Actor actor, Locale locale, int page, int size) {
		actor.require(RequestPermissions.HANDLE);
		List<Long> teams = this.access.teamIds(actor);
		long total = this.ledger.countTasks(actor.organisationId(), actor.personId(), teams, Long.MAX_VALUE);
		List<Request.Task> rows = this.ledger
			.tasks(actor.organisationId(), actor.personId(), teams, english(locale), Page.offset(page, size), size)
			.stream()
			.map(t -> new Request.Task(t.part(), t.request().masked()))
			.toList();
		return new Page<>(rows, page, size, total);
	}

	/** The supervision list is counted no further than this: "more than 1,000" steps late or due soon. */
	public static final long SUPERVISION_CAP = 1_000;

	/** A word search of the ledger is counted no further than this. */
	public static final long SEARCH_CAP = 1_000;

	/**
	 * 督办: one page of the open steps of the actor's region that are overdue or due within the warning time,
	 * soonest first; its total counted up to {@link #SUPERVISION_CAP}.
	 */
	@Transactional(readOnly = true)
	public Page<Request.Supervised> supervision(Actor actor, Locale locale, int page, int size) {
		actor.require(RequestPermissions.VIEW);
		Instant horizon = this.clock.instant().plus(this.settings.warnBefore());
		String scope = actor.scope().regionPath();
		return Page.counted(this.ledger.supervision(scope, horizon, english(locale), Page.offset(page, size), size)
			.stream()
			.map(l -> new Request.Supervised(l.request().masked(), l.part(), l.dueAt()))
			.toList(), page, size, this.ledger.countSupervision(scope, horizon, SUPERVISION_CAP), SUPERVISION_CAP);
	}

	@Transactional(readOnly = true)
	public List<Request.Category> categories(Locale locale) {
		return this.dictionary.categories(english(locale));
	}

	/** The active reply templates that fit a category (and those for any). */
	@Transactional(readOnly = true)
	public List<Request.Template> templates(Long categoryId) {
		return this.dictionary.templates(categoryId);
	}

	/** Every active reply template, for the settings page. */
	@Transactional(readOnly = true)
	public List<Request.Template> allTemplates(Locale locale) {
		return this.dictionary.allTemplates();
	}

	/**
	 * Likely duplicates: same category, same community, recent, with similar words; for staff who take requests
	 * (a resident must not learn of other residents' requests this way).
	 */
	@Transactional(readOnly = true)
	public List<Request> similar(Actor actor, long id, Locale locale) {
		actor.require(RequestPermissions.ACCEPT);
		Request r = get(actor, id, locale);
		if (!RequestAccess.staffOf(actor, r)) {
			throw new NotFound(Requests.TYPE, id);
		}
		var words = ChineseWords.tagged(r.description());
		record Scored(Request request, double score) {
		}
		return this.ledger.duplicateCandidates(r, Regions.communityOf(r.regionPath()),
				this.clock.instant().minus(this.settings.duplicateWindow()), english(locale))
			.stream()
			.filter(x -> actor.scope().covers(x.regionPath()))
			.map(x -> new Scored(x, RequestSimilarity.score(words, ChineseWords.tagged(x.description()))))
			.filter(x -> x.score() >= RequestSimilarity.THRESHOLD)
			.sorted(Comparator.comparingDouble(Scored::score).reversed())
			.limit(5)
			.map(x -> x.request().masked())
			.toList();
	}

}
