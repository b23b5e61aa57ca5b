package cn.siwei.wish;

import java.util.Locale;

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
import cn.siwei.region.Region;
import cn.siwei.region.Regions;

/**
 * The settings of the wish loop: how long claimants have to make contact in a region, and the category
 * dictionary.
 */
@Controller
class WishSettingsController {

	private final WishCategories categories;

	private final Regions regions;

	private final Flash flash;

	private final WishRules rules;

	WishSettingsController(WishRules rules, WishCategories categories, Regions regions, Flash flash) {
		this.rules = rules;
		this.categories = categories;
		this.regions = regions;
		this.flash = flash;
	}

	@GetMapping("/wishes/settings")
	String settings(@RequestParam(required = false) Long region, Model model) {
		Actor actor = CurrentActor.get();
		Region node = region == null ? this.regions.home(actor) : this.regions.get(actor, region);
		model.addAttribute("region", node);
		model.addAttribute("contactDays", this.rules.contactDays(actor, node.id()));
		model.addAttribute("regionOptions", this.regions.tree(actor, 500));
		model.addAttribute("categories", this.categories.all());
		return "wish/settings";
	}

	@PostMapping("/wishes/settings/contact-days")
	String contactDays(@RequestParam long region, @RequestParam(required = false) Integer days,
			RedirectAttributes redirect, Locale locale) {
		this.flash.run(redirect, locale, "flash.saved", () -> this.rules.setContactDays(CurrentActor.get(), region, days));
		return "redirect:/wishes/settings?region=" + region;
	}

	@PostMapping("/wishes/categories")
	String create(@RequestParam(defaultValue = "") String code, @RequestParam(defaultValue = "") String nameZh,
			@RequestParam(defaultValue = "") String nameEn, @RequestParam(defaultValue = "") String skills,
			RedirectAttributes redirect, Locale locale) {
		this.flash.run(redirect, locale, "flash.saved",
				() -> this.categories.create(CurrentActor.get(), code, nameZh, nameEn, skills));
		return "redirect:/wishes/settings";
	}

	@PostMapping("/wishes/categories/{id}")
	String update(@PathVariable long id, @RequestParam(defaultValue = "") String nameZh,
			@RequestParam(defaultValue = "") String nameEn, @RequestParam(defaultValue = "") String skills,
			@RequestParam(defaultValue = "false") boolean active, RedirectAttributes redirect, Locale locale) {
		this.flash.run(redirect, locale, "flash.saved",
				() -> this.categories.update(CurrentActor.get(), id, nameZh, nameEn, skills, active));
		return "redirect:/wishes/settings";
	}

}
