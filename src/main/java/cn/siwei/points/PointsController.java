package cn.siwei.points;

import java.io.IOException;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import cn.siwei.access.Actor;
import cn.siwei.access.CurrentActor;
import cn.siwei.platform.Attachments;
import cn.siwei.platform.Flash;
import cn.siwei.platform.Rejected;
import cn.siwei.points.PointsTerms.Trigger;
import cn.siwei.region.Regions;

/** The points pages: the ledgers of a region, a ledger with its rules, awards and postings, and one's own points. */
@Controller
class PointsController {

	private final PointsLedger ledgers;

	private final PointsRules rules;

	private final PointsAwards awards;

	private final PointsQueries queries;

	private final PointsVerifier verifier;

	private final Attachments attachments;

	private final Regions regions;

	private final PointsBoards boards;

	private final PointsStore store;

	private final PointsDividends dividends;

	private final Flash flash;

	private final MessageSource messages;

	PointsController(PointsLedger ledgers, PointsRules rules, PointsAwards awards, PointsQueries queries,
			PointsVerifier verifier, Attachments attachments, Regions regions, Flash flash, MessageSource messages,
			PointsBoards boards, PointsStore store, PointsDividends dividends) {
		this.boards = boards;
		this.store = store;
		this.dividends = dividends;
		this.ledgers = ledgers;
		this.rules = rules;
		this.awards = awards;
		this.queries = queries;
		this.verifier = verifier;
		this.attachments = attachments;
		this.regions = regions;
		this.flash = flash;
		this.messages = messages;
	}

	@GetMapping("/points")
	String list(Model model) {
		Actor actor = CurrentActor.get();
		model.addAttribute("ledgers", this.queries.ledgers(actor));
		if (actor.can(PointsPermissions.MANAGE)) {
			model.addAttribute("regionOptions", this.regions.tree(actor, 500));
		}
		return "points/list";
	}

	@PostMapping("/points")
	String open(@RequestParam(required = false) Long regionId, @RequestParam(defaultValue = "") String name,
			@RequestParam(required = false) Integer expiryMonths, RedirectAttributes redirect, Locale locale) {
		long[] id = { 0 };
		boolean ok = this.flash.run(redirect, locale, "points.opened",
				() -> id[0] = this.ledgers.open(CurrentActor.get(), regionId, name, expiryMonths));
		return ok ? "redirect:/points/" + id[0] : "redirect:/points";
	}

	@GetMapping("/points/{id}")
	String ledger(@PathVariable long id, @RequestParam(defaultValue = "0") int page, Model model) {
		Actor actor = CurrentActor.get();
		model.addAttribute("ledger", this.queries.ledger(actor, id));
		model.addAttribute("rules", this.rules.inForce(id, (Trigger) null));
		model.addAttribute("history", this.rules.history(id));
		model.addAttribute("staffRules", this.rules.inForce(id, (Trigger) null).stream()
			.filter(r -> r.trigger().byStaff()).toList());
		model.addAttribute("holders", this.queries.holders(actor, id, 0, 50));
		model.addAttribute("own", this.queries.own(actor, id));
		model.addAttribute("transfers", this.queries.transfers(actor, id, Math.max(0, page), 30));
		model.addAttribute("pending", this.queries.pending(actor, id));
		model.addAttribute("digests", this.queries.digests(actor, id));
		model.addAttribute("triggers", Trigger.values());
		model.addAttribute("awarders", PointsRules.AWARDERS);
		model.addAttribute("formKey", UUID.randomUUID().toString());
		model.addAttribute("boards", this.boards.of(id));
		model.addAttribute("items", this.store.items(id));
		model.addAttribute("stores", this.store.stores(id));
		model.addAttribute("redemptions", this.store.redemptions(id, null));
		model.addAttribute("dividends", this.dividends.of(id));
		model.addAttribute("month", java.time.YearMonth.from(this.queries.today()));
		model.addAttribute("today", this.queries.today());
		return "points/ledger";
	}

	/** Every household's balance in a ledger, with a search by name and pages. */
	@GetMapping("/points/{id}/holders")
	String holders(@PathVariable long id, @RequestParam(defaultValue = "") String q,
			@RequestParam(defaultValue = "0") int page, Model model) {
		Actor actor = CurrentActor.get();
		model.addAttribute("ledger", this.queries.ledger(actor, id));
		String search = q.length() > 100 ? q.substring(0, 100) : q;
		model.addAttribute("holders", this.queries.holders(actor, id, search, Math.max(0, page), 50));
		model.addAttribute("q", search);
		model.addAttribute("query", "?q=" + java.net.URLEncoder.encode(search, java.nio.charset.StandardCharsets.UTF_8) + "&");
		return "points/holders";
	}

	private String back(long id) {
		return "redirect:/points/" + id;
	}

	@PostMapping("/points/{id}/rules")
	String setRule(@PathVariable long id, @RequestParam(defaultValue = "") String code,
			@RequestParam(defaultValue = "") String name, @RequestParam(required = false) Integer points,
			@RequestParam(required = false) Integer monthlyCap, @RequestParam(required = false) Trigger trigger,
			@RequestParam(defaultValue = "false") boolean evidenceRequired,
			@RequestParam(required = false) Integer approvalAbove,
			@RequestParam(required = false) java.util.Set<cn.siwei.access.Role> awardedBy, RedirectAttributes r, Locale l) {
		this.flash.run(r, l, "flash.saved", () -> this.rules.set(CurrentActor.get(), id,
				new RuleForm(code, name, points, monthlyCap, trigger, evidenceRequired, approvalAbove, awardedBy)));
		return back(id);
	}

	@PostMapping("/points/{id}/rules/retire")
	String retireRule(@PathVariable long id, @RequestParam(defaultValue = "") String code, RedirectAttributes r,
			Locale l) {
		this.flash.run(r, l, "flash.saved", () -> this.rules.retire(CurrentActor.get(), id, code));
		return back(id);
	}

	@PostMapping("/points/{id}/award")
	String award(@PathVariable long id, @RequestParam(required = false) String rule,
			@RequestParam(required = false) Long personId, @RequestParam(required = false) Integer points,
			@RequestParam(defaultValue = "") String note, @RequestParam(defaultValue = "") String formKey,
			@RequestParam(name = "photo", required = false) MultipartFile photo, RedirectAttributes r, Locale l)
			throws IOException {
		byte[] data = photo == null || photo.isEmpty() ? null : photo.getBytes();
		try {
			PointsAwards.Awarded a = this.awards.award(CurrentActor.get(), id, rule, personId, points, note, data, formKey);
			r.addFlashAttribute("flash", this.messages.getMessage(a.pendingId() != null ? "points.awaitsApproval"
					: "points.awarded", null, l));
		}
		catch (Rejected ex) {
			Map<String, String> errors = this.flash.errors(ex, l);
			r.addFlashAttribute("flashError", String.join(" ", errors.values()));
		}
		return back(id);
	}

	@PostMapping("/points/{id}/pending/{pendingId}/approve")
	String approve(@PathVariable long id, @PathVariable long pendingId, RedirectAttributes r, Locale l) {
		this.flash.run(r, l, "points.awarded", () -> this.awards.approve(CurrentActor.get(), pendingId));
		return back(id);
	}

	@PostMapping("/points/{id}/pending/{pendingId}/refuse")
	String refuse(@PathVariable long id, @PathVariable long pendingId, @RequestParam(defaultValue = "") String reason,
			RedirectAttributes r, Locale l) {
		this.flash.run(r, l, "flash.saved", () -> this.awards.refuse(CurrentActor.get(), pendingId, reason));
		return back(id);
	}

	@PostMapping("/points/{id}/transfers/{transferId}/reverse")
	String reverse(@PathVariable long id, @PathVariable long transferId, @RequestParam(defaultValue = "") String reason,
			RedirectAttributes r, Locale l) {
		this.flash.run(r, l, "points.reversed", () -> this.awards.reverse(CurrentActor.get(), transferId, reason));
		return back(id);
	}

	/** The photo kept as an award's evidence, for those who may see the ledger. */
	@GetMapping("/points/{id}/transfers/{transferId}/photos/{photoId}")
	ResponseEntity<byte[]> photo(@PathVariable long id, @PathVariable long transferId, @PathVariable long photoId) {
		Ledger ledger = this.queries.ledger(CurrentActor.get(), id);
		this.queries.transfer(ledger.id(), transferId);
		return this.attachments.content(new Attachments.Owner("points_transfer", transferId, ledger.regionPath()), photoId)
			.response();
	}

	/** The postings a figure counts (the dashboard's drill-down). */
	@GetMapping("/points/postings")
	String postings(@RequestParam(required = false) Long region, @RequestParam(required = false) PointsFigure figure,
			@RequestParam(required = false) Long category, @RequestParam(required = false) PointsTerms.TransferKind kind,
			@RequestParam(required = false) @org.springframework.format.annotation.DateTimeFormat(iso = org.springframework.format.annotation.DateTimeFormat.ISO.DATE) java.time.LocalDate from,
			@RequestParam(required = false) @org.springframework.format.annotation.DateTimeFormat(iso = org.springframework.format.annotation.DateTimeFormat.ISO.DATE) java.time.LocalDate to,
			@RequestParam(defaultValue = "0") int page, Model model) {
		Actor actor = CurrentActor.get();
		String path = region == null ? null : this.regions.get(actor, region).path();
		model.addAttribute("postings", this.queries.postings(actor,
				new PointsQueries.Filter(path, figure, category, kind, from, to), Math.max(0, page), 50));
		model.addAttribute("figure", figure);
		model.addAttribute("query", "?region=" + (region == null ? "" : region) + "&from=" + (from == null ? "" : from)
				+ "&to=" + (to == null ? "" : to) + (figure == null ? "" : "&figure=" + figure)
				+ (category == null ? "" : "&category=" + category) + (kind == null ? "" : "&kind=" + kind) + "&");
		return "points/postings";
	}

	/** The objections a figure counts (the dashboard's drill-down). */
	@GetMapping("/points/objections")
	String objections(@RequestParam(required = false) Long region,
			@RequestParam(required = false) PointsObjectionFigure figure, @RequestParam(required = false) Long category,
			@RequestParam(required = false) String status,
			@RequestParam(required = false) @org.springframework.format.annotation.DateTimeFormat(iso = org.springframework.format.annotation.DateTimeFormat.ISO.DATE) java.time.LocalDate from,
			@RequestParam(required = false) @org.springframework.format.annotation.DateTimeFormat(iso = org.springframework.format.annotation.DateTimeFormat.ISO.DATE) java.time.LocalDate to,
			@RequestParam(defaultValue = "0") int page, Model model) {
		Actor actor = CurrentActor.get();
		String path = region == null ? null : this.regions.get(actor, region).path();
		model.addAttribute("objections", this.queries.objections(actor,
				new PointsQueries.ObjectionFilter(path, figure, category, status, from, to), Math.max(0, page), 50));
		model.addAttribute("figure", figure);
		model.addAttribute("query", "?region=" + (region == null ? "" : region) + "&from=" + (from == null ? "" : from)
				+ "&to=" + (to == null ? "" : to) + (figure == null ? "" : "&figure=" + figure)
				+ (category == null ? "" : "&category=" + category)
				+ (status == null ? "" : "&status=" + java.net.URLEncoder.encode(status, java.nio.charset.StandardCharsets.UTF_8))
				+ "&");
		return "points/objections";
	}

	@GetMapping("/points/verify")
	String verify(Model model) {
		model.addAttribute("findings", this.verifier.verify(CurrentActor.get()));
		return "points/verify";
	}

	@GetMapping("/my/points")
	String mine(@RequestParam(defaultValue = "0") int page, Model model) {
		Actor actor = CurrentActor.get();
		PointsQueries.Mine mine = this.queries.mine(actor, Math.max(0, page), 20);
		model.addAttribute("mine", mine);
		if (mine.ledger() != null) {
			long ledgerId = mine.ledger().id();
			model.addAttribute("items", this.store.items(ledgerId));
			var redemptions = this.store.redemptions(ledgerId, actor.personId());
			model.addAttribute("redemptions", redemptions);
			// the code as a QR the store scans: it opens the store's hand-over page with the code filled in
			String base = org.springframework.web.servlet.support.ServletUriComponentsBuilder.fromCurrentContextPath()
				.toUriString();
			model.addAttribute("codes", redemptions.stream().filter(x -> "HELD".equals(x.status())).collect(
					java.util.stream.Collectors.toMap(PointsStore.Redemption::id,
							x -> cn.siwei.platform.QrCodes.svg(base + x.scanPath()))));
			// the lists of the last months as the resident may see them: published ones whole, open ones their own line
			model.addAttribute("boards", this.boards.of(ledgerId).stream().map(b -> this.boards.get(actor, b.id()))
				.filter(b -> b.published() || !b.entries().isEmpty()).limit(3).toList());
			model.addAttribute("formKey", UUID.randomUUID().toString());
			model.addAttribute("today", this.queries.today());
		}
		return "points/mine";
	}

}
