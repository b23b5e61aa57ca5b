package cn.siwei.people;

import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.HtmlUtils;

import cn.siwei.access.Actor;
import cn.siwei.access.CurrentActor;
import cn.siwei.platform.Flash;
import cn.siwei.platform.RevealFragment;
import cn.siwei.region.Regions;

/**
 * Pages to list, search, create, edit and deactivate people, and to reveal one personal value.
 */
@Controller
@RequestMapping("/people")
class PeopleController {

	private final People people;

	private final Pairings pairings;

	private final Regions regions;

	private final MessageSource messages;

	private final Flash flash;

	PeopleController(People people, Pairings pairings, Regions regions, MessageSource messages, Flash flash) {
		this.people = people;
		this.pairings = pairings;
		this.regions = regions;
		this.messages = messages;
		this.flash = flash;
	}

	@GetMapping
	String list(@RequestParam(defaultValue = "") String q, @RequestParam(required = false) CareTag tag,
			@RequestParam(required = false) Long region, @RequestParam(defaultValue = "false") boolean inactive,
			@RequestParam(defaultValue = "0") int page, Model model) {
		Actor actor = CurrentActor.get();
		model.addAttribute("people", this.people.list(actor, q, tag, region, inactive, page, 20));
		model.addAttribute("q", q);
		model.addAttribute("tag", tag);
		model.addAttribute("region", region);
		model.addAttribute("inactive", inactive);
		model.addAttribute("careTags", CareTag.values());
		return "people/list";
	}

	/** Matches for the person picker: the first people of the actor's scope whose name contains the text. */
	@GetMapping("/picker")
	String picker(@RequestParam(defaultValue = "") String q, @RequestParam String field, Model model) {
		model.addAttribute("matches", q.isBlank() ? List.of()
				: this.people.list(CurrentActor.get(), q, null, null, false, 0, 8).items());
		model.addAttribute("field", field.replaceAll("[^A-Za-z]", ""));
		model.addAttribute("q", q);
		return "people/picker :: results";
	}

	@GetMapping("/{id:\\d+}")
	String detail(@PathVariable long id, Model model) {
		Actor actor = CurrentActor.get();
		model.addAttribute("person", this.people.view(actor, id));
		model.addAttribute("pairings", this.pairings.of(actor, id));
		return "people/detail";
	}

	/** Returns one full personal value as an HTML fragment for htmx; the reveal is audited. */
	@PostMapping("/{id}/reveal")
	@ResponseBody
	ResponseEntity<String> reveal(@PathVariable long id, @RequestParam People.PersonalField field,
			@RequestParam(required = false) String reason,
			@RequestHeader(name = "HX-Prompt", required = false) String prompted,
			Locale locale) {
		return RevealFragment.of(this.messages, locale,
				() -> this.people.reveal(CurrentActor.get(), id, field, reason != null ? reason : prompted));
	}

	@GetMapping("/new")
	String newPerson(@RequestParam(required = false) Long region, Model model) {
		PersonForm form = new PersonForm();
		form.setRegionId(region);
		return form(model, form, null);
	}

	@PostMapping
	String create(@ModelAttribute("form") PersonForm form, BindingResult result, Model model,
			RedirectAttributes redirect, Locale locale) {
		return this.flash.save(result, redirect, locale,
				() -> "redirect:/people/" + this.people.create(CurrentActor.get(), form), () -> form(model, form, null));
	}

	@GetMapping("/{id}/edit")
	String edit(@PathVariable long id, Model model) {
		return form(model, this.people.form(CurrentActor.get(), id), id);
	}

	@PostMapping("/{id}")
	String update(@PathVariable long id, @ModelAttribute("form") PersonForm form, BindingResult result, Model model,
			RedirectAttributes redirect, Locale locale) {
		return this.flash.save(result, redirect, locale, () -> {
			this.people.update(CurrentActor.get(), id, form);
			return "redirect:/people/" + id;
		}, () -> form(model, form, id));
	}

	@PostMapping("/{id}/deactivate")
	String deactivate(@PathVariable long id, @RequestParam(defaultValue = "") String reason,
			RedirectAttributes redirect, Locale locale) {
		this.flash.run(redirect, locale, "flash.deactivated",
				() -> this.people.setActive(CurrentActor.get(), id, false, reason));
		return "redirect:/people/" + id;
	}

	@PostMapping("/{id}/reactivate")
	String reactivate(@PathVariable long id, RedirectAttributes redirect, Locale locale) {
		this.flash.run(redirect, locale, "flash.reactivated",
				() -> this.people.setActive(CurrentActor.get(), id, true, null));
		return "redirect:/people/" + id;
	}

	@PostMapping("/{id}/pairings")
	String pair(@PathVariable long id, @RequestParam(required = false) Long helperId,
			@RequestParam(defaultValue = "") String note, RedirectAttributes redirect, Locale locale) {
		this.flash.run(redirect, locale, "flash.saved", () -> this.pairings.pair(CurrentActor.get(), helperId, id, note));
		return "redirect:/people/" + id;
	}

	@PostMapping("/{id}/pairings/{pairingId}/end")
	String unpair(@PathVariable long id, @PathVariable long pairingId, @RequestParam(defaultValue = "") String reason,
			RedirectAttributes redirect, Locale locale) {
		this.pairings.end(CurrentActor.get(), pairingId, reason);
		redirect.addFlashAttribute("flash", this.messages.getMessage("flash.deactivated", null, locale));
		return "redirect:/people/" + id;
	}

	private String form(Model model, PersonForm form, Long id) {
		Actor actor = CurrentActor.get();
		model.addAttribute("form", form);
		model.addAttribute("personId", id);
		model.addAttribute("current", id == null ? null : this.people.view(actor, id));
		model.addAttribute("careTags", CareTag.values());
		model.addAttribute("regionOptions", this.regions.tree(actor, 500));
		return "people/form";
	}

}
