package cn.siwei.points;

import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
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
import cn.siwei.platform.Page;
import cn.siwei.points.PointsTerms.Trigger;

/** The points ledgers as JSON, under the same permissions and scope as the pages. */
@RestController
@Tag(name = "points", description = "党建+积分: ledgers, versioned rules, awards with approval, reversals, one's own points, verification")
class PointsApiController {

	private final PointsLedger ledgers;

	private final PointsRules rules;

	private final PointsAwards awards;

	private final PointsQueries queries;

	private final PointsVerifier verifier;

	private final cn.siwei.region.Regions regions;

	PointsApiController(PointsLedger ledgers, PointsRules rules, PointsAwards awards, PointsQueries queries,
			PointsVerifier verifier, cn.siwei.region.Regions regions) {
		this.regions = regions;
		this.ledgers = ledgers;
		this.rules = rules;
		this.awards = awards;
		this.queries = queries;
		this.verifier = verifier;
	}

	/**
	 * A ledger to open.
	 *
	 * @param regionId the village or community
	 * @param name its name
	 * @param expiryMonths awards expire after this many months (empty: never)
	 */
	record OpenBody(Long regionId, String name, Integer expiryMonths) {
	}

	/**
	 * An award.
	 *
	 * @param rule the rule's code
	 * @param personId the household's registered person
	 * @param points a sheet rule's score (empty for a manual rule)
	 * @param note why
	 * @param key the caller's idempotency key: the same key awards once
	 */
	record AwardBody(String rule, Long personId, Integer points, String note, String key) {
	}

	/**
	 * A reversal or refusal.
	 *
	 * @param reason why
	 */
	record ReasonBody(String reason) {
	}

	@GetMapping("/api/v1/points/ledgers")
	@Operation(summary = "The ledgers of the caller's region")
	List<Ledger> ledgers() {
		return this.queries.ledgers(CurrentActor.get());
	}

	@PostMapping("/api/v1/points/ledgers")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Open the ledger of a village or community of the caller's region")
	Map<String, Long> open(@RequestBody OpenBody body) {
		return Map.of("id", this.ledgers.open(CurrentActor.get(), body.regionId(), body.name(), body.expiryMonths()));
	}

	@GetMapping("/api/v1/points/ledgers/{id}")
	@Operation(summary = "A ledger with its rules in force, pending awards, digests and a page of its postings")
	Map<String, Object> ledger(@PathVariable long id, @RequestParam(defaultValue = "0") int page,
			@RequestParam(required = false) Integer size) {
		Actor actor = CurrentActor.get();
		return Map.of("ledger", this.queries.ledger(actor, id), "rules", this.rules.inForce(id, (Trigger) null),
				"pending", this.queries.pending(actor, id), "digests", this.queries.digests(actor, id), "postings",
				this.queries.transfers(actor, id, Math.max(0, page), Page.size(size)));
	}

	@GetMapping("/api/v1/points/ledgers/{id}/holders")
	@Operation(summary = "The households' balances of a ledger, highest first")
	Page<Account> holders(@PathVariable long id, @RequestParam(defaultValue = "0") int page,
			@RequestParam(required = false) Integer size) {
		return this.queries.holders(CurrentActor.get(), id, Math.max(0, page), Page.size(size));
	}

	@PostMapping("/api/v1/points/ledgers/{id}/rules")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Set a rule: a new one, or the next version of the one in force (the old version closes today)")
	Map<String, Long> rule(@PathVariable long id, @RequestBody RuleForm form) {
		return Map.of("id", this.rules.set(CurrentActor.get(), id, form));
	}

	@PostMapping("/api/v1/points/ledgers/{id}/awards")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Award a rule's points to a household (a rule needing a photo takes the page's form); above the rule's limit it waits for a second person's approval")
	PointsAwards.Awarded award(@PathVariable long id, @RequestBody AwardBody body) {
		return this.awards.award(CurrentActor.get(), id, body.rule(), body.personId(), body.points(), body.note(), null,
				body.key());
	}

	@PostMapping("/api/v1/points/pending/{id}/approve")
	@Operation(summary = "Approve an award waiting above its rule's limit (not by whoever asked for it)")
	Map<String, Long> approve(@PathVariable long id) {
		return Map.of("transferId", this.awards.approve(CurrentActor.get(), id));
	}

	@PostMapping("/api/v1/points/transfers/{id}/reverse")
	@Operation(summary = "Reverse a posting with the reason (never an edit)")
	Map<String, Long> reverse(@PathVariable long id, @RequestBody(required = false) ReasonBody body) {
		return Map.of("transferId", this.awards.reverse(CurrentActor.get(), id, body == null ? null : body.reason()));
	}

	@GetMapping("/api/v1/points/postings")
	@Operation(summary = "The postings of the caller's region a figure counts (by node, figure, kind of rule, kind of posting and days), newest first")
	Page<Transfer> postings(@RequestParam(required = false) Long region, @RequestParam(required = false) PointsFigure figure,
			@RequestParam(required = false) Long category, @RequestParam(required = false) PointsTerms.TransferKind kind,
			@RequestParam(required = false) @org.springframework.format.annotation.DateTimeFormat(iso = org.springframework.format.annotation.DateTimeFormat.ISO.DATE) java.time.LocalDate from,
			@RequestParam(required = false) @org.springframework.format.annotation.DateTimeFormat(iso = org.springframework.format.annotation.DateTimeFormat.ISO.DATE) java.time.LocalDate to,
			@RequestParam(defaultValue = "0") int page, @RequestParam(required = false) Integer size) {
		Actor actor = CurrentActor.get();
		String path = region == null ? null : this.regions.get(actor, region).path();
		return this.queries.postings(actor, new PointsQueries.Filter(path, figure, category, kind, from, to),
				Math.max(0, page), Page.size(size));
	}

	@GetMapping("/api/v1/points/objections")
	@Operation(summary = "The objections to red and black lists of the caller's region a figure counts (by node, figure, list, status and days raised), newest first")
	Page<PointsQueries.ObjectionRow> objections(@RequestParam(required = false) Long region,
			@RequestParam(required = false) PointsObjectionFigure figure, @RequestParam(required = false) Long category,
			@RequestParam(required = false) String status,
			@RequestParam(required = false) @org.springframework.format.annotation.DateTimeFormat(iso = org.springframework.format.annotation.DateTimeFormat.ISO.DATE) java.time.LocalDate from,
			@RequestParam(required = false) @org.springframework.format.annotation.DateTimeFormat(iso = org.springframework.format.annotation.DateTimeFormat.ISO.DATE) java.time.LocalDate to,
			@RequestParam(defaultValue = "0") int page, @RequestParam(required = false) Integer size) {
		Actor actor = CurrentActor.get();
		String path = region == null ? null : this.regions.get(actor, region).path();
		return this.queries.objections(actor, new PointsQueries.ObjectionFilter(path, figure, category, status, from, to),
				Math.max(0, page), Page.size(size));
	}

	@GetMapping("/api/v1/points/mine")
	@Operation(summary = "The caller's own points: balance, history, the rules in force, the published digests")
	PointsQueries.Mine mine(@RequestParam(defaultValue = "0") int page, @RequestParam(required = false) Integer size) {
		return this.queries.mine(CurrentActor.get(), Math.max(0, page), Page.size(size));
	}

	@GetMapping("/api/v1/points/verify")
	@Operation(summary = "Recompute every ledger of the caller's region: the chain and every balance; the first posting that does not match is named")
	List<PointsVerifier.Finding> verify() {
		return this.verifier.verify(CurrentActor.get());
	}

}
