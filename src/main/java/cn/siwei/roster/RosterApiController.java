package cn.siwei.roster;

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
import cn.siwei.platform.Rejected;
import cn.siwei.region.Regions;
import cn.siwei.roster.RosterTerms.ActivityKind;
import cn.siwei.roster.RosterTerms.Appointment;
import cn.siwei.roster.RosterTerms.Status;

/** The rosters as JSON, under the same permissions and scope as the pages. */
@RestController
@Tag(name = "rosters", description = "自治力量名册: red stewards, the three heads, capable residents; what each did")
class RosterApiController {

	private final Rosters rosters;

	private final RosterQueries queries;

	private final Regions regions;

	RosterApiController(Rosters rosters, RosterQueries queries, Regions regions) {
		this.rosters = rosters;
		this.queries = queries;
		this.regions = regions;
	}

	/**
	 * What an act on a member may carry.
	 *
	 * @param kind (activity) what kind of thing they did
	 * @param note (activity) what, in a line
	 * @param served (activity) how many residents it reached
	 * @param day (activity) the day, today when empty
	 * @param reason (end) why they leave the role
	 */
	record ActBody(String kind, String note, Integer served, LocalDate day, String reason) {
	}

	/** A kind as the body names it; one that is no kind is refused by its field, after the member's scope is checked. */
	private static ActivityKind kind(String kind) {
		if (kind == null || kind.isBlank()) {
			return null;
		}
		try {
			return ActivityKind.valueOf(kind.strip());
		}
		catch (IllegalArgumentException ex) {
			throw Rejected.field("kind", "roster.rejected.kind");
		}
	}

	@GetMapping("/api/v1/rosters")
	@Operation(summary = "Members of the caller's region (or of a node in it), by role (category), state, appointment, figure, day recorded and name; one page")
	Page<Member> list(@RequestParam(required = false) Long region, @RequestParam(required = false) Long category,
			@RequestParam(required = false) Status status, @RequestParam(required = false) Appointment appointment,
			@RequestParam(required = false) RosterFigure.Members figure,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(required = false) String q, @RequestParam(defaultValue = "0") int page,
			@RequestParam(required = false) Integer size) {
		Actor actor = CurrentActor.get();
		String path = region == null ? null : this.regions.get(actor, region).path();
		return this.queries.members(actor, new RosterQueries.Filter(path, category, status, appointment, figure, from,
				to, q), Math.max(0, page), Page.size(size));
	}

	@GetMapping("/api/v1/rosters/activities")
	@Operation(summary = "What members of the caller's region did, by role (category), kind, figure and day; one page")
	Page<Activity> activities(@RequestParam(required = false) Long region, @RequestParam(required = false) Long category,
			@RequestParam(required = false) ActivityKind kind, @RequestParam(required = false) RosterFigure.Activities figure,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(defaultValue = "0") int page, @RequestParam(required = false) Integer size) {
		Actor actor = CurrentActor.get();
		String path = region == null ? null : this.regions.get(actor, region).path();
		return this.queries.activities(actor, new RosterQueries.ActivityFilter(path, null, category, kind, figure, from,
				to), Math.max(0, page), Page.size(size));
	}

	@GetMapping("/api/v1/rosters/{id}")
	@Operation(summary = "A member (phone masked) with their latest activities")
	Map<String, Object> get(@PathVariable long id) {
		Actor actor = CurrentActor.get();
		return Map.of("member", this.queries.get(actor, id), "activities", this.queries.activities(actor,
				new RosterQueries.ActivityFilter(null, id, null, null, null, null, null), 0, 50));
	}

	@PostMapping("/api/v1/rosters")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Appoint a member")
	Map<String, Long> appoint(@RequestBody MemberForm form) {
		return Map.of("id", this.rosters.appoint(CurrentActor.get(), form));
	}

	@PostMapping("/api/v1/rosters/{id}/{act}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "An act on a member: activity (record what they did), end (leave the role)")
	void act(@PathVariable long id, @PathVariable String act, @RequestBody(required = false) ActBody body) {
		Actor a = CurrentActor.get();
		ActBody b = body == null ? new ActBody(null, null, null, null, null) : body;
		switch (act) {
			case "activity" -> {
				this.queries.get(a, id);
				this.rosters.record(a, id, kind(b.kind()), b.note(), b.served(), b.day());
			}
			case "end" -> this.rosters.end(a, id, b.reason());
			default -> throw new NotFound("roster_act", act);
		}
	}

}
