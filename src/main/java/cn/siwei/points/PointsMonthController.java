package cn.siwei.points;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import cn.siwei.access.Actor;
import cn.siwei.access.CurrentActor;
import cn.siwei.platform.Flash;
import cn.siwei.platform.Rejected;

/**
 * A village's month on the pages: the scoring sheet on a phone, the red and black list with its objections and
 * publication, the store (catalogue, redemptions, the store's scan) and dividends; and the resident's side of them.
 */
@Controller
class PointsMonthController {

	private final PointsSheets sheets;

	private final PointsBoards boards;

	private final PointsStore store;

	private final PointsDividends dividends;

	private final PointsQueries queries;

	private final Flash flash;

	PointsMonthController(PointsSheets sheets, PointsBoards boards, PointsStore store, PointsDividends dividends,
			PointsQueries queries, Flash flash) {
		this.sheets = sheets;
		this.boards = boards;
		this.store = store;
		this.dividends = dividends;
		this.queries = queries;
		this.flash = flash;
	}

	@GetMapping("/points/{id}/sheet")
	String sheet(@PathVariable long id, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "") String q, Model model) {
		String search = q.length() > 100 ? q.substring(0, 100) : q.strip();
		model.addAttribute("sheet", this.sheets.sheet(CurrentActor.get(), id, search, Math.max(0, page), 20));
		model.addAttribute("q", search);
		model.addAttribute("query", "?q=" + java.net.URLEncoder.encode(search, java.nio.charset.StandardCharsets.UTF_8) + "&");
		return "points/sheet";
	}

	/**
	 * A page of the sheet (fields named by {@link PointsSheets#field}). Refused, nothing is posted and the page comes
	 * back with what was typed and each refused score's reason beside it.
	 */
	@PostMapping("/points/{id}/sheet")
	String score(@PathVariable long id, @RequestParam Map<String, String> form, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "") String q, RedirectAttributes r, Locale l) {
		try {
			int posted = this.sheets.submit(CurrentActor.get(), id, PointsSheets.parse(form));
			r.addFlashAttribute("flash", this.queries.message("points.scored", l, posted));
		}
		catch (Rejected ex) {
			Map<String, String> errors = this.flash.errors(ex, l);
			r.addFlashAttribute("flashError", this.queries.message("points.sheetRefused", l, errors.size()));
			r.addFlashAttribute("sheetErrors", errors);
			Map<String, String> typed = new HashMap<>();
			form.forEach((k, v) -> {
				if (k.startsWith("s_") && k.length() <= 60 && v != null && v.length() <= 10) {
					typed.put(k, v);
				}
			});
			r.addFlashAttribute("sheetTyped", typed);
		}
		return "redirect:/points/" + id + "/sheet?page=" + page + "&q="
				+ java.net.URLEncoder.encode(q.length() > 100 ? q.substring(0, 100) : q, java.nio.charset.StandardCharsets.UTF_8);
	}

	@PostMapping("/points/{id}/boards")
	String compute(@PathVariable long id, @RequestParam(required = false) YearMonth month, RedirectAttributes r,
			Locale l) {
		long[] board = { 0 };
		boolean ok = this.flash.run(r, l, "points.boardComputed",
				() -> board[0] = this.boards.compute(CurrentActor.get(), id, month));
		return ok ? "redirect:/points/boards/" + board[0] : "redirect:/points/" + id;
	}

	@GetMapping("/points/boards/{id}")
	String board(@PathVariable("id") long boardId, Model model) {
		Actor actor = CurrentActor.get();
		PointsBoards.Board b = this.boards.get(actor, boardId);
		model.addAttribute("board", b);
		model.addAttribute("ledger", this.queries.ledger(actor, b.ledgerId()));
		model.addAttribute("today", this.queries.today());
		return "points/board";
	}

	@PostMapping("/points/boards/{id}/objections")
	String object(@PathVariable("id") long boardId, @RequestParam(required = false) Long personId,
			@RequestParam(defaultValue = "") String reason, RedirectAttributes r, Locale l) {
		this.flash.run(r, l, "points.objected", () -> this.boards.object(CurrentActor.get(), boardId,
				personId == null ? -1 : personId, reason));
		return "redirect:/points/boards/" + boardId;
	}

	@PostMapping("/points/boards/{id}/objections/{objectionId}")
	String decide(@PathVariable("id") long boardId, @PathVariable long objectionId,
			@RequestParam(defaultValue = "false") boolean upheld, @RequestParam(defaultValue = "") String answer,
			RedirectAttributes r, Locale l) {
		this.flash.run(r, l, "flash.saved", () -> this.boards.decide(CurrentActor.get(), objectionId, upheld, answer));
		return "redirect:/points/boards/" + boardId;
	}

	@PostMapping("/points/boards/{id}/publish")
	String publish(@PathVariable("id") long boardId, RedirectAttributes r, Locale l) {
		this.flash.run(r, l, "points.published", () -> this.boards.publish(CurrentActor.get(), boardId));
		return "redirect:/points/boards/" + boardId;
	}

	@PostMapping("/points/{id}/items")
	String addItem(@PathVariable long id, @RequestParam(defaultValue = "") String name,
			@RequestParam(required = false) Integer points, @RequestParam(required = false) Integer stock,
			@RequestParam(required = false) Long storeId, RedirectAttributes r, Locale l) {
		this.flash.run(r, l, "flash.saved", () -> this.store.addItem(CurrentActor.get(), id, name, points, stock, storeId));
		return "redirect:/points/" + id + "#store";
	}

	@PostMapping("/points/{id}/stores")
	String addStore(@PathVariable long id, @RequestParam(defaultValue = "") String name,
			@RequestParam(required = false) Long organisationId, RedirectAttributes r, Locale l) {
		this.flash.run(r, l, "points.storeAdded", () -> this.store.addStore(CurrentActor.get(), id, name, organisationId));
		return "redirect:/points/" + id + "#stores";
	}

	@PostMapping("/points/{id}/redeem")
	String redeemFor(@PathVariable long id, @RequestParam(required = false) Long itemId,
			@RequestParam(required = false) Long redeemPersonId, @RequestParam(defaultValue = "") String formKey,
			RedirectAttributes r, Locale l) {
		this.flash.run(r, l, "points.redeemed", () -> this.store.redeem(CurrentActor.get(), id, itemId == null ? -1 : itemId,
				redeemPersonId == null ? -1L : redeemPersonId, formKey));
		return "redirect:/points/" + id + "#store";
	}

	/** The store's scan: a redemption's code opens this page, which hands the goods over in one press. */
	@GetMapping("/points/collect")
	String collectPage(@RequestParam(defaultValue = "") String token, Model model) {
		model.addAttribute("token", token);
		model.addAttribute("merchant", false);
		model.addAttribute("stores", java.util.List.of());
		return "points/collect";
	}

	@PostMapping("/points/collect")
	String collect(@RequestParam(defaultValue = "") String token, RedirectAttributes r, Locale l) {
		this.flash.run(r, l, "points.collected", () -> this.store.collect(CurrentActor.get(), token));
		return "redirect:/points/collect";
	}

	/** A merchant's scan: the same hand-over, for the redemptions of its own stores, with what was collected there. */
	@GetMapping("/points/shop")
	String shopPage(@RequestParam(defaultValue = "") String token, Model model) {
		Actor actor = CurrentActor.get();
		model.addAttribute("token", token);
		model.addAttribute("merchant", true);
		model.addAttribute("stores", this.store.ownStores(actor));
		model.addAttribute("collected", this.store.collectedAtOwn(actor));
		return "points/collect";
	}

	@PostMapping("/points/shop")
	String shopCollect(@RequestParam(defaultValue = "") String token, RedirectAttributes r, Locale l) {
		this.flash.run(r, l, "points.collected", () -> this.store.collect(CurrentActor.get(), token));
		return "redirect:/points/shop";
	}

	@PostMapping("/points/{id}/redemptions/{redemptionId}/cancel")
	String cancel(@PathVariable long id, @PathVariable long redemptionId, RedirectAttributes r, Locale l) {
		this.flash.run(r, l, "points.cancelled", () -> this.store.cancel(CurrentActor.get(), redemptionId));
		return "redirect:/points/" + id + "#store";
	}

	@PostMapping("/points/{id}/dividends")
	String dividend(@PathVariable long id, @RequestParam(defaultValue = "") String title,
			@RequestParam(defaultValue = "") String pool,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
			RedirectAttributes r, Locale l) {
		Long cents = cents(pool);
		this.flash.run(r, l, "points.dividendComputed",
				() -> this.dividends.compute(CurrentActor.get(), id, title, cents, asOf));
		return "redirect:/points/" + id + "#dividends";
	}

	/** Yuan as a person types them (12345.67) in cents, or null when it is not an amount. */
	static Long cents(String yuan) {
		try {
			BigDecimal v = new BigDecimal(yuan.strip());
			return v.scale() > 2 || v.signum() <= 0 ? null : v.movePointRight(2).longValueExact();
		}
		catch (NumberFormatException | ArithmeticException ex) {
			return null;
		}
	}

	// the resident's side

	@PostMapping("/my/points/redeem")
	String redeem(@RequestParam(required = false) Long ledgerId, @RequestParam(required = false) Long itemId,
			@RequestParam(defaultValue = "") String formKey, RedirectAttributes r, Locale l) {
		this.flash.run(r, l, "points.redeemed", () -> this.store.redeem(CurrentActor.get(), ledgerId == null ? -1 : ledgerId,
				itemId == null ? -1 : itemId, null, formKey));
		return "redirect:/my/points";
	}

	@PostMapping("/my/points/redemptions/{redemptionId}/cancel")
	String cancelOwn(@PathVariable long redemptionId, RedirectAttributes r, Locale l) {
		this.flash.run(r, l, "points.cancelled", () -> this.store.cancel(CurrentActor.get(), redemptionId));
		return "redirect:/my/points";
	}

	@PostMapping("/my/points/boards/{boardId}/object")
	String objectOwn(@PathVariable long boardId, @RequestParam(defaultValue = "") String reason, RedirectAttributes r,
			Locale l) {
		Actor actor = CurrentActor.get();
		this.flash.run(r, l, "points.objected", () -> this.boards.object(actor,
				boardId, actor.personId() == null ? -1 : actor.personId(), reason));
		return "redirect:/my/points";
	}

}
