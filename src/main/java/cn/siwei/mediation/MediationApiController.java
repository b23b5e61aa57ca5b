package cn.siwei.mediation;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import cn.siwei.access.Actor;
import cn.siwei.access.CurrentActor;
import cn.siwei.mediation.MediationTerms.Performance;
import cn.siwei.mediation.MediationTerms.Source;
import cn.siwei.mediation.MediationTerms.Status;
import cn.siwei.platform.Attachments;
import cn.siwei.platform.NotFound;
import cn.siwei.platform.Page;
import cn.siwei.region.Regions;

/** Mediation cases as JSON, under the same permissions and scope as the pages. */
@RestController
@Tag(name = "mediations", description = "矛盾纠纷调解: receive, assign, accept, sessions, extend, agree or fail, confirmation, follow-up")
class MediationApiController {

	private final Mediations mediations;

	private final MediationQueries queries;

	private final Regions regions;

	private final MediatorPool pool;

	private final MediationFiles files;

	MediationApiController(Mediations mediations, MediationQueries queries, Regions regions, MediatorPool pool,
			MediationFiles files) {
		this.pool = pool;
		this.files = files;
		this.regions = regions;
		this.mediations = mediations;
		this.queries = queries;
	}

	/**
	 * What an act on a case may carry; each act reads its own fields.
	 *
	 * @param mediatorId (assign) who mediates, from the pool
	 * @param mediator (assign) who mediates, named (not from the pool)
	 * @param party (object) the party objecting
	 * @param reason (object, extend) why
	 * @param record (session) the record
	 * @param signed (session) whether both parties signed it
	 * @param days (extend) working days
	 * @param applicantConsents (extend) the applicant's consent
	 * @param respondentConsents (extend) the respondent's consent
	 * @param terms (agree) the terms
	 * @param performanceHow (agree) how, where and when performed
	 * @param guidance (fail) where the parties were told to go
	 * @param applied (confirmation) the day of the application
	 * @param performance (follow-up) what the visit found
	 * @param note (follow-up) notes
	 */
	record ActBody(Long mediatorId, String mediator, String party, String reason, String record, Boolean signed, Integer days,
			Boolean applicantConsents, Boolean respondentConsents, String terms, String performanceHow, String guidance,
			LocalDate applied, Performance performance, String note) {
	}

	@GetMapping("/api/v1/mediations")
	@Operation(summary = "Cases of the caller's region (or of a node in it), open ones first, by state, kind, source, figure and day received; one page")
	Page<Mediation> list(@RequestParam(required = false) Long region, @RequestParam(required = false) Status status,
			@RequestParam(required = false) Long category, @RequestParam(required = false) Source source,
			@RequestParam(required = false) MediationFigure figure,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(defaultValue = "0") int page, @RequestParam(required = false) Integer size) {
		Actor actor = CurrentActor.get();
		String path = region == null ? null : this.regions.get(actor, region).path();
		return this.queries.list(actor, new MediationQueries.Filter(path, status, category, source, figure, from, to),
				Math.max(0, page), Page.size(size));
	}

	@GetMapping("/api/v1/mediations/{id}")
	@Operation(summary = "A case (phones masked) with its timeline, the acts the caller may do now and the agreement's text")
	Map<String, Object> get(@PathVariable long id) {
		Actor actor = CurrentActor.get();
		Mediation m = this.queries.get(actor, id);
		return Map.of("case", m, "allowed", this.queries.allowed(actor, id), "timeline", this.queries.timeline(actor, id),
				"agreement", m.agreementText() == null ? "" : m.agreementText());
	}

	@PostMapping("/api/v1/mediations")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Receive a dispute (接待)")
	Map<String, Long> receive(@RequestBody MediationForm form) {
		return Map.of("id", this.mediations.receive(CurrentActor.get(), form));
	}

	@GetMapping("/api/v1/mediations/{id}/suggestions")
	@Operation(summary = "The pool's mediators who serve the case, ranked, each with the reasons (kind, place, open cases) and any conflict of interest")
	List<MediationLoop.Suggestion> suggestions(@PathVariable long id) {
		Actor actor = CurrentActor.get();
		actor.require(MediationPermissions.HANDLE);
		return this.pool.suggestions(actor, this.queries.get(actor, id));
	}

	@GetMapping("/api/v1/mediations/{id}/evidence")
	@Operation(summary = "The case's evidence (without the bytes; each opens at /mediations/{id}/evidence/{fileId})")
	List<Attachments.Attachment> evidence(@PathVariable long id) {
		return this.files.evidence(CurrentActor.get(), id);
	}

	@PostMapping("/api/v1/mediations/{id}/evidence")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Add a piece of evidence: a JPEG, PNG or WebP photo or a PDF document (10 MB at most) with what it shows")
	Map<String, Long> addEvidence(@PathVariable long id, @RequestParam(name = "file", required = false) MultipartFile file,
			@RequestParam(defaultValue = "") String caption) throws IOException {
		byte[] data = file == null || file.isEmpty() ? new byte[0] : file.getBytes();
		return Map.of("id", this.files.add(CurrentActor.get(), id, data, caption));
	}

	@GetMapping("/api/v1/mediators")
	@Operation(summary = "The pool of mediators serving the caller's region or inside it, with their open cases")
	List<Mediator> mediators() {
		return this.pool.list(CurrentActor.get());
	}

	@PostMapping("/api/v1/mediators")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Put a mediator into the pool at a node of the caller's region")
	Map<String, Long> addMediator(@RequestBody MediatorForm form) {
		return Map.of("id", this.pool.add(CurrentActor.get(), form));
	}

	@PostMapping("/api/v1/mediators/{id}/retire")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Take a mediator of the caller's region out of the pool (their cases keep them)")
	void retire(@PathVariable long id) {
		this.pool.retire(CurrentActor.get(), id);
	}

	@PostMapping("/api/v1/mediations/{id}/{act}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "An act on a case: assign, object, accept, session, extend, agree, fail, confirmation, follow-up, close")
	void act(@PathVariable long id, @PathVariable String act, @RequestBody(required = false) ActBody body) {
		Actor a = CurrentActor.get();
		ActBody b = body == null ? new ActBody(null, null, null, null, null, null, null, null, null, null, null, null,
				null, null, null) : body;
		switch (act) {
			case "assign" -> this.mediations.assign(a, id, b.mediatorId(), b.mediator());
			case "object" -> this.mediations.object(a, id, b.party(), b.reason());
			case "accept" -> this.mediations.accept(a, id);
			case "session" -> this.mediations.session(a, id, b.record(), Boolean.TRUE.equals(b.signed()));
			case "extend" -> this.mediations.extend(a, id, b.days(), Boolean.TRUE.equals(b.applicantConsents()),
					Boolean.TRUE.equals(b.respondentConsents()), b.reason());
			case "agree" -> this.mediations.agree(a, id, b.terms(), b.performanceHow());
			case "fail" -> this.mediations.fail(a, id, b.guidance());
			case "confirmation" -> this.mediations.confirmation(a, id, b.applied());
			case "follow-up" -> this.mediations.followUp(a, id, b.performance(), b.note());
			case "close" -> this.mediations.close(a, id);
			default -> throw new NotFound("mediation_act", act);
		}
	}

}
