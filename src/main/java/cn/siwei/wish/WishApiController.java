package cn.siwei.wish;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import cn.siwei.access.CurrentActor;
import cn.siwei.people.People;
import cn.siwei.platform.Page;
import cn.siwei.platform.Satisfaction;
import cn.siwei.region.Regions;
import cn.siwei.wish.WishTerms.Channel;
import cn.siwei.wish.WishTerms.EventKind;
import cn.siwei.wish.WishTerms.Urgency;

/**
 * The wish loop as JSON, every act of the pages under the same permissions and scope. Refusals answer 422 with
 * the reason's code and message (and the field, where one field is at fault).
 */
@RestController
@RequestMapping("/api/v1/wishes")
@Tag(name = "wishes", description = "Micro-wishes: collect, claim, contact, follow up, complete, evaluate; ledger and figures")
class WishApiController {

	private final Wishes wishes;

	private final WishFigures figures;

	private final WishMatching matching;

	private final Regions regions;

	private final WishQueries queries;

	private final WishContacts contacts;

	private final WishExport export;

	WishApiController(WishExport export, WishContacts contacts, WishQueries queries, Wishes wishes, WishFigures figures, WishMatching matching, Regions regions) {
		this.export = export;
		this.contacts = contacts;
		this.queries = queries;
		this.wishes = wishes;
		this.figures = figures;
		this.matching = matching;
		this.regions = regions;
	}

	@GetMapping
	@Operation(summary = "The ledger: wishes of the caller's region (or a region inside it), filtered and paged")
	Page<Wish> ledger(@RequestParam(required = false) WishStatus status, @RequestParam(required = false) Long category,
			@RequestParam(required = false) Urgency urgency, @RequestParam(required = false) Channel channel,
			@RequestParam(defaultValue = "false") boolean priority, @RequestParam(defaultValue = "false") boolean overdue,
			@RequestParam(required = false) WishFigure figure, @RequestParam(required = false) Long region,
			@Parameter(description = "words in the description") @RequestParam(required = false) String q,
			@Parameter(description = "only closed wishes the beneficiary was satisfied with, not yet praised")
			@RequestParam(defaultValue = "false") boolean praiseDue,
			@Parameter(description = "the order; OPEN_FIRST (the default) puts work still to do first")
			@RequestParam(defaultValue = "OPEN_FIRST") WishSort sort,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(defaultValue = "0") int page, @RequestParam(required = false) Integer size, Locale locale) {
		var actor = CurrentActor.get();
		String path = region == null ? null : this.regions.get(actor, region).path();
		var filter = new WishFilter(status, category, urgency, channel, priority, overdue, null, null,
				from == null ? null : this.figures.start(from), to == null ? null : this.figures.end(to), figure).withText(q)
			.withPraiseDue(praiseDue);
		return this.queries.ledger(actor, path, filter, sort, locale, page, Page.size(size));
	}

	@GetMapping("/categories")
	@Operation(summary = "The wish categories, in the caller's language (their ids are what a new wish takes)")
	List<WishQueries.Category> categories(Locale locale) {
		return this.queries.categories(locale);
	}

	@GetMapping("/mine")
	@Operation(summary = "The caller's own wishes, newest first (a resident's 我的心愿)")
	Page<Wish> mine(@RequestParam(defaultValue = "0") int page, @RequestParam(required = false) Integer size,
			Locale locale) {
		return this.queries.mine(CurrentActor.get(), locale, page, Page.size(size));
	}

	@GetMapping(value = "/export.xlsx", produces = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
	@Operation(summary = "The filtered ledger as an .xlsx sheet (every matching wish; title line with the filters; no phone or ID number)")
	void export(@RequestParam(required = false) WishStatus status, @RequestParam(required = false) Long category,
			@RequestParam(required = false) Long region, @Parameter(description = "words in the description")
			@RequestParam(required = false) String q, Locale locale, HttpServletResponse response) throws IOException {
		var actor = CurrentActor.get();
		var node = region == null ? this.regions.home(actor) : this.regions.get(actor, region);
		var filter = new WishFilter(status, category, null, null, false, false, null, null, null, null, null).withText(q);
		response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
		response.setHeader("Content-Disposition", "attachment; filename=\"wishes.xlsx\"");
		this.export.write(actor, region == null ? null : node.path(), node.name(), filter, locale, response.getOutputStream());
	}

	@GetMapping("/figures")
	@Operation(summary = "The figures of a region and period, each equal to the ledger filtered by that figure")
	WishFigures.Figures figures(@RequestParam long region,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
		return this.figures.of(CurrentActor.get(), region, from, to);
	}

	/**
	 * @param wish the wish
	 * @param timeline what happened to it
	 * @param allowed the acts the caller may do now: a client offers those, as the page does
	 */
	record WishWithTimeline(Wish wish, List<TimelineEntry> timeline, Set<WishLoop.Act> allowed) {
	}

	@GetMapping("/{id}")
	@Operation(summary = "One wish with its timeline and the acts the caller may do now")
	WishWithTimeline get(@PathVariable long id, Locale locale) {
		var actor = CurrentActor.get();
		return new WishWithTimeline(this.queries.get(actor, id, locale), this.queries.timeline(actor, id),
				this.queries.allowed(actor, id));
	}

	@PostMapping("/{id}/contact-details")
	@Operation(summary = "The beneficiary's phone and address, for the claimant while the claim lasts (each view audited)")
	People.Contact contactDetails(@PathVariable long id) {
		return this.contacts.beneficiary(CurrentActor.get(), id);
	}

	@GetMapping("/{id}/suggestions")
	@Operation(summary = "The forces best placed to take the wish, and why")
	List<WishMatching.Suggestion> suggestions(@PathVariable long id) {
		return this.matching.suggest(CurrentActor.get(), id, 10);
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "A worker records a wish for a person of the region")
	Wish collect(@RequestBody WishForm form, Locale locale) {
		long id = this.wishes.collect(CurrentActor.get(), form);
		return this.queries.get(CurrentActor.get(), id, locale);
	}

	@PostMapping("/mine")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "A resident makes a wish of their own")
	Wish submit(@RequestBody WishForm form, Locale locale) {
		long id = this.wishes.submitOwn(CurrentActor.get(), form);
		return this.queries.get(CurrentActor.get(), id, locale);
	}

	/**
	 * @param teamId a team (claim: one the caller belongs to)
	 * @param personId a person (assign and transfer)
	 * @param reason why (transfer)
	 */
	record Force(Long teamId, Long personId, String reason) {
	}

	@PostMapping("/{id}/claim")
	@Operation(summary = "Claim an open wish for oneself or one's team; of concurrent claims exactly one wins")
	Wish claim(@PathVariable long id, @RequestBody(required = false) Force body, Locale locale) {
		this.wishes.claim(CurrentActor.get(), id, body == null ? null : body.teamId());
		return this.queries.get(CurrentActor.get(), id, locale);
	}

	@PostMapping("/{id}/assign")
	@Operation(summary = "Community staff assign an open wish to a team or a person")
	Wish assign(@PathVariable long id, @RequestBody Force body, Locale locale) {
		this.wishes.assign(CurrentActor.get(), id, body.teamId(), body.personId());
		return this.queries.get(CurrentActor.get(), id, locale);
	}

	@PostMapping("/{id}/transfer")
	@Operation(summary = "Community staff transfer a stuck wish to another force, with a reason")
	Wish transfer(@PathVariable long id, @RequestBody Force body, Locale locale) {
		this.wishes.transfer(CurrentActor.get(), id, body.teamId(), body.personId(), body.reason());
		return this.queries.get(CurrentActor.get(), id, locale);
	}

	/**
	 * @param committedDate the completion date committed to
	 * @param note what was agreed
	 */
	record Contact(LocalDate committedDate, String note) {
	}

	@PostMapping("/{id}/contact")
	@Operation(summary = "The claimant records contact with the beneficiary and commits a completion date")
	Wish contact(@PathVariable long id, @RequestBody Contact body, Locale locale) {
		this.wishes.recordContact(CurrentActor.get(), id, body.committedDate(), body.note());
		return this.queries.get(CurrentActor.get(), id, locale);
	}

	/**
	 * @param note what was done
	 */
	record Note(String note) {
	}

	@PostMapping("/{id}/complete")
	@Operation(summary = "The claimant completes the wish")
	Wish complete(@PathVariable long id, @RequestBody(required = false) Note body, Locale locale) {
		this.wishes.complete(CurrentActor.get(), id, body == null ? null : body.note());
		return this.queries.get(CurrentActor.get(), id, locale);
	}

	/**
	 * @param evaluation satisfied, basically satisfied or dissatisfied
	 * @param comment why
	 */
	record Evaluate(Satisfaction evaluation, String comment) {
	}

	@PostMapping("/{id}/evaluate")
	@Operation(summary = "The beneficiary evaluates (or a worker records it from a visit); dissatisfied reopens it")
	Wish evaluate(@PathVariable long id, @RequestBody Evaluate body, Locale locale) {
		this.wishes.evaluate(CurrentActor.get(), id, body.evaluation(), body.comment());
		return this.queries.get(CurrentActor.get(), id, locale);
	}

	/**
	 * @param kind FOLLOWED_UP, REMINDED or PRAISED
	 * @param note what was said
	 */
	record FollowUp(EventKind kind, String note) {
	}

	@PostMapping("/{id}/notes")
	@Operation(summary = "Community staff follow up, remind and urge, or praise")
	Wish note(@PathVariable long id, @RequestBody FollowUp body, Locale locale) {
		this.wishes.note(CurrentActor.get(), id, body.kind(), body.note());
		return this.queries.get(CurrentActor.get(), id, locale);
	}

}
