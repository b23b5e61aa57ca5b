package cn.siwei.region;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
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
import cn.siwei.platform.Forms;
import cn.siwei.platform.Page;
import cn.siwei.platform.Rejected;

/**
 * Pages of the region tree: browse a node's children, create, rename, move, deactivate.
 */
@Controller
@RequestMapping("/regions")
class RegionController {

	private final Regions regions;

	private final List<RecordCounter> counters;

	private final MessageSource messages;

	private final Flash flash;

	RegionController(Regions regions, List<RecordCounter> counters, MessageSource messages, Flash flash) {
		this.regions = regions;
		this.counters = counters;
		this.messages = messages;
		this.flash = flash;
	}

	@GetMapping
	String home() {
		return "redirect:/regions/" + this.regions.home(CurrentActor.get()).id();
	}

	@GetMapping("/{id}")
	String node(@PathVariable long id, @RequestParam(defaultValue = "") String q,
			@RequestParam(defaultValue = "false") boolean inactive, @RequestParam(defaultValue = "0") int page,
			Model model) {
		Actor actor = CurrentActor.get();
		Region region = this.regions.get(actor, id);
		Page<RegionSummary> children = this.regions.children(actor, id, q, inactive, page, 50);
		List<String> paths = children.items().stream().map(c -> c.region().path()).toList();
		Map<RecordCounter, Map<String, Long>> counts = new LinkedHashMap<>();
		for (RecordCounter counter : this.counters) {
			counts.put(counter, counter.countUnder(paths));
		}
		model.addAttribute("region", region);
		model.addAttribute("trail", this.regions.trail(actor, region));
		model.addAttribute("children", children);
		model.addAttribute("counters", counts);
		model.addAttribute("q", q);
		model.addAttribute("inactive", inactive);
		model.addAttribute("childLevel", region.level().child());
		model.addAttribute("centre", this.regions.centre(actor, id).orElse(null));
		return "regions/node";
	}

	/** A community's centre, where reports located only by a pin are placed. */
	@PostMapping("/{id}/centre")
	String centre(@PathVariable long id, @RequestParam(required = false) Double lat,
			@RequestParam(required = false) Double lon, RedirectAttributes redirect, Locale locale) {
		this.flash.run(redirect, locale, "flash.saved", () -> this.regions.setCentre(CurrentActor.get(), id, lat, lon));
		return "redirect:/regions/" + id;
	}

	@GetMapping("/{id}/children/new")
	String newChild(@PathVariable long id, Model model) {
		Region parent = this.regions.get(CurrentActor.get(), id);
		model.addAttribute("parent", parent);
		model.addAttribute("form", new RegionForm());
		model.addAttribute("level", parent.level().child());
		return "regions/form";
	}

	@PostMapping("/{id}/children")
	String createChild(@PathVariable long id, @ModelAttribute("form") RegionForm form, BindingResult result,
			Model model, RedirectAttributes redirect, Locale locale) {
		Actor actor = CurrentActor.get();
		try {
			Region created = this.regions.create(actor, id, form.getCode(), form.getName());
			redirect.addFlashAttribute("flash", this.messages.getMessage("flash.saved", null, locale));
			return "redirect:/regions/" + created.parentId();
		}
		catch (Rejected ex) {
			Forms.apply(ex, result);
			Region parent = this.regions.get(actor, id);
			model.addAttribute("parent", parent);
			model.addAttribute("level", parent.level().child());
			return "regions/form";
		}
	}

	@GetMapping("/{id}/edit")
	String edit(@PathVariable long id, Model model) {
		Region region = this.regions.get(CurrentActor.get(), id);
		RegionForm form = new RegionForm();
		form.setCode(region.code());
		form.setName(region.name());
		model.addAttribute("region", region);
		model.addAttribute("form", form);
		model.addAttribute("level", region.level());
		return "regions/form";
	}

	@PostMapping("/{id}")
	String update(@PathVariable long id, @ModelAttribute("form") RegionForm form, BindingResult result, Model model,
			RedirectAttributes redirect, Locale locale) {
		Actor actor = CurrentActor.get();
		try {
			this.regions.rename(actor, id, form.getCode(), form.getName());
			redirect.addFlashAttribute("flash", this.messages.getMessage("flash.saved", null, locale));
			return "redirect:/regions/" + id;
		}
		catch (Rejected ex) {
			Forms.apply(ex, result);
			Region region = this.regions.get(actor, id);
			model.addAttribute("region", region);
			model.addAttribute("level", region.level());
			return "regions/form";
		}
	}

	@GetMapping("/{id}/move")
	String moveForm(@PathVariable long id, @RequestParam(defaultValue = "") String q, Model model) {
		Actor actor = CurrentActor.get();
		Region region = this.regions.get(actor, id);
		model.addAttribute("region", region);
		model.addAttribute("q", q);
		model.addAttribute("candidates", region.depth() == 1 ? List.of()
				: this.regions.search(actor, q, RegionLevel.ofDepth(region.depth() - 1), 100));
		return "regions/move";
	}

	@PostMapping("/{id}/move")
	String move(@PathVariable long id, @RequestParam(required = false) Long parentId,
			@RequestParam(defaultValue = "") String reason, RedirectAttributes redirect, Locale locale) {
		boolean moved = this.flash.run(redirect, locale, "region.moved",
				() -> this.regions.move(CurrentActor.get(), id, parentId, reason));
		return "redirect:/regions/" + id + (moved ? "" : "/move");
	}

	@PostMapping("/{id}/deactivate")
	String deactivate(@PathVariable long id, @RequestParam(defaultValue = "") String reason,
			RedirectAttributes redirect, Locale locale) {
		return activation(id, false, reason, redirect, locale);
	}

	@PostMapping("/{id}/reactivate")
	String reactivate(@PathVariable long id, @RequestParam(defaultValue = "") String reason,
			RedirectAttributes redirect, Locale locale) {
		return activation(id, true, reason, redirect, locale);
	}

	private String activation(long id, boolean active, String reason, RedirectAttributes redirect, Locale locale) {
		this.flash.run(redirect, locale, active ? "flash.reactivated" : "flash.deactivated", () -> {
			if (active) {
				this.regions.reactivate(CurrentActor.get(), id, reason);
			}
			else {
				this.regions.deactivate(CurrentActor.get(), id, reason);
			}
		});
		return "redirect:/regions/" + id;
	}

}
