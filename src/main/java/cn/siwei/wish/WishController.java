package cn.siwei.wish;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import cn.siwei.access.Actor;
import cn.siwei.access.CurrentActor;
import cn.siwei.access.Permission;
import cn.siwei.organisation.Teams;
import cn.siwei.people.CareTag;
import cn.siwei.platform.Flash;
import cn.siwei.platform.Forms;
import cn.siwei.platform.Photos;
import cn.siwei.platform.Rejected;
import cn.siwei.platform.Satisfaction;
import cn.siwei.region.Region;
import cn.siwei.region.Regions;
import cn.siwei.wish.WishTerms.Channel;
import cn.siwei.wish.WishTerms.Difficulty;
import cn.siwei.wish.WishTerms.EventKind;
import cn.siwei.wish.WishTerms.Urgency;

/**
 * Pages of the wish loop: the ledger and its figures, collecting, a wish with its timeline and the acts its
 * state allows, and a resident's own wishes.
 */
@Controller
class WishController {

	private final Wishes wishes;

	private final WishFigures figures;

	private final Regions regions;

	private final Teams teams;

	private final MessageSource messages;

	private final WishMatching matching;

	private final WishExport export;

	private final WishPhotos photos;

	private final Flash flash;

	private final Clock clock;

	private final WishQueries queries;

	private final WishContacts contacts;

	WishController(WishContacts contacts, WishQueries queries, Wishes wishes, WishFigures figures, Regions regions, Teams teams, MessageSource messages,
			Clock clock, Flash flash, WishMatching matching, WishExport export, WishPhotos photos) {
		this.contacts = contacts;
		this.queries = queries;
		this.photos = photos;
		this.matching = matching;
		this.export = export;
		this.wishes = wishes;
		this.figures = figures;
		this.regions = regions;
		this.teams = teams;
		this.messages = messages;
		this.flash = flash;
		this.clock = clock;
	}

	@GetMapping("/wishes")
	String ledger(@RequestParam(required = false) WishStatus status, @RequestParam(required = false) Long category,
			@RequestParam(required = false) Urgency urgency, @RequestParam(required = false) Channel channel,
			@RequestParam(defaultValue = "false") boolean priority, @RequestParam(defaultValue = "false") boolean overdue,
			@RequestParam(defaultValue = "false") boolean mine, @RequestParam(required = false) WishFigure figure,
			@RequestParam(required = false) Long region, @RequestParam(required = false) CareTag careTag,
			@RequestParam(required = false) Long team, @RequestParam(defaultValue = "OPEN_FIRST") WishSort sort,
			@RequestParam(required = false) String q, @RequestParam(defaultValue = "false") boolean praiseDue,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(defaultValue = "0") int page, Model model, Locale locale) {
		Actor actor = CurrentActor.get();
		ZoneId zone = this.clock.getZone();
		String regionPath = region == null ? null : this.regions.get(actor, region).path();
		var filter = new WishFilter(status, category, urgency, channel, priority, overdue,
				mine ? actor.personId() : null, null, from == null ? null : from.atStartOfDay(zone).toInstant(),
				to == null ? null : to.plusDays(1).atStartOfDay(zone).toInstant(), figure).with(careTag, team).withText(q)
			.withPraiseDue(praiseDue);
		model.addAttribute("wishes", this.queries.ledger(actor, regionPath, filter, sort, locale, page, 20));
		model.addAttribute("sorts", WishSort.values());
		model.addAttribute("careTags", CareTag.values());
		model.addAttribute("teamOptions", actor.can(Permission.ORGANISATION_VIEW)
				? this.teams.list(actor, null, null, false, 0, 200).items() : List.of());
		model.addAttribute("categories", this.queries.categories(locale));
		model.addAttribute("statuses", WishStatus.values());
		model.addAttribute("urgencies", Urgency.values());
		model.addAttribute("channels", Channel.values());
		model.addAttribute("f", new HashMap<String, Object>(Map.of("status", status == null ? "" : status,
				"category", category == null ? "" : category, "urgency", urgency == null ? "" : urgency, "channel",
				channel == null ? "" : channel, "priority", priority, "overdue", overdue, "mine", mine, "figure",
				figure == null ? "" : figure, "from", from == null ? "" : from, "to", to == null ? "" : to)));
		((Map<String, Object>) model.getAttribute("f")).put("careTag", careTag == null ? "" : careTag);
		((Map<String, Object>) model.getAttribute("f")).put("team", team == null ? "" : team);
		((Map<String, Object>) model.getAttribute("f")).put("sort", sort);
		((Map<String, Object>) model.getAttribute("f")).put("q", q == null ? "" : q);
		((Map<String, Object>) model.getAttribute("f")).put("praiseDue", praiseDue);
		model.addAttribute("region", region);
		model.addAttribute("zone", zone);
		return "wish/ledger";
	}

	/** The filtered ledger as an .xlsx sheet, streamed. */
	@GetMapping("/wishes/export.xlsx")
	void export(@RequestParam(required = false) WishStatus status, @RequestParam(required = false) Long category,
			@RequestParam(required = false) Urgency urgency, @RequestParam(required = false) Channel channel,
			@RequestParam(defaultValue = "false") boolean priority, @RequestParam(defaultValue = "false") boolean overdue,
			@RequestParam(required = false) WishFigure figure, @RequestParam(required = false) Long region,
			@RequestParam(required = false) CareTag careTag, @RequestParam(required = false) Long team,
			@RequestParam(required = false) String q,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to, Locale locale,
			HttpServletResponse response) throws IOException {
		Actor actor = CurrentActor.get();
		String regionPath = region == null ? null : this.regions.get(actor, region).path();
		ZoneId zone = this.clock.getZone();
		var filter = new WishFilter(status, category, urgency, channel, priority, overdue, null, null,
				from == null ? null : from.atStartOfDay(zone).toInstant(),
				to == null ? null : to.plusDays(1).atStartOfDay(zone).toInstant(), figure).with(careTag, team).withText(q);
		response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
		response.setHeader("Content-Disposition", "attachment; filename=\"wishes-" + LocalDate.now(this.clock) + ".xlsx\"");
		String place = (region == null ? this.regions.home(actor) : this.regions.get(actor, region)).name();
		this.export.write(actor, regionPath, place, filter, locale, response.getOutputStream());
	}

	@GetMapping("/wishes/figures")
	String figures(@RequestParam(required = false) Long region,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to, Model model) {
		Actor actor = CurrentActor.get();
		Region node = region == null ? this.regions.home(actor) : this.regions.get(actor, region);
		LocalDate today = LocalDate.now(this.clock);
		LocalDate start = from == null ? today.withDayOfYear(1) : from;
		LocalDate end = to == null ? today : to;
		model.addAttribute("figures", this.figures.of(actor, node.id(), start, end));
		model.addAttribute("allFigures", WishFigure.values());
		return "wish/figures";
	}

	@GetMapping("/wishes/new")
	String collectForm(@RequestParam(required = false) Long beneficiary, Model model, Locale locale) {
		WishForm form = new WishForm();
		form.setBeneficiaryId(beneficiary);
		return form(model, form, locale, false);
	}

	@PostMapping("/wishes")
	String collect(@ModelAttribute("form") WishForm form, BindingResult result, Model model,
			RedirectAttributes redirect, Locale locale) {
		try {
			long id = this.wishes.collect(CurrentActor.get(), form);
			redirect.addFlashAttribute("flash", this.messages.getMessage("flash.saved", null, locale));
			return "redirect:/wishes/" + id;
		}
		catch (Rejected ex) {
			Forms.apply(ex, result);
			return form(model, form, locale, false);
		}
	}

	@GetMapping("/my/wishes")
	String mine(@RequestParam(defaultValue = "0") int page, Model model, Locale locale) {
		model.addAttribute("wishes", this.queries.mine(CurrentActor.get(), locale, page, 20));
		return form(model, new WishForm(), locale, true);
	}

	@PostMapping("/my/wishes")
	String submit(@ModelAttribute("form") WishForm form, BindingResult result,
			@RequestParam(name = "photo", required = false) MultipartFile photo,
			Model model, RedirectAttributes redirect, Locale locale) throws IOException {
		Actor actor = CurrentActor.get();
		byte[] picture = photo == null || photo.isEmpty() ? null : photo.getBytes();
		try {
			if (picture != null) {
				// Checked before the wish is saved, so that a refused photo saves nothing.
				Photos.check(picture);
			}
			long id = this.wishes.submitOwn(actor, form);
			if (picture != null) {
				this.photos.add(actor, id, picture);
			}
			redirect.addFlashAttribute("flash", this.messages.getMessage("wish.submitted", null, locale));
			return "redirect:/wishes/" + id;
		}
		catch (Rejected ex) {
			Forms.apply(ex, result);
			model.addAttribute("wishes", this.queries.mine(actor, locale, 0, 20));
			return form(model, form, locale, true);
		}
	}

	@GetMapping("/wishes/{id}")
	String detail(@PathVariable long id, Model model, Locale locale) {
		Actor actor = CurrentActor.get();
		Wish wish = this.queries.get(actor, id, locale);
		model.addAttribute("wish", wish);
		model.addAttribute("timeline", this.queries.timeline(actor, id));
		model.addAttribute("acts", this.queries.allowed(actor, id).stream().map(Enum::name).collect(Collectors.toSet()));
		model.addAttribute("photos", this.photos.of(actor, id));
		model.addAttribute("myTeams", actor.personId() == null || !actor.can(WishPermissions.CLAIM)
				? List.of() : this.teams.teamsOf(actor, actor.personId()));
		model.addAttribute("evaluations", Satisfaction.values());
		boolean staff = actor.can(WishPermissions.FOLLOW_UP);
		model.addAttribute("forceTeams", staff ? this.teams.list(actor, null, null, false, 0, 200).items() : List.of());
		model.addAttribute("duplicates", staff && wish.status() != WishStatus.CLOSED
				? this.queries.likelyDuplicates(actor, wish, locale) : List.of());
		model.addAttribute("suggestions", staff && (wish.status() == WishStatus.OPEN || wish.overdue())
				? this.matching.suggest(actor, id, 5) : List.of());
		model.addAttribute("zone", this.clock.getZone());
		model.addAttribute("isBeneficiary", actor.personId() != null && actor.personId() == wish.beneficiaryId());
		model.addAttribute("today", LocalDate.now(this.clock));
		model.addAttribute("mayReach", this.contacts.mayReach(actor, wish));
		return "wish/detail";
	}

	/**
	 * The beneficiary's phone (to tap and call) and address, for the claimant while the claim lasts, as an HTML
	 * fragment for htmx; each view is audited.
	 */
	@PostMapping("/wishes/{id}/contact-details")
	String contactDetails(@PathVariable long id, Model model, HttpServletResponse response) {
		response.setHeader("Cache-Control", "no-store");
		model.addAttribute("contact", this.contacts.beneficiary(CurrentActor.get(), id));
		return "wish/contact :: contact";
	}

	@PostMapping("/wishes/{id}/photos")
	String addPhoto(@PathVariable long id,
			@RequestParam(name = "photo", required = false) MultipartFile photo,
			RedirectAttributes redirect, Locale locale) throws IOException {
		byte[] data = photo == null || photo.isEmpty() ? new byte[0] : photo.getBytes();
		return act(id, redirect, locale, () -> this.photos.add(CurrentActor.get(), id, data));
	}

	/** A photo's bytes, only for someone who may see the wish; never cached by shared caches. */
	@GetMapping("/wishes/{id}/photos/{photoId}")
	ResponseEntity<byte[]> photo(@PathVariable long id, @PathVariable long photoId) {
		return this.photos.content(CurrentActor.get(), id, photoId).response();
	}

	@PostMapping("/wishes/{id}/claim")
	String claim(@PathVariable long id, @RequestParam(required = false) Long teamId, RedirectAttributes redirect,
			Locale locale) {
		return act(id, redirect, locale, () -> this.wishes.claim(CurrentActor.get(), id, teamId));
	}

	@PostMapping("/wishes/{id}/assign")
	String assign(@PathVariable long id, @RequestParam(required = false) Long teamId,
			@RequestParam(required = false) Long personId, RedirectAttributes redirect, Locale locale) {
		return act(id, redirect, locale, () -> this.wishes.assign(CurrentActor.get(), id, teamId, personId));
	}

	@PostMapping("/wishes/{id}/transfer")
	String transfer(@PathVariable long id, @RequestParam(required = false) Long teamId,
			@RequestParam(required = false) Long personId, @RequestParam(defaultValue = "") String reason,
			RedirectAttributes redirect, Locale locale) {
		return act(id, redirect, locale, () -> this.wishes.transfer(CurrentActor.get(), id, teamId, personId, reason));
	}

	@PostMapping("/wishes/{id}/contact")
	String contact(@PathVariable long id,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate committedDate,
			@RequestParam(defaultValue = "") String note, RedirectAttributes redirect, Locale locale) {
		return act(id, redirect, locale, () -> this.wishes.recordContact(CurrentActor.get(), id, committedDate, note));
	}

	@PostMapping("/wishes/{id}/complete")
	String complete(@PathVariable long id, @RequestParam(defaultValue = "") String note, RedirectAttributes redirect,
			Locale locale) {
		return act(id, redirect, locale, () -> this.wishes.complete(CurrentActor.get(), id, note));
	}

	@PostMapping("/wishes/{id}/evaluate")
	String evaluate(@PathVariable long id, @RequestParam(required = false) Satisfaction evaluation,
			@RequestParam(defaultValue = "") String comment, RedirectAttributes redirect, Locale locale) {
		return act(id, redirect, locale, () -> this.wishes.evaluate(CurrentActor.get(), id, evaluation, comment));
	}

	@PostMapping("/wishes/{id}/note")
	String note(@PathVariable long id, @RequestParam(required = false) EventKind kind,
			@RequestParam(defaultValue = "") String note, RedirectAttributes redirect, Locale locale) {
		return act(id, redirect, locale, () -> this.wishes.note(CurrentActor.get(), id, kind, note));
	}

	private String act(long id, RedirectAttributes redirect, Locale locale, Runnable action) {
		this.flash.run(redirect, locale, "flash.saved", action);
		return "redirect:/wishes/" + id;
	}

	private String form(Model model, WishForm form, Locale locale, boolean own) {
		model.addAttribute("form", form);
		model.addAttribute("own", own);
		model.addAttribute("categories", this.queries.categories(locale));
		model.addAttribute("urgencies", Urgency.values());
		model.addAttribute("difficulties", Difficulty.values());
		model.addAttribute("channels", Arrays.stream(Channel.values()).filter(c -> c != Channel.ONLINE).toList());
		return own ? "wish/mine" : "wish/form";
	}

}
