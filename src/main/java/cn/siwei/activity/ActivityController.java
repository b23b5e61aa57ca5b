package cn.siwei.activity;

import java.io.IOException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Locale;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriUtils;

import cn.siwei.access.Actor;
import cn.siwei.access.CurrentActor;
import cn.siwei.activity.ActivityTerms.Kind;
import cn.siwei.platform.Flash;
import cn.siwei.region.Regions;

/** The activities ledger's pages: the list with its form, and an activity with its sign-in and photos. */
@Controller
class ActivityController {

	private final Activities activities;

	private final Regions regions;

	private final Flash flash;

	ActivityController(Activities activities, Regions regions, Flash flash) {
		this.activities = activities;
		this.regions = regions;
		this.flash = flash;
	}

	@GetMapping("/activities")
	String list(@RequestParam(required = false) Long region, @RequestParam(required = false) ActivityFigure figure,
			@RequestParam(required = false) Long category, @RequestParam(required = false) String counting,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(defaultValue = "") String q, @RequestParam(defaultValue = "0") int page, Model model) {
		Actor actor = CurrentActor.get();
		String path = region == null ? null : this.regions.get(actor, region).path();
		String text = q.length() > 100 ? q.substring(0, 100).strip() : q.strip();
		String how = counting == null || counting.isBlank() ? null : counting.strip();
		model.addAttribute("activities", this.activities.list(actor,
				new Activities.Filter(path, figure, category, how, from, to, text), Math.max(0, page), 20));
		model.addAttribute("figure", figure);
		model.addAttribute("category", category);
		model.addAttribute("q", text);
		model.addAttribute("kinds", Kind.values());
		model.addAttribute("query", "?q=" + UriUtils.encodeQueryParam(text, "UTF-8")
				+ (region == null ? "" : "&region=" + region) + (figure == null ? "" : "&figure=" + figure)
				+ (category == null ? "" : "&category=" + category)
				+ (how == null ? "" : "&counting=" + UriUtils.encodeQueryParam(how, "UTF-8"))
				+ (from == null ? "" : "&from=" + from) + (to == null ? "" : "&to=" + to) + "&");
		if (actor.can(ActivityPermissions.RECORD)) {
			model.addAttribute("regionOptions", this.regions.tree(actor, 500));
			model.addAttribute("home", this.regions.home(actor).id());
		}
		return "activity/list";
	}

	@PostMapping("/activities")
	String record(@RequestParam(required = false) Long regionId, @RequestParam(required = false) Kind kind,
			@RequestParam(defaultValue = "") String title, @RequestParam(defaultValue = "") String organiser,
			@RequestParam(defaultValue = "") String place,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) LocalDateTime startsAt,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) LocalDateTime endsAt,
			@RequestParam(required = false) Integer participants, @RequestParam(defaultValue = "false") boolean signIn,
			@RequestParam(defaultValue = "") String note, RedirectAttributes r, Locale l) {
		long[] id = { 0 };
		boolean ok = this.flash.run(r, l, "activity.recorded", () -> id[0] = this.activities.record(CurrentActor.get(),
				new ActivityForm(regionId, kind, title, organiser, null, place, startsAt, endsAt,
						signIn ? null : participants == null ? Integer.valueOf(-1) : participants, note)));
		return ok ? "redirect:/activities/" + id[0] : "redirect:/activities";
	}

	@GetMapping("/activities/{id}")
	String detail(@PathVariable long id, Model model) {
		Actor actor = CurrentActor.get();
		model.addAttribute("a", this.activities.get(actor, id));
		model.addAttribute("participants", this.activities.participants(actor, id));
		model.addAttribute("photos", this.activities.photos(actor, id));
		return "activity/detail";
	}

	@PostMapping("/activities/{id}/participants")
	String signIn(@PathVariable long id, @RequestParam(required = false) Long personId, RedirectAttributes r, Locale l) {
		this.flash.run(r, l, "activity.signedInDone", () -> this.activities.signIn(CurrentActor.get(), id, personId));
		return "redirect:/activities/" + id;
	}

	@PostMapping("/activities/{id}/photos")
	String addPhoto(@PathVariable long id, @RequestParam(name = "photo", required = false) MultipartFile photo,
			RedirectAttributes r, Locale l) throws IOException {
		byte[] data = photo == null || photo.isEmpty() ? new byte[0] : photo.getBytes();
		this.flash.run(r, l, "flash.saved", () -> this.activities.addPhoto(CurrentActor.get(), id, data));
		return "redirect:/activities/" + id;
	}

	@GetMapping("/activities/{id}/photos/{photoId}")
	ResponseEntity<byte[]> photo(@PathVariable long id, @PathVariable long photoId) {
		return this.activities.photo(CurrentActor.get(), id, photoId).response();
	}

}
