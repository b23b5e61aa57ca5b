package cn.siwei.organisation;

import java.util.ArrayList;
import java.util.Locale;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import cn.siwei.access.Actor;
import cn.siwei.access.CurrentActor;
import cn.siwei.platform.Flash;
import cn.siwei.region.Regions;

/**
 * Pages of teams, their skills, service areas and members.
 */
@Controller
@RequestMapping("/teams")
class TeamController {

	private final Teams teams;

	private final Organisations organisations;

	private final Regions regions;

	private final Flash flash;

	TeamController(Teams teams, Organisations organisations, Regions regions, Flash flash) {
		this.teams = teams;
		this.organisations = organisations;
		this.regions = regions;
		this.flash = flash;
	}

	@GetMapping
	String list(@RequestParam(defaultValue = "") String q, @RequestParam(defaultValue = "") String skill,
			@RequestParam(defaultValue = "false") boolean inactive, @RequestParam(defaultValue = "0") int page,
			Model model) {
		model.addAttribute("teams", this.teams.list(CurrentActor.get(), q, skill, inactive, page, 20));
		model.addAttribute("q", q);
		model.addAttribute("skill", skill);
		model.addAttribute("inactive", inactive);
		return "team/list";
	}

	@GetMapping("/{id}")
	String detail(@PathVariable long id, Model model) {
		Actor actor = CurrentActor.get();
		Team team = this.teams.get(actor, id);
		model.addAttribute("team", team);
		model.addAttribute("members", this.teams.members(actor, id));
		model.addAttribute("organisation",
				team.organisationId() == null ? null
						: this.organisations.findVisibleOrAbove(actor, team.organisationId()).orElse(null));
		return "team/detail";
	}

	@GetMapping("/new")
	String create(Model model) {
		return form(model, new TeamForm(), null);
	}

	@PostMapping
	String create(@ModelAttribute("form") TeamForm form, BindingResult result, Model model,
			RedirectAttributes redirect, Locale locale) {
		return this.flash.save(result, redirect, locale,
				() -> "redirect:/teams/" + this.teams.create(CurrentActor.get(), form), () -> form(model, form, null));
	}

	@GetMapping("/{id}/edit")
	String edit(@PathVariable long id, Model model) {
		return form(model, this.teams.form(CurrentActor.get(), id), id);
	}

	@PostMapping("/{id}")
	String update(@PathVariable long id, @ModelAttribute("form") TeamForm form, BindingResult result, Model model,
			RedirectAttributes redirect, Locale locale) {
		return this.flash.save(result, redirect, locale, () -> {
			this.teams.update(CurrentActor.get(), id, form);
			return "redirect:/teams/" + id;
		}, () -> form(model, form, id));
	}

	@PostMapping("/{id}/deactivate")
	String deactivate(@PathVariable long id, @RequestParam(defaultValue = "") String reason,
			RedirectAttributes redirect, Locale locale) {
		return act(id, redirect, locale, () -> this.teams.setActive(CurrentActor.get(), id, false, reason));
	}

	@PostMapping("/{id}/reactivate")
	String reactivate(@PathVariable long id, RedirectAttributes redirect, Locale locale) {
		return act(id, redirect, locale, () -> this.teams.setActive(CurrentActor.get(), id, true, null));
	}

	@PostMapping("/{id}/members")
	String join(@PathVariable long id, @RequestParam(required = false) Long personId, RedirectAttributes redirect,
			Locale locale) {
		return act(id, redirect, locale, () -> this.teams.join(CurrentActor.get(), id, personId));
	}

	@PostMapping("/{id}/members/{personId}/leave")
	String leave(@PathVariable long id, @PathVariable long personId, @RequestParam(defaultValue = "") String reason,
			RedirectAttributes redirect, Locale locale) {
		return act(id, redirect, locale, () -> this.teams.leave(CurrentActor.get(), id, personId, reason));
	}

	private String act(long id, RedirectAttributes redirect, Locale locale, Runnable action) {
		this.flash.run(redirect, locale, "flash.saved", action);
		return "redirect:/teams/" + id;
	}

	private String form(Model model, TeamForm form, Long id) {
		Actor actor = CurrentActor.get();
		model.addAttribute("form", form);
		model.addAttribute("teamId", id);
		model.addAttribute("kinds", TeamKind.values());
		model.addAttribute("regionOptions", this.regions.tree(actor, 500));
		var options = new ArrayList<>(this.organisations.list(actor, null, null, false, 0, 200).items());
		// Keep the team's current organisation selectable even when it stands above the actor's region.
		if (form.getOrganisationId() != null && options.stream().noneMatch(o -> o.id() == form.getOrganisationId())) {
			this.organisations.findVisibleOrAbove(actor, form.getOrganisationId()).ifPresent(o -> options.add(0, o));
		}
		model.addAttribute("organisationOptions", options);
		return "team/form";
	}

}
