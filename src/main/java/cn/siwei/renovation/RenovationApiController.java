package cn.siwei.renovation;

import java.time.LocalDate;
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

import cn.siwei.access.Actor;
import cn.siwei.access.CurrentActor;
import cn.siwei.platform.NotFound;
import cn.siwei.platform.Page;
import cn.siwei.region.Regions;
import cn.siwei.renovation.RenovationTerms.Funding;
import cn.siwei.renovation.RenovationTerms.Status;

/** Renovation projects as JSON, under the same permissions and scope as the pages. */
@RestController
@Tag(name = "renovations", description = "老旧小区改造: plan, consult the households, count consent, progress, accept")
class RenovationApiController {

	private final Renovations renovations;

	private final RenovationQueries queries;

	private final Regions regions;

	RenovationApiController(Renovations renovations, RenovationQueries queries, Regions regions) {
		this.renovations = renovations;
		this.queries = queries;
		this.regions = regions;
	}

	/**
	 * What an act on a project may carry; each act reads its own fields.
	 *
	 * @param plan (consult) a revised plan, after a refusal
	 * @param agreed (tally) households for
	 * @param against (tally) households against
	 * @param percent (progress) how far the works are
	 * @param note (progress, accept) a note
	 * @param passed (accept) whether the works pass
	 * @param inspector (accept) who inspected
	 */
	record ActBody(String plan, Integer agreed, Integer against, Integer percent, String note, Boolean passed,
			String inspector) {
	}

	@GetMapping("/api/v1/renovations")
	@Operation(summary = "Projects of the caller's region (or of a node in it), by state, kind of works, funding, figure, day planned and words; one page")
	Page<Renovation> list(@RequestParam(required = false) Long region, @RequestParam(required = false) Status status,
			@RequestParam(required = false) Long category, @RequestParam(required = false) Funding funding,
			@RequestParam(required = false) RenovationFigure figure,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(required = false) String q, @RequestParam(defaultValue = "0") int page,
			@RequestParam(required = false) Integer size) {
		Actor actor = CurrentActor.get();
		String path = region == null ? null : this.regions.get(actor, region).path();
		return this.queries.list(actor, new RenovationQueries.Filter(path, status, category, funding, figure, from, to,
				q), Math.max(0, page), Page.size(size));
	}

	@GetMapping("/api/v1/renovations/{id}")
	@Operation(summary = "A project with its public timeline, the consent share required and the acts the caller may do now")
	Map<String, Object> get(@PathVariable long id) {
		Actor actor = CurrentActor.get();
		return Map.of("renovation", this.queries.get(actor, id), "timeline", this.queries.timeline(actor, id),
				"consentShare", this.renovations.consentShare(), "allowed", this.queries.allowed(actor, id));
	}

	@PostMapping("/api/v1/renovations")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Plan a project (计划)")
	Map<String, Long> plan(@RequestBody RenovationForm form) {
		return Map.of("id", this.renovations.plan(CurrentActor.get(), form));
	}

	@PostMapping("/api/v1/renovations/{id}/{act}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "An act on a project: consult, tally, progress, accept")
	void act(@PathVariable long id, @PathVariable String act, @RequestBody(required = false) ActBody body) {
		Actor a = CurrentActor.get();
		ActBody b = body == null ? new ActBody(null, null, null, null, null, null, null) : body;
		switch (act) {
			case "consult" -> this.renovations.consult(a, id, b.plan());
			case "tally" -> this.renovations.tally(a, id, b.agreed(), b.against());
			case "progress" -> this.renovations.progress(a, id, b.percent(), b.note());
			case "accept" -> this.renovations.accept(a, id, !Boolean.FALSE.equals(b.passed()), b.inspector(), b.note());
			default -> throw new NotFound("renovation_act", act);
		}
	}

}
