package cn.siwei.problem;

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
import cn.siwei.problem.ProblemTerms.Source;
import cn.siwei.problem.ProblemTerms.Status;
import cn.siwei.region.Regions;

/** The problem inventory as JSON, under the same permissions and scope as the pages. */
@RestController
@Tag(name = "problems", description = "问题大盘点 → 治理清单: record, assign an owner and limit, progress, finish, drop, reopen")
class ProblemApiController {

	private final Problems problems;

	private final ProblemQueries queries;

	private final Regions regions;

	ProblemApiController(Problems problems, ProblemQueries queries, Regions regions) {
		this.problems = problems;
		this.queries = queries;
		this.regions = regions;
	}

	/**
	 * What an act on a problem may carry; each act reads its own fields.
	 *
	 * @param organisationId (assign) the owning unit, one of the platform's
	 * @param owner (assign) the owner by name, when no unit is given
	 * @param workingDays (assign, reopen) the limit in working days from now
	 * @param note (progress) what has been done
	 * @param result (finish) what was done
	 * @param reason (drop, reopen) why
	 */
	record ActBody(Long organisationId, String owner, Integer workingDays, String note, String result, String reason) {
	}

	@GetMapping("/api/v1/problems")
	@Operation(summary = "Problems of the caller's region (or of a node in it), open ones first, by state, kind, source, figure, day found, overdue and words; one page")
	Page<Problem> list(@RequestParam(required = false) Long region, @RequestParam(required = false) Status status,
			@RequestParam(required = false) Long category, @RequestParam(required = false) Source source,
			@RequestParam(required = false) ProblemFigure figure,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(defaultValue = "false") boolean overdue, @RequestParam(required = false) String q,
			@RequestParam(defaultValue = "0") int page, @RequestParam(required = false) Integer size) {
		Actor actor = CurrentActor.get();
		String path = region == null ? null : this.regions.get(actor, region).path();
		return this.queries.list(actor, new ProblemQueries.Filter(path, status, category, source, figure, from, to,
				overdue, q), Math.max(0, page), Page.size(size));
	}

	@GetMapping("/api/v1/problems/{id}")
	@Operation(summary = "A problem with its timeline and the acts the caller may do now")
	Map<String, Object> get(@PathVariable long id) {
		Actor actor = CurrentActor.get();
		return Map.of("problem", this.queries.get(actor, id), "allowed", this.queries.allowed(actor, id), "timeline",
				this.queries.timeline(actor, id));
	}

	@PostMapping("/api/v1/problems")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Record a problem found (发现)")
	Map<String, Long> record(@RequestBody ProblemForm form) {
		return Map.of("id", this.problems.record(CurrentActor.get(), form));
	}

	@PostMapping("/api/v1/problems/{id}/{act}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "An act on a problem: assign, progress, finish, drop, reopen")
	void act(@PathVariable long id, @PathVariable String act, @RequestBody(required = false) ActBody body) {
		Actor a = CurrentActor.get();
		ActBody b = body == null ? new ActBody(null, null, null, null, null, null) : body;
		switch (act) {
			case "assign" -> this.problems.assign(a, id, b.organisationId(), b.owner(), b.workingDays());
			case "progress" -> this.problems.progress(a, id, b.note());
			case "finish" -> this.problems.finish(a, id, b.result());
			case "drop" -> this.problems.drop(a, id, b.reason());
			case "reopen" -> this.problems.reopen(a, id, b.reason(), b.workingDays());
			default -> throw new NotFound("problem_act", act);
		}
	}

}
