package cn.siwei.meeting;

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

import cn.siwei.access.Actor;
import cn.siwei.access.CurrentActor;
import cn.siwei.meeting.MeetingTerms.Kind;
import cn.siwei.meeting.MeetingTerms.Status;
import cn.siwei.platform.Page;
import cn.siwei.platform.Timeline;
import cn.siwei.region.Regions;

/** Meetings and their decisions as JSON, under the same permissions and scope as the pages. */
@RestController
@Tag(name = "meetings", description = "微治理 meetings and councils: convene, open, sign in, decide, close; decisions tracked to done")
class MeetingApiController {

	private final Meetings meetings;

	private final MeetingQueries queries;

	private final OwnersVotes votes;

	private final Regions regions;

	MeetingApiController(Meetings meetings, MeetingQueries queries, OwnersVotes votes, Regions regions) {
		this.regions = regions;
		this.votes = votes;
		this.meetings = meetings;
		this.queries = queries;
	}

	/**
	 * A note, a reason or minutes.
	 *
	 * @param text the text
	 */
	record Text(String text) {
	}

	/**
	 * An attendee signed in by staff.
	 *
	 * @param name who
	 * @param party for which party
	 */
	record Attendee(String name, String party) {
	}

	@GetMapping("/api/v1/meetings")
	@Operation(summary = "Meetings of the caller's region (or of a node in it), newest first, by kind, state, figure and day convened; one page")
	Page<Meeting> list(@RequestParam(required = false) Long region, @RequestParam(required = false) Kind kind,
			@RequestParam(required = false) Status status, @RequestParam(required = false) MeetingFigure.Meetings figure,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(defaultValue = "0") int page, @RequestParam(required = false) Integer size) {
		Actor actor = CurrentActor.get();
		return this.queries.list(actor, new MeetingQueries.Filter(path(actor, region), kind, status,
				figure == null ? null : figure.name(), from, to, false), Math.max(0, page), Page.size(size));
	}

	private String path(Actor actor, Long region) {
		return region == null ? null : this.regions.get(actor, region).path();
	}

	@GetMapping("/api/v1/meetings/{id}")
	@Operation(summary = "A meeting with its parties, agenda, attendance, decisions, timeline and the acts the caller may do now")
	Map<String, Object> get(@PathVariable long id) {
		Actor actor = CurrentActor.get();
		List<Timeline.Entry> timeline = this.queries.timeline(actor, id);
		return Map.of("meeting", this.queries.get(actor, id), "allowed", this.queries.allowed(actor, id), "timeline",
				timeline);
	}

	@PostMapping("/api/v1/meetings")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Convene a meeting for a node of the caller's region (召集)")
	Map<String, Long> convene(@RequestBody MeetingForm form) {
		return Map.of("id", this.meetings.convene(CurrentActor.get(), form));
	}

	@PostMapping("/api/v1/meetings/{id}/open")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "The meeting begins (开会)")
	void open(@PathVariable long id) {
		this.meetings.open(CurrentActor.get(), id);
	}

	/**
	 * An open matter to put on the agenda.
	 *
	 * @param kind its kind: request, wish or problem
	 * @param recordId its id
	 */
	record AgendaPointer(String kind, Long recordId) {
	}

	@PostMapping("/api/v1/meetings/{id}/agenda")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Put an open request, wish or problem of the meeting's region on its agenda (列入议程)")
	void addToAgenda(@PathVariable long id, @RequestBody AgendaPointer a) {
		this.meetings.addToAgenda(CurrentActor.get(), id, a.kind(), a.recordId());
	}

	@PostMapping("/api/v1/meetings/{id}/sign-in")
	@Operation(summary = "Sign an attendee in, by staff (签到)")
	Map<String, Long> signIn(@PathVariable long id, @RequestBody Attendee a) {
		return Map.of("id", this.meetings.signIn(CurrentActor.get(), id, a.name(), a.party()));
	}

	@PostMapping("/api/v1/meetings/{id}/decisions")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Record a decision with its owner and a limit in working days, once the quorum is present (形成决定)")
	Map<String, Long> decide(@PathVariable long id, @RequestBody DecisionForm form) {
		return Map.of("id", this.meetings.decide(CurrentActor.get(), id, form));
	}

	@PostMapping("/api/v1/meetings/{id}/close")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Close the meeting with its minutes; it needs its attendance too (闭会)")
	void close(@PathVariable long id, @RequestBody Text minutes) {
		this.meetings.close(CurrentActor.get(), id, minutes.text());
	}

	@PostMapping("/api/v1/meetings/{id}/cancel")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Call the meeting off before it began, with the reason (取消)")
	void cancel(@PathVariable long id, @RequestBody Text reason) {
		this.meetings.cancel(CurrentActor.get(), id, reason.text());
	}

	/**
	 * A vote.
	 *
	 * @param unitId the exclusive part that votes
	 * @param choice yes, no or abstain
	 * @param source on site, online or by letter
	 */
	record Vote(Long unitId, OwnersVotes.Choice choice, OwnersVotes.Source source) {
	}

	/**
	 * A matter put to the vote.
	 *
	 * @param title what is decided
	 * @param major whether it is one of art. 278 items 6–8
	 */
	record MatterForm(String title, Boolean major) {
	}

	@GetMapping("/api/v1/meetings/{id}/owners")
	@Operation(summary = "An owners' meeting's register of exclusive parts and its matters, with each result's arithmetic (Civil Code art. 278)")
	OwnersVotes.Register register(@PathVariable long id) {
		return this.votes.register(CurrentActor.get(), id);
	}

	@PostMapping("/api/v1/meetings/{id}/owners")
	@Operation(summary = "Add exclusive parts to the compound's register, one per line: label, area in m², owner")
	Map<String, Integer> registerOwners(@PathVariable long id, @RequestBody Text lines) {
		return Map.of("added", this.votes.registerUnits(CurrentActor.get(), id, lines.text()));
	}

	@PostMapping("/api/v1/meetings/{id}/matters")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Put a matter to the owners' vote")
	Map<String, Long> addMatter(@PathVariable long id, @RequestBody MatterForm form) {
		return Map.of("id", this.votes.addMatter(CurrentActor.get(), id, form.title(), Boolean.TRUE.equals(form.major())));
	}

	@PostMapping("/api/v1/meetings/matters/{matterId}/votes")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Record an exclusive part's vote with where it came from; one per part")
	void vote(@PathVariable long matterId, @RequestBody Vote vote) {
		this.votes.vote(CurrentActor.get(), matterId, vote.unitId(), vote.choice(), vote.source());
	}

	@PostMapping("/api/v1/meetings/matters/{matterId}/decide")
	@Operation(summary = "Count the votes under Civil Code art. 278 and freeze the result; returns it with its arithmetic")
	OwnersVote.Result decideMatter(@PathVariable long matterId) {
		return this.votes.decide(CurrentActor.get(), matterId);
	}

	@GetMapping("/api/v1/meetings/decisions")
	@Operation(summary = "Decisions of the caller's region (or of a node in it), open ones first, soonest due first, by kind, figure and day taken; one page")
	Page<Meeting.Decision> decisions(@RequestParam(required = false) Long region, @RequestParam(required = false) Kind kind,
			@RequestParam(required = false) MeetingFigure.Decisions figure, @RequestParam(defaultValue = "false") boolean open,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(defaultValue = "0") int page, @RequestParam(required = false) Integer size) {
		Actor actor = CurrentActor.get();
		return this.queries.decisions(actor, new MeetingQueries.Filter(path(actor, region), kind, null,
				figure == null ? null : figure.name(), from, to, open), Math.max(0, page), Page.size(size));
	}

	@PostMapping("/api/v1/meetings/decisions/{id}/progress")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Report how far a decision has come (进展)")
	void progress(@PathVariable long id, @RequestBody Text note) {
		this.meetings.progress(CurrentActor.get(), id, note.text());
	}

	@PostMapping("/api/v1/meetings/decisions/{id}/finish")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "A decision is done (办结)")
	void finish(@PathVariable long id, @RequestBody(required = false) Text note) {
		this.meetings.finish(CurrentActor.get(), id, note == null ? null : note.text());
	}

}
