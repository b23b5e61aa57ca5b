package cn.siwei.renovation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriUtils;

import cn.siwei.access.Actor;
import cn.siwei.access.CurrentActor;
import cn.siwei.platform.Flash;
import cn.siwei.platform.Rejected;
import cn.siwei.region.Regions;
import cn.siwei.renovation.RenovationTerms.Funding;
import cn.siwei.renovation.RenovationTerms.Status;
import cn.siwei.renovation.RenovationTerms.Works;

/** The renovation pages: the projects, planning one, and a project with its consent, progress and acts. */
@Controller
class RenovationController {

	private final Renovations renovations;

	private final RenovationQueries queries;

	private final Regions regions;

	private final Flash flash;

	private final MessageSource messages;

	RenovationController(Renovations renovations, RenovationQueries queries, Regions regions, Flash flash,
			MessageSource messages) {
		this.renovations = renovations;
		this.queries = queries;
		this.regions = regions;
		this.flash = flash;
		this.messages = messages;
	}

	@GetMapping("/renovations")
	String list(@RequestParam(required = false) Long region, @RequestParam(required = false) Status status,
			@RequestParam(required = false) Long category, @RequestParam(required = false) Funding funding,
			@RequestParam(required = false) RenovationFigure figure,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(defaultValue = "") String q, @RequestParam(defaultValue = "0") int page, Model model) {
		Actor actor = CurrentActor.get();
		String path = region == null ? null : this.regions.get(actor, region).path();
		var f = new RenovationQueries.Filter(path, status, category, funding, figure, from, to, q.strip());
		model.addAttribute("projects", this.queries.list(actor, f, Math.max(0, page), 20));
		model.addAttribute("statuses", Status.values());
		model.addAttribute("status", status);
		model.addAttribute("figure", figure);
		model.addAttribute("q", q.strip());
		model.addAttribute("query", "?status=" + (status == null ? "" : status) + (figure == null ? ""
				: "&figure=" + figure + "&region=" + region + "&from=" + from + "&to=" + to)
				+ (category == null ? "" : "&category=" + category) + (funding == null ? "" : "&funding=" + funding)
				+ (q.isBlank() ? "" : "&q=" + UriUtils.encodeQueryParam(q.strip(), "UTF-8")) + "&");
		return "renovation/list";
	}

	@GetMapping("/renovations/new")
	String form(Model model) {
		Actor actor = CurrentActor.get();
		model.addAttribute("form", new RenovationForm(this.regions.home(actor).id(), Works.BASIC, Funding.GOVERNMENT,
				null, null, null, null));
		return form(actor, model, Map.of());
	}

	private String form(Actor actor, Model model, Map<String, String> errors) {
		model.addAttribute("regionOptions", this.regions.tree(actor, 500));
		model.addAttribute("worksKinds", Works.values());
		model.addAttribute("fundings", Funding.values());
		model.addAttribute("errors", errors);
		return "renovation/form";
	}

	@PostMapping("/renovations")
	String plan(@RequestParam(required = false) Long regionId, @RequestParam(required = false) Works works,
			@RequestParam(required = false) Funding funding, @RequestParam(defaultValue = "") String title,
			@RequestParam(defaultValue = "") String plan, @RequestParam(required = false) Integer households,
			@RequestParam(required = false) BigDecimal budget, Model model, RedirectAttributes redirect, Locale locale) {
		Actor actor = CurrentActor.get();
		RenovationForm form = new RenovationForm(regionId, works, funding, title, plan, households, budget);
		try {
			long id = this.renovations.plan(actor, form);
			redirect.addFlashAttribute("flash", this.messages.getMessage("renovation.planned", null, locale));
			return "redirect:/renovations/" + id;
		}
		catch (Rejected ex) {
			model.addAttribute("form", form);
			return form(actor, model, this.flash.errors(ex, locale));
		}
	}

	@GetMapping("/renovations/{id}")
	String detail(@PathVariable long id, Model model) {
		Actor actor = CurrentActor.get();
		model.addAttribute("r", this.queries.get(actor, id));
		model.addAttribute("allowed", this.queries.allowed(actor, id));
		model.addAttribute("timeline", this.queries.timeline(actor, id));
		model.addAttribute("consentShare", this.renovations.consentShare());
		return "renovation/detail";
	}

	private String run(long id, RedirectAttributes redirect, Locale locale, Runnable act) {
		this.flash.run(redirect, locale, "flash.saved", act);
		return "redirect:/renovations/" + id;
	}

	@PostMapping("/renovations/{id}/consult")
	String consult(@PathVariable long id, @RequestParam(defaultValue = "") String plan, RedirectAttributes r, Locale l) {
		return run(id, r, l, () -> this.renovations.consult(CurrentActor.get(), id, plan));
	}

	@PostMapping("/renovations/{id}/tally")
	String tally(@PathVariable long id, @RequestParam(required = false) Integer agreed,
			@RequestParam(required = false) Integer against, RedirectAttributes r, Locale l) {
		return run(id, r, l, () -> this.renovations.tally(CurrentActor.get(), id, agreed, against));
	}

	@PostMapping("/renovations/{id}/progress")
	String progress(@PathVariable long id, @RequestParam(required = false) Integer percent,
			@RequestParam(defaultValue = "") String note, RedirectAttributes r, Locale l) {
		return run(id, r, l, () -> this.renovations.progress(CurrentActor.get(), id, percent, note));
	}

	@PostMapping("/renovations/{id}/accept")
	String accept(@PathVariable long id, @RequestParam(defaultValue = "true") boolean passed,
			@RequestParam(defaultValue = "") String inspector, @RequestParam(defaultValue = "") String note,
			RedirectAttributes r, Locale l) {
		return run(id, r, l, () -> this.renovations.accept(CurrentActor.get(), id, passed, inspector, note));
	}

}
