package cn.siwei.request;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
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
import cn.siwei.access.Permission;
import cn.siwei.platform.Flash;
import cn.siwei.region.Regions;
import cn.siwei.request.RequestTerms.Channel;
import cn.siwei.request.RequestTerms.Step;
import cn.siwei.request.RequestTerms.Urgency;

/**
 * The settings of the request loop: time limits (street officers), the working-day calendar and reply templates
 * (dictionary keepers), the client systems and their keys (administrators).
 */
@Controller
class RequestSettingsController {

	private final WorkingCalendar calendar;

	private final ApiClients clients;

	private final Regions regions;

	private final Flash flash;

	private final Clock clock;

	private final RequestRules rules;

	private final RequestQueries queries;

	RequestSettingsController(RequestQueries queries, RequestRules rules, WorkingCalendar calendar, ApiClients clients, Regions regions,
			Flash flash, Clock clock) {
		this.queries = queries;
		this.rules = rules;
		this.calendar = calendar;
		this.clients = clients;
		this.regions = regions;
		this.flash = flash;
		this.clock = clock;
	}

	@GetMapping("/requests/settings")
	String settings(@RequestParam(required = false) Integer year, Model model, Locale locale) {
		Actor actor = CurrentActor.get();
		int y = year == null ? LocalDate.now(this.clock).getYear() : year;
		model.addAttribute("limits", this.rules.limits(locale));
		model.addAttribute("categories", this.queries.categories(locale));
		model.addAttribute("steps", Step.values());
		model.addAttribute("urgencies", Urgency.values());
		model.addAttribute("year", y);
		model.addAttribute("versions", this.calendar.versions());
		model.addAttribute("calendarText", this.calendar.text(y));
		model.addAttribute("calendarMonths", this.calendar.months(y));
		model.addAttribute("allTemplates", this.queries.allTemplates(locale));
		model.addAttribute("clients", actor.can(Permission.ACCOUNT_MANAGE) ? this.clients.list(actor) : List.of());
		model.addAttribute("clientChannels", List.of(Channel.HOTLINE_12345, Channel.OPEN311));
		model.addAttribute("home", this.regions.home(actor));
		return "request/settings";
	}

	@PostMapping("/requests/settings/limits")
	String limit(@RequestParam(required = false) Long categoryId, @RequestParam(required = false) Urgency urgency,
			@RequestParam(required = false) Step step, @RequestParam(required = false) Integer workingDays,
			RedirectAttributes redirect, Locale locale) {
		this.flash.run(redirect, locale, "flash.saved",
				() -> this.rules.setLimit(CurrentActor.get(), categoryId, urgency, step, workingDays));
		return "redirect:/requests/settings";
	}

	@PostMapping("/requests/settings/calendar")
	String calendar(@RequestParam int year, @RequestParam(defaultValue = "") String source,
			@RequestParam(defaultValue = "") String days, RedirectAttributes redirect, Locale locale) {
		this.flash.run(redirect, locale, "flash.saved", () -> this.calendar.save(CurrentActor.get(), year, source, days));
		return "redirect:/requests/settings?year=" + year;
	}

	@PostMapping("/requests/settings/templates")
	String template(@RequestParam(required = false) Long categoryId, @RequestParam(defaultValue = "") String title,
			@RequestParam(defaultValue = "") String body, RedirectAttributes redirect, Locale locale) {
		this.flash.run(redirect, locale, "flash.saved",
				() -> this.rules.addTemplate(CurrentActor.get(), categoryId, title, body));
		return "redirect:/requests/settings";
	}

	@PostMapping("/requests/settings/templates/{id}/deactivate")
	String deactivateTemplate(@PathVariable long id, RedirectAttributes redirect, Locale locale) {
		this.flash.run(redirect, locale, "flash.saved", () -> this.rules.deactivateTemplate(CurrentActor.get(), id));
		return "redirect:/requests/settings";
	}

	@PostMapping("/requests/settings/clients")
	String client(@RequestParam(defaultValue = "") String name, @RequestParam(required = false) Long regionId,
			@RequestParam(required = false) Channel channel, RedirectAttributes redirect, Locale locale) {
		String[] key = new String[1];
		if (this.flash.run(redirect, locale, "request.clientKeyOnce",
				() -> key[0] = this.clients.register(CurrentActor.get(), name, regionId, channel, null))) {
			redirect.addFlashAttribute("newKey", key[0]);
		}
		return "redirect:/requests/settings";
	}

	@PostMapping("/requests/settings/clients/{id}/public")
	String clientPublic(@PathVariable long id, @RequestParam(defaultValue = "false") boolean publicRead,
			RedirectAttributes redirect, Locale locale) {
		this.flash.run(redirect, locale, "flash.saved", () -> this.clients.setPublicRead(CurrentActor.get(), id, publicRead));
		return "redirect:/requests/settings";
	}

	@PostMapping("/requests/settings/clients/{id}/deactivate")
	String deactivateClient(@PathVariable long id, RedirectAttributes redirect, Locale locale) {
		this.flash.run(redirect, locale, "flash.saved", () -> this.clients.deactivate(CurrentActor.get(), id));
		return "redirect:/requests/settings";
	}

}
