package cn.siwei.request;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import cn.siwei.access.AccessDenied;
import cn.siwei.access.CurrentActor;
import cn.siwei.platform.Page;
import cn.siwei.platform.Satisfaction;
import cn.siwei.region.Regions;
import cn.siwei.request.RequestTerms.Channel;
import cn.siwei.request.RequestTerms.EvaluationMethod;
import cn.siwei.request.RequestTerms.Status;
import cn.siwei.request.RequestTerms.Urgency;

/**
 * The request loop as JSON: every act of the pages under the same permissions and scope, and the intake of other
 * systems (the 12345 hotline) with an API key and an idempotency key. Refusals answer 422 with every reason.
 */
@RestController
@RequestMapping("/api/v1/requests")
@Tag(name = "requests", description = "Micro-requests: intake from every channel, the five orders, whistle and report, evaluation, supervision, figures")
class RequestApiController {

	private final Requests requests;

	private final RequestIntake intake;

	private final ApiClients clients;

	private final RequestFigures figures;

	private final Regions regions;

	private final Clock clock;

	private final RequestRecording recording;

	private final RequestQueries queries;

	private final RequestWork work;

	private final RequestFollowUp followUp;

	private final RequestExport export;

	private final RequestContacts contacts;

	RequestApiController(RequestContacts contacts, RequestExport export, RequestFollowUp followUp, RequestWork work, RequestQueries queries, RequestRecording recording, Requests requests, RequestIntake intake, ApiClients clients, RequestFigures figures,
			Regions regions, Clock clock) {
		this.contacts = contacts;
		this.export = export;
		this.followUp = followUp;
		this.work = work;
		this.queries = queries;
		this.recording = recording;
		this.requests = requests;
		this.intake = intake;
		this.clients = clients;
		this.figures = figures;
		this.regions = regions;
		this.clock = clock;
	}

	@GetMapping
	@Operation(summary = "The ledger: requests of the caller's region (or a region inside it), filtered and paged, newest first")
	Page<Request> ledger(@RequestParam(required = false) Status status, @RequestParam(required = false) Long category,
			@RequestParam(required = false) Channel channel, @RequestParam(required = false) Urgency urgency,
			@RequestParam(defaultValue = "false") boolean escalated, @RequestParam(defaultValue = "false") boolean overdue,
			@RequestParam(required = false) RequestFigure figure, @RequestParam(required = false) Long region,
			@RequestParam(required = false) Long unit, @RequestParam(required = false) String q,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(defaultValue = "0") int page, @RequestParam(required = false) Integer size, Locale locale) {
		var actor = CurrentActor.get();
		String path = region == null ? null : this.regions.get(actor, region).path();
		var filter = new RequestFilter(status, category, channel, urgency, escalated, overdue ? this.clock.instant() : null,
				figure, from == null ? null : this.figures.start(from), to == null ? null : this.figures.start(to.plusDays(1)),
				unit, q);
		return this.queries.ledger(actor, path, filter, locale, page, Page.size(size));
	}

	@GetMapping("/categories")
	@Operation(summary = "The request categories (the Open311 services), in the caller's language")
	List<Request.Category> categories(Locale locale) {
		return this.queries.categories(locale);
	}

	@GetMapping("/mine")
	@Operation(summary = "The caller's own requests, newest first, with the originals of any linked as duplicates (a resident's 我的诉求)")
	List<Request> mine(Locale locale) {
		return this.queries.mine(CurrentActor.get(), locale);
	}

	@GetMapping(value = "/export.xlsx", produces = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
	@Operation(summary = "The filtered ledger as an .xlsx sheet (every matching request; title line with the filters; no reporter's name or phone)")
	void export(@RequestParam(required = false) Status status, @RequestParam(required = false) Long category,
			@RequestParam(required = false) Long region, @RequestParam(required = false) String q, Locale locale,
			HttpServletResponse response) throws IOException {
		var actor = CurrentActor.get();
		var node = region == null ? this.regions.home(actor) : this.regions.get(actor, region);
		var filter = new RequestFilter(status, category, null, null, false, null, null, null, null, null, q);
		response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
		response.setHeader("Content-Disposition", "attachment; filename=\"requests.xlsx\"");
		this.export.ledger(actor, region == null ? null : node.path(), node.name(), filter, locale,
				response.getOutputStream());
	}

	@GetMapping("/figures")
	@Operation(summary = "The figures of a region, period and optionally category, unit and channel; each equals the ledger filtered by it")
	RequestFigures.Figures figures(@RequestParam long region,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(required = false) Long category, @RequestParam(required = false) Long unit,
			@RequestParam(required = false) Channel channel) {
		return this.figures.of(CurrentActor.get(), region, from, to, category, unit, channel);
	}

	@GetMapping("/supervision")
	@Operation(summary = "The supervision list (督办): open steps past or close to their limits, soonest first; one page (total counted up to 10,000)")
	Page<Request.Supervised> supervision(@RequestParam(defaultValue = "0") int page,
			@RequestParam(required = false) Integer size, Locale locale) {
		return this.queries.supervision(CurrentActor.get(), locale, Math.max(0, page), Page.size(size));
	}

	@GetMapping("/tasks")
	@Operation(summary = "The open parts given to the caller's organisation, teams or self, soonest due first; one page")
	Page<Request.Task> tasks(@RequestParam(defaultValue = "0") int page, @RequestParam(required = false) Integer size,
			Locale locale) {
		return this.queries.tasks(CurrentActor.get(), locale, Math.max(0, page), Page.size(size));
	}

	/**
	 * A request with what happened to it.
	 *
	 * @param request the request
	 * @param parts the units' parts
	 * @param timeline its timeline (public entries only, for the reporter)
	 * @param allowed the acts the caller may do now, on the request and on each part (by part id): a client offers
	 * those, as the page does, instead of deriving them
	 */
	record Detail(Request request, List<Request.Part> parts, List<Request.Entry> timeline, RequestQueries.Allowed allowed) {
	}

	@GetMapping("/{id}")
	@Operation(summary = "A request with its parts, timeline and the acts the caller may do now")
	Detail get(@PathVariable long id, Locale locale) {
		var actor = CurrentActor.get();
		return new Detail(this.queries.get(actor, id, locale), this.queries.parts(actor, id),
				this.queries.timeline(actor, id), this.queries.allowed(actor, id));
	}

	@GetMapping("/{id}/similar")
	@Operation(summary = "Likely duplicates: same category and community, recent, similar words")
	List<Request> similar(@PathVariable long id, Locale locale) {
		return this.queries.similar(CurrentActor.get(), id, locale);
	}

	/**
	 * A new request.
	 *
	 * @param categoryId its category
	 * @param description what is asked
	 * @param regionId the region node (a resident's home when absent)
	 * @param address where, in words
	 * @param urgency how urgent
	 * @param channel where staff found it (offline channels only)
	 * @param reporterPersonId the reporting resident, if known
	 * @param reporterName the reporter's name otherwise
	 * @param reporterPhone the reporter's phone otherwise
	 */
	record NewBody(Long categoryId, String description, Long regionId, String address, Urgency urgency, Channel channel,
			Long reporterPersonId, String reporterName, String reporterPhone) {

		RequestForm form() {
			RequestForm f = new RequestForm();
			f.setCategoryId(this.categoryId);
			f.setDescription(this.description);
			f.setRegionId(this.regionId);
			f.setAddress(this.address);
			f.setUrgency(this.urgency);
			f.setChannel(this.channel);
			f.setReporterPersonId(this.reporterPersonId);
			f.setReporterName(this.reporterName);
			f.setReporterPhone(this.reporterPhone);
			return f;
		}

	}

	/**
	 * What came of a new request.
	 *
	 * @param id the request
	 * @param replayed whether an earlier push with the same idempotency key had created it
	 */
	record Created(long id, boolean replayed) {
	}

	@PostMapping
	@Operation(summary = "Staff record a request found offline (home visit, talk, meeting, deputies' studio, self-discovered)")
	ResponseEntity<Created> record(@RequestBody NewBody body) {
		return ResponseEntity.status(HttpStatus.CREATED).body(new Created(this.recording.record(CurrentActor.get(), body.form()), false));
	}

	@PostMapping("/mine")
	@Operation(summary = "A resident places a request of their own (点单)")
	ResponseEntity<Created> submit(@RequestBody NewBody body) {
		return ResponseEntity.status(HttpStatus.CREATED).body(new Created(this.recording.submitOwn(CurrentActor.get(), body.form()), false));
	}

	@PostMapping("/intake")
	@Operation(summary = "Another system (the 12345 hotline) pushes a request. The same Idempotency-Key always answers with the same request: 201 the first time, 200 with replayed=true after; the key reused for a different request is refused")
	ResponseEntity<Created> intake(@Parameter(description = "the client system's key") @RequestHeader(name = "X-Api-Key", required = false) String apiKey,
			@RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey,
			@RequestBody RequestIntake.Push push) {
		var client = this.clients.authenticate(apiKey).orElseThrow(() -> new AccessDenied(RequestPermissions.RECORD));
		var received = this.intake.receive(client, idempotencyKey, push);
		return ResponseEntity.status(received.replayed() ? HttpStatus.OK : HttpStatus.CREATED)
			.header("Idempotent-Replayed", String.valueOf(received.replayed()))
			.body(new Created(received.requestId(), received.replayed()));
	}

	/**
	 * The inputs of an act; each act reads the ones it needs.
	 *
	 * @param note a note (accept, study, report, claim, progress, done, remind, supplement)
	 * @param reason a reason (decline, escalate, return, send back, withdraw, cancel)
	 * @param regionId where to route
	 * @param originalId the original of a duplicate
	 * @param organisationId the organisation to dispatch to
	 * @param teamId or the team
	 * @param personId or the person
	 * @param task what the unit is asked to do
	 * @param organisationIds the units the street summons
	 * @param reportWithin working days they have to report in
	 * @param isPublic whether a progress note is for the resident to see
	 * @param partId the part a progress note or reminder concerns
	 * @param resolved the resident's verdict
	 * @param satisfaction the resident's satisfaction
	 * @param comment the resident's comment (needed when reopening)
	 * @param stars the resident's rating of each part, by part id
	 * @param method how a call-back was gathered: PHONE or VISIT (call-back)
	 * @param respondent who answered a call-back, if not the reporter (call-back)
	 * @param days working days more (extension)
	 * @param grant whether the extension is granted (extension decision)
	 */
	record Act(String note, String reason, Long regionId, Long originalId, Long organisationId, Long teamId,
			Long personId, String task, List<Long> organisationIds, Integer reportWithin, Boolean isPublic, Long partId,
			Boolean resolved, Satisfaction satisfaction, String comment, Map<Long, Integer> stars,
			EvaluationMethod method, String respondent, Integer days, Boolean grant) {
	}

	@PostMapping("/{id}/accept")
	@Operation(summary = "Take the request (接单)")
	Detail accept(@PathVariable long id, @RequestBody(required = false) Act a, Locale locale) {
		this.requests.accept(CurrentActor.get(), id, act(a).note());
		return get(id, locale);
	}

	@PostMapping("/{id}/decline")
	@Operation(summary = "Decline the request with a reason the resident sees")
	Detail decline(@PathVariable long id, @RequestBody(required = false) Act a, Locale locale) {
		this.requests.decline(CurrentActor.get(), id, act(a).reason());
		return get(id, locale);
	}

	@PostMapping("/{id}/route")
	@Operation(summary = "Send a new request down to a region node below it")
	Detail route(@PathVariable long id, @RequestBody(required = false) Act a, Locale locale) {
		this.requests.route(CurrentActor.get(), id, act(a).regionId(), act(a).note());
		return get(id, locale);
	}

	@PostMapping("/{id}/duplicate")
	@Operation(summary = "Link the request to its original; it leaves the figures and the reporter follows the original")
	Detail duplicate(@PathVariable long id, @RequestBody(required = false) Act a, Locale locale) {
		this.requests.linkDuplicate(CurrentActor.get(), id, act(a).originalId());
		return get(id, locale);
	}

	@PostMapping("/{id}/dispatch")
	@Operation(summary = "Dispatch to one unit: an organisation, a team or a person (派单)")
	Detail dispatch(@PathVariable long id, @RequestBody(required = false) Act a, Locale locale) {
		Act x = act(a);
		this.requests.dispatch(CurrentActor.get(), id, x.organisationId(), x.teamId(), x.personId(), x.task());
		return get(id, locale);
	}

	@PostMapping("/{id}/escalate")
	@Operation(summary = "Escalate from the community to the street, with the reason")
	Detail escalate(@PathVariable long id, @RequestBody(required = false) Act a, Locale locale) {
		this.requests.escalate(CurrentActor.get(), id, act(a).reason());
		return get(id, locale);
	}

	@PostMapping("/{id}/study")
	@Operation(summary = "The street's study of an escalated request (研判), internal")
	Detail study(@PathVariable long id, @RequestBody(required = false) Act a, Locale locale) {
		this.requests.study(CurrentActor.get(), id, act(a).note());
		return get(id, locale);
	}

	@PostMapping("/{id}/summon")
	@Operation(summary = "The street summons several units at once with a report deadline (吹哨)")
	Detail summon(@PathVariable long id, @RequestBody(required = false) Act a, Locale locale) {
		Act x = act(a);
		this.requests.summon(CurrentActor.get(), id, x.organisationIds(), x.reportWithin(), x.task());
		return get(id, locale);
	}

	@PostMapping("/{id}/return")
	@Operation(summary = "The street gives an escalated request back to the community, with the reason")
	Detail giveBack(@PathVariable long id, @RequestBody(required = false) Act a, Locale locale) {
		this.requests.returnToCommunity(CurrentActor.get(), id, act(a).reason());
		return get(id, locale);
	}

	@PostMapping("/{id}/parts/{partId}/report")
	@Operation(summary = "A summoned unit reports in (报到)")
	Detail report(@PathVariable long id, @PathVariable long partId, @RequestBody(required = false) Act a, Locale locale) {
		this.work.report(CurrentActor.get(), id, partId, act(a).note());
		return get(id, locale);
	}

	@PostMapping("/{id}/parts/{partId}/claim")
	@Operation(summary = "The unit claims its part (领单)")
	Detail claim(@PathVariable long id, @PathVariable long partId, @RequestBody(required = false) Act a, Locale locale) {
		this.work.claim(CurrentActor.get(), id, partId, act(a).note());
		return get(id, locale);
	}

	@PostMapping("/{id}/parts/{partId}/done")
	@Operation(summary = "The unit finishes its part, saying what was done")
	Detail done(@PathVariable long id, @PathVariable long partId, @RequestBody(required = false) Act a, Locale locale) {
		this.work.finishPart(CurrentActor.get(), id, partId, act(a).note());
		return get(id, locale);
	}

	@PostMapping("/{id}/parts/{partId}/send-back")
	@Operation(summary = "退单: the unit sends its part back to whoever gave it, with the reason (body: reason)")
	Detail sendBack(@PathVariable long id, @PathVariable long partId, @RequestBody(required = false) Act a, Locale locale) {
		this.work.sendBack(CurrentActor.get(), id, partId, act(a).reason());
		return get(id, locale);
	}

	@PostMapping("/{id}/parts/{partId}/extension")
	@Operation(summary = "延期申请: the unit asks for more working days for its step (body: days, reason)")
	Detail askExtension(@PathVariable long id, @PathVariable long partId, @RequestBody(required = false) Act a,
			Locale locale) {
		Act x = act(a);
		this.work.askExtension(CurrentActor.get(), id, partId, x.days(), x.reason());
		return get(id, locale);
	}

	@PostMapping("/{id}/parts/{partId}/withdraw")
	@Operation(summary = "The dispatcher withdraws a part nobody claimed (body: reason)")
	Detail withdrawPart(@PathVariable long id, @PathVariable long partId, @RequestBody(required = false) Act a,
			Locale locale) {
		this.requests.withdrawPart(CurrentActor.get(), id, partId, act(a).reason());
		return get(id, locale);
	}

	@PostMapping("/{id}/parts/{partId}/extension/decision")
	@Operation(summary = "The dispatcher grants or refuses a unit's request for more time (body: grant, note)")
	Detail decideExtension(@PathVariable long id, @PathVariable long partId, @RequestBody(required = false) Act a,
			Locale locale) {
		Act x = act(a);
		this.requests.decideExtension(CurrentActor.get(), id, partId, Boolean.TRUE.equals(x.grant()), x.note());
		return get(id, locale);
	}

	@PostMapping("/{id}/progress")
	@Operation(summary = "A progress note, public (the resident sees it) or internal")
	Detail progress(@PathVariable long id, @RequestBody(required = false) Act a, Locale locale) {
		Act x = act(a);
		this.work.progress(CurrentActor.get(), id, x.partId(), x.note(), Boolean.TRUE.equals(x.isPublic()));
		return get(id, locale);
	}

	@PostMapping("/{id}/evaluate")
	@Operation(summary = "The resident evaluates (评单): resolved, satisfaction, stars per unit; unresolved or dissatisfied reopens it")
	Detail evaluate(@PathVariable long id, @RequestBody(required = false) Act a, Locale locale) {
		Act x = act(a);
		this.work.evaluate(CurrentActor.get(), id, x.resolved(), x.satisfaction(), x.comment(), x.stars());
		return get(id, locale);
	}

	@PostMapping("/{id}/call-back")
	@Operation(summary = "回访: staff record the resident's evaluation gathered by phone (PHONE) or on a visit (VISIT), with who answered; counts as the resident's evaluation")
	Detail callBack(@PathVariable long id, @RequestBody(required = false) Act a, Locale locale) {
		Act x = act(a);
		this.work.callBack(CurrentActor.get(), id, x.resolved(), x.satisfaction(), x.comment(), x.method(),
				x.respondent());
		return get(id, locale);
	}

	/**
	 * The hotline's call-back result.
	 *
	 * @param resolved whether the resident says it is resolved
	 * @param satisfaction how satisfied they are
	 * @param comment what they said (required when unresolved or dissatisfied: the request reopens)
	 * @param respondent who answered, if not the reporter
	 */
	record HotlineCallBack(Boolean resolved, Satisfaction satisfaction, String comment, String respondent) {
	}

	@PostMapping("/intake/{key}/evaluation")
	@Operation(summary = "The 12345 hotline passes on the evaluation it gathered by calling back, for the request it pushed with this Idempotency-Key (its work-order number)")
	Created hotlineCallBack(@Parameter(description = "the client system's key") @RequestHeader(name = "X-Api-Key", required = false) String apiKey,
			@PathVariable String key, @RequestBody(required = false) HotlineCallBack body) {
		var client = this.clients.authenticate(apiKey).orElseThrow(() -> new AccessDenied(RequestPermissions.RECORD));
		HotlineCallBack b = body == null ? new HotlineCallBack(null, null, null, null) : body;
		return new Created(this.work.callBackByClient(client, key, b.resolved(), b.satisfaction(), b.comment(),
				b.respondent()), false);
	}

	/**
	 * @param value the reporter's full phone, empty when none was given
	 */
	record Revealed(String value) {
	}

	@PostMapping("/{id}/reveal")
	@Operation(summary = "Reveal the reporter's full phone; written to the audit trail with the reason given")
	Revealed reveal(@PathVariable long id, @RequestParam String reason) {
		return new Revealed(this.queries.revealReporterPhone(CurrentActor.get(), id, reason));
	}

	@PostMapping("/{id}/reporter-contact")
	@Operation(summary = "The reporter's name and phone, for a unit working a part of the request now (to call back); audited")
	RequestContacts.Reporter reporterContact(@PathVariable long id) {
		return this.contacts.reporter(CurrentActor.get(), id);
	}

	@PostMapping("/{id}/unlink-duplicate")
	@Operation(summary = "Undo a link to another request made in error (note: why); the request waits to be taken again")
	Detail unlinkDuplicate(@PathVariable long id, @RequestBody(required = false) Act a, Locale locale) {
		this.requests.unlinkDuplicate(CurrentActor.get(), id, act(a).note());
		return get(id, locale);
	}

	@PostMapping("/{id}/remind")
	@Operation(summary = "Supervisors remind the unit of a part, or the community (督办)")
	Detail remind(@PathVariable long id, @RequestBody(required = false) Act a, Locale locale) {
		this.work.remind(CurrentActor.get(), id, act(a).partId(), act(a).note());
		return get(id, locale);
	}

	@PostMapping("/{id}/urge")
	@Operation(summary = "催办: the resident who placed the request urges it on, at most once a day; the community and the units working on it are told")
	Detail urge(@PathVariable long id, Locale locale) {
		this.followUp.urge(CurrentActor.get(), id);
		return get(id, locale);
	}

	@PostMapping("/{id}/supplement")
	@Operation(summary = "补充: the resident adds to what they said (note); a photo goes to the photos endpoint")
	Detail supplement(@PathVariable long id, @RequestBody(required = false) Act a, Locale locale) {
		this.followUp.supplement(CurrentActor.get(), id, act(a).note(), null);
		return get(id, locale);
	}

	@PostMapping("/{id}/cancel")
	@Operation(summary = "撤单: the resident cancels the request, with the reason; the parts being worked end")
	Detail cancel(@PathVariable long id, @RequestBody(required = false) Act a, Locale locale) {
		this.followUp.cancel(CurrentActor.get(), id, act(a).reason());
		return get(id, locale);
	}

	private static Act act(Act a) {
		return a != null ? a : new Act(null, null, null, null, null, null, null, null, null, null, null, null, null, null,
				null, null, null, null, null, null);
	}

}
