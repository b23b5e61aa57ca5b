package cn.siwei.organisation;

import java.util.List;
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
import cn.siwei.region.RegionLevel;
import cn.siwei.region.Regions;

/**
 * Pages of organisations, with the posts held in them and their liaison communities.
 */
@Controller
@RequestMapping("/organisations")
class OrganisationController {

	private final Organisations organisations;

	private final Regions regions;

	private final Flash flash;

	OrganisationController(Organisations organisations, Regions regions, Flash flash) {
		this.organisations = organisations;
		this.regions = regions;
		this.flash = flash;
	}

	@GetMapping
	String list(@RequestParam(defaultValue = "") String q, @RequestParam(required = false) OrganisationKind kind,
			@RequestParam(defaultValue = "false") boolean inactive, @RequestParam(defaultValue = "0") int page,
			Model model) {
		model.addAttribute("organisations", this.organisations.list(CurrentActor.get(), q, kind, inactive, page, 20));
		model.addAttribute("q", q);
		model.addAttribute("kind", kind);
		model.addAttribute("inactive", inactive);
		model.addAttribute("kinds", OrganisationKind.values());
		return "organisation/list";
	}

	/** Matches for the organisation picker: the first organisations of the actor's scope whose name contains the text. */
	@GetMapping("/picker")
	String picker(@RequestParam(defaultValue = "") String q, @RequestParam String field, Model model) {
		model.addAttribute("matches", q.isBlank() ? List.of()
				: this.organisations.list(CurrentActor.get(), q, null, false, 0, 8).items());
		model.addAttribute("field", field.replaceAll("[^A-Za-z]", ""));
		model.addAttribute("q", q);
		return "organisation/picker :: results";
	}

	@GetMapping("/{id}")
	String detail(@PathVariable long id, Model model) {
		Actor actor = CurrentActor.get();
		model.addAttribute("organisation", this.organisations.get(actor, id));
		model.addAttribute("posts", this.organisations.postsOf(actor, id));
		model.addAttribute("liaisons", this.organisations.liaisonsOf(actor, id));
		model.addAttribute("communities", this.regions.search(actor, null, RegionLevel.COMMUNITY, 200));
		return "organisation/detail";
	}

	@GetMapping("/new")
	String create(Model model) {
		return form(model, new OrganisationForm(), null);
	}

	@PostMapping
	String create(@ModelAttribute("form") OrganisationForm form, BindingResult result, Model model,
			RedirectAttributes redirect, Locale locale) {
		return this.flash.save(result, redirect, locale,
				() -> "redirect:/organisations/" + this.organisations.create(CurrentActor.get(), form), () -> form(model, form, null));
	}

	@GetMapping("/{id}/edit")
	String edit(@PathVariable long id, Model model) {
		return form(model, OrganisationForm.of(this.organisations.get(CurrentActor.get(), id)), id);
	}

	@PostMapping("/{id}")
	String update(@PathVariable long id, @ModelAttribute("form") OrganisationForm form, BindingResult result,
			Model model, RedirectAttributes redirect, Locale locale) {
		return this.flash.save(result, redirect, locale, () -> {
			this.organisations.update(CurrentActor.get(), id, form);
			return "redirect:/organisations/" + id;
		}, () -> form(model, form, id));
	}

	@PostMapping("/{id}/deactivate")
	String deactivate(@PathVariable long id, @RequestParam(defaultValue = "") String reason,
			RedirectAttributes redirect, Locale locale) {
		this.flash.run(redirect, locale, "flash.deactivated",
				() -> this.organisations.setActive(CurrentActor.get(), id, false, reason));
		return "redirect:/organisations/" + id;
	}

	@PostMapping("/{id}/reactivate")
	String reactivate(@PathVariable long id, RedirectAttributes redirect, Locale locale) {
		this.flash.run(redirect, locale, "flash.reactivated",
				() -> this.organisations.setActive(CurrentActor.get(), id, true, null));
		return "redirect:/organisations/" + id;
	}

	@PostMapping("/{id}/posts")
	String appoint(@PathVariable long id, @RequestParam(required = false) Long personId,
			@RequestParam(defaultValue = "") String title, RedirectAttributes redirect, Locale locale) {
		return act(id, redirect, locale, () -> this.organisations.appoint(CurrentActor.get(), id, personId, title));
	}

	@PostMapping("/{id}/posts/{postId}/end")
	String endPost(@PathVariable long id, @PathVariable long postId, @RequestParam(defaultValue = "") String reason,
			RedirectAttributes redirect, Locale locale) {
		return act(id, redirect, locale, () -> this.organisations.endPost(CurrentActor.get(), id, postId, reason));
	}

	@PostMapping("/{id}/liaisons")
	String liaise(@PathVariable long id, @RequestParam(required = false) Long communityId,
			RedirectAttributes redirect, Locale locale) {
		return act(id, redirect, locale,
				() -> this.organisations.pairWithCommunity(CurrentActor.get(), id, communityId));
	}

	@PostMapping("/{id}/liaisons/{liaisonId}/end")
	String endLiaison(@PathVariable long id, @PathVariable long liaisonId,
			@RequestParam(defaultValue = "") String reason, RedirectAttributes redirect, Locale locale) {
		return act(id, redirect, locale,
				() -> this.organisations.endLiaison(CurrentActor.get(), id, liaisonId, reason));
	}

	private String act(long id, RedirectAttributes redirect, Locale locale, Runnable action) {
		this.flash.run(redirect, locale, "flash.saved", action);
		return "redirect:/organisations/" + id;
	}

	private String form(Model model, OrganisationForm form, Long id) {
		model.addAttribute("form", form);
		model.addAttribute("organisationId", id);
		model.addAttribute("kinds", OrganisationKind.values());
		model.addAttribute("regionOptions", this.regions.tree(CurrentActor.get(), 500));
		return "organisation/form";
	}

}
