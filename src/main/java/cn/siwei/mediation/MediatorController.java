package cn.siwei.mediation;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import cn.siwei.access.Actor;
import cn.siwei.access.CurrentActor;
import cn.siwei.mediation.MediationTerms.Body;
import cn.siwei.mediation.MediationTerms.Kind;
import cn.siwei.platform.Flash;
import cn.siwei.platform.Rejected;
import cn.siwei.region.Regions;

/** The pool of mediators: who serves the worker's region, putting one in, taking one out. */
@Controller
class MediatorController {

	private final MediatorPool pool;

	private final Regions regions;

	private final Flash flash;

	private final MessageSource messages;

	MediatorController(MediatorPool pool, Regions regions, Flash flash, MessageSource messages) {
		this.pool = pool;
		this.regions = regions;
		this.flash = flash;
		this.messages = messages;
	}

	@GetMapping("/mediators")
	String list(Model model) {
		Actor actor = CurrentActor.get();
		model.addAttribute("form", new MediatorForm(this.regions.home(actor).id(), null, Body.COMMUNITY, null,
				java.util.Set.of()));
		return page(actor, model, Map.of());
	}

	private String page(Actor actor, Model model, Map<String, String> errors) {
		model.addAttribute("mediators", this.pool.list(actor));
		if (actor.can(MediationPermissions.HANDLE)) {
			model.addAttribute("regionOptions", this.regions.tree(actor, 500));
		}
		model.addAttribute("bodies", Body.values());
		model.addAttribute("kinds", Kind.values());
		model.addAttribute("errors", errors);
		return "mediation/mediators";
	}

	@PostMapping("/mediators")
	String add(@RequestParam(required = false) Long regionId, @RequestParam(defaultValue = "") String name,
			@RequestParam(required = false) Body body, @RequestParam(defaultValue = "") String unit,
			@RequestParam(required = false) List<String> kinds, Model model, RedirectAttributes redirect,
			Locale locale) {
		Actor actor = CurrentActor.get();
		MediatorForm form = new MediatorForm(regionId, name, body, unit, MediatorPool.kinds(kinds));
		try {
			this.pool.add(actor, form);
			redirect.addFlashAttribute("flash", this.messages.getMessage("flash.saved", null, locale));
			return "redirect:/mediators";
		}
		catch (Rejected ex) {
			model.addAttribute("form", form);
			return page(actor, model, this.flash.errors(ex, locale));
		}
	}

	@PostMapping("/mediators/{id}/retire")
	String retire(@PathVariable long id, RedirectAttributes redirect, Locale locale) {
		this.flash.run(redirect, locale, "flash.saved", () -> this.pool.retire(CurrentActor.get(), id));
		return "redirect:/mediators";
	}

}
