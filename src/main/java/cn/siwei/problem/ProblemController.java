package cn.siwei.problem;

import java.time.LocalDate;
import java.util.List;
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
import cn.siwei.organisation.Organisations;
import cn.siwei.platform.Flash;
import cn.siwei.platform.Rejected;
import cn.siwei.problem.ProblemTerms.Kind;
import cn.siwei.problem.ProblemTerms.Source;
import cn.siwei.problem.ProblemTerms.Status;
import cn.siwei.region.Regions;

/** The problem inventory's pages: the governance list, recording a problem, and a problem with its acts. */
@Controller
class ProblemController {

	private final Problems problems;

	private final ProblemQueries queries;

	private final Regions regions;

	private final Organisations organisations;

	private final Flash flash;

	private final MessageSource messages;

	ProblemController(Problems problems, ProblemQueries queries, Regions regions, Organisations organisations,
			Flash flash, MessageSource messages) {
		this.problems = problems;
		this.queries = queries;
		this.regions = regions;
		this.organisations = organisations;
		this.flash = flash;
		this.messages = messages;
	}

	@GetMapping("/problems")
	String list(@RequestParam(required = false) Long region, @RequestParam(required = false) Status status,
			@RequestParam(required = false) Long category, @RequestParam(required = false) Source source,
			@RequestParam(required = false) ProblemFigure figure,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(defaultValue = "false") boolean overdue, @RequestParam(defaultValue = "") String q,
			@RequestParam(defaultValue = "0") int page, Model model) {
		Actor actor = CurrentActor.get();
		String path = region == null ? null : this.regions.get(actor, region).path();
		var f = new ProblemQueries.Filter(path, status, category, source, figure, from, to, overdue, q.strip());
		model.addAttribute("problems", this.queries.list(actor, f, Math.max(0, page), 20));
		model.addAttribute("statuses", Status.values());
		model.addAttribute("status", status);
		model.addAttribute("figure", figure);
		model.addAttribute("overdue", overdue);
		model.addAttribute("q", q.strip());
		model.addAttribute("now", this.queries.now());
		model.addAttribute("query", "?status=" + (status == null ? "" : status) + (figure == null ? ""
				: "&figure=" + figure + "&region=" + region + "&from=" + from + "&to=" + to)
				+ (category == null ? "" : "&category=" + category) + (source == null ? "" : "&source=" + source)
				+ (overdue ? "&overdue=true" : "") + (q.isBlank() ? "" : "&q=" + UriUtils.encodeQueryParam(q.strip(), "UTF-8"))
				+ "&");
		return "problem/list";
	}

	@GetMapping("/problems/new")
	String form(Model model) {
		Actor actor = CurrentActor.get();
		model.addAttribute("form", new ProblemForm(this.regions.home(actor).id(), Kind.FACILITIES, Source.WALK, null,
				null, actor.displayName()));
		return form(actor, model, Map.of());
	}

	private String form(Actor actor, Model model, Map<String, String> errors) {
		model.addAttribute("regionOptions", this.regions.tree(actor, 500));
		model.addAttribute("kinds", Kind.values());
		model.addAttribute("sources", Source.values());
		model.addAttribute("errors", errors);
		return "problem/form";
	}

	@PostMapping("/problems")
	String record(@RequestParam(required = false) Long regionId, @RequestParam(required = false) Kind kind,
			@RequestParam(required = false) Source source, @RequestParam(defaultValue = "") String title,
			@RequestParam(defaultValue = "") String description, @RequestParam(defaultValue = "") String foundBy,
			Model model, RedirectAttributes redirect, Locale locale) {
		Actor actor = CurrentActor.get();
		ProblemForm form = new ProblemForm(regionId, kind, source, title, description, foundBy);
		try {
			long id = this.problems.record(actor, form);
			redirect.addFlashAttribute("flash", this.messages.getMessage("problem.recorded", null, locale));
			return "redirect:/problems/" + id;
		}
		catch (Rejected ex) {
			model.addAttribute("form", form);
			return form(actor, model, this.flash.errors(ex, locale));
		}
	}

	@GetMapping("/problems/{id}")
	String detail(@PathVariable long id, Model model) {
		Actor actor = CurrentActor.get();
		model.addAttribute("p", this.queries.get(actor, id));
		model.addAttribute("allowed", this.queries.allowed(actor, id));
		model.addAttribute("timeline", this.queries.timeline(actor, id));
		model.addAttribute("units", actor.can(ProblemPermissions.HANDLE) ? this.organisations.unitsByPlace(actor)
				: List.of());
		model.addAttribute("now", this.queries.now());
		return "problem/detail";
	}

	private String run(long id, RedirectAttributes redirect, Locale locale, Runnable act) {
		this.flash.run(redirect, locale, "flash.saved", act);
		return "redirect:/problems/" + id;
	}

	@PostMapping("/problems/{id}/assign")
	String assign(@PathVariable long id, @RequestParam(required = false) Long organisationId,
			@RequestParam(defaultValue = "") String owner, @RequestParam(required = false) Integer workingDays,
			RedirectAttributes r, Locale l) {
		return run(id, r, l, () -> this.problems.assign(CurrentActor.get(), id, organisationId, owner, workingDays));
	}

	@PostMapping("/problems/{id}/progress")
	String progress(@PathVariable long id, @RequestParam(defaultValue = "") String note, RedirectAttributes r, Locale l) {
		return run(id, r, l, () -> this.problems.progress(CurrentActor.get(), id, note));
	}

	@PostMapping("/problems/{id}/finish")
	String finish(@PathVariable long id, @RequestParam(defaultValue = "") String result, RedirectAttributes r,
			Locale l) {
		return run(id, r, l, () -> this.problems.finish(CurrentActor.get(), id, result));
	}

	@PostMapping("/problems/{id}/drop")
	String drop(@PathVariable long id, @RequestParam(defaultValue = "") String reason, RedirectAttributes r, Locale l) {
		return run(id, r, l, () -> this.problems.drop(CurrentActor.get(), id, reason));
	}

	@PostMapping("/problems/{id}/reopen")
	String reopen(@PathVariable long id, @RequestParam(defaultValue = "") String reason,
			@RequestParam(required = false) Integer workingDays, RedirectAttributes r, Locale l) {
		return run(id, r, l, () -> this.problems.reopen(CurrentActor.get(), id, reason, workingDays));
	}

}
