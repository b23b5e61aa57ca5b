package cn.siwei.account;

import java.time.Clock;
import java.util.Locale;
import java.util.function.Supplier;

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

import cn.siwei.access.AccessDenied;
import cn.siwei.access.Actor;
import cn.siwei.access.CurrentActor;
import cn.siwei.access.Role;
import cn.siwei.organisation.Organisations;
import cn.siwei.people.People;
import cn.siwei.platform.Flash;
import cn.siwei.platform.Forms;
import cn.siwei.platform.NotFound;
import cn.siwei.platform.Rejected;
import cn.siwei.region.Regions;

/**
 * The administrator's pages for accounts: list, create, edit, reset a password, deactivate.
 */
@Controller
@RequestMapping("/accounts")
class AccountAdminController {

	private final Accounts accounts;

	private final Regions regions;

	private final MessageSource messages;

	private final Flash flash;

	private final Clock clock;

	private final Organisations organisations;

	private final People people;

	AccountAdminController(People people, Organisations organisations, Accounts accounts, Regions regions, MessageSource messages, Clock clock, Flash flash) {
		this.people = people;
		this.organisations = organisations;
		this.accounts = accounts;
		this.regions = regions;
		this.messages = messages;
		this.flash = flash;
		this.clock = clock;
	}

	@GetMapping
	String list(@RequestParam(defaultValue = "") String q, @RequestParam(defaultValue = "0") int page, Model model) {
		model.addAttribute("accounts", this.accounts.list(CurrentActor.get(), q, page, 20));
		model.addAttribute("q", q);
		model.addAttribute("now", this.clock.instant());
		return "account/list";
	}

	@GetMapping("/new")
	String create(Model model) {
		return form(model, new AccountForm(), null);
	}

	@PostMapping
	String create(@ModelAttribute("form") AccountForm form, BindingResult result, Model model,
			RedirectAttributes redirect, Locale locale) {
		try {
			this.accounts.create(CurrentActor.get(), form.toCommand(), form.getPassword());
			redirect.addFlashAttribute("flash", this.messages.getMessage("flash.saved", null, locale));
			return "redirect:/accounts";
		}
		catch (Rejected ex) {
			Forms.apply(ex, result);
			return form(model, form, null);
		}
	}

	@GetMapping("/{id}/edit")
	String edit(@PathVariable long id, Model model) {
		return form(model, AccountForm.of(this.accounts.get(CurrentActor.get(), id)), id);
	}

	@PostMapping("/{id}")
	String update(@PathVariable long id, @ModelAttribute("form") AccountForm form, BindingResult result, Model model,
			RedirectAttributes redirect, Locale locale) {
		try {
			this.accounts.update(CurrentActor.get(), id, form.toCommand());
			redirect.addFlashAttribute("flash", this.messages.getMessage("flash.saved", null, locale));
			return "redirect:/accounts";
		}
		catch (Rejected ex) {
			Forms.apply(ex, result);
			return form(model, form, id);
		}
	}

	@PostMapping("/{id}/password")
	String resetPassword(@PathVariable long id, @RequestParam String password, RedirectAttributes redirect,
			Locale locale) {
		this.flash.run(redirect, locale, "account.passwordReset",
				() -> this.accounts.resetPassword(CurrentActor.get(), id, password));
		return "redirect:/accounts/" + id + "/edit";
	}

	@PostMapping("/{id}/active")
	String setActive(@PathVariable long id, @RequestParam boolean active,
			@RequestParam(defaultValue = "") String reason, RedirectAttributes redirect, Locale locale) {
		this.flash.run(redirect, locale, active ? "flash.reactivated" : "flash.deactivated",
				() -> this.accounts.setActive(CurrentActor.get(), id, active, reason));
		return "redirect:/accounts";
	}

	private String form(Model model, AccountForm form, Long id) {
		Actor actor = CurrentActor.get();
		model.addAttribute("form", form);
		model.addAttribute("accountId", id);
		model.addAttribute("roles", Role.values());
		model.addAttribute("regionOptions", this.regions.tree(actor, 500));
		// the organisation and person already chosen, by name (an id the actor may not see shows as its number)
		model.addAttribute("organisationLabel", form.getOrganisationId() == null ? "" : label(() -> {
			var o = this.organisations.get(actor, form.getOrganisationId());
			return o.name() + " · " + o.regionName();
		}, form.getOrganisationId()));
		model.addAttribute("personLabel", form.getPersonId() == null ? "" : label(() -> {
			var p = this.people.view(actor, form.getPersonId());
			return p.name() + " · " + p.regionName();
		}, form.getPersonId()));
		return "account/form";
	}

	private static String label(Supplier<String> name, long id) {
		try {
			return name.get();
		}
		catch (NotFound | AccessDenied ex) {
			return "#" + id;
		}
	}

}
