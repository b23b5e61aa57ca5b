package cn.siwei.roster;

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
import cn.siwei.access.Permission;
import cn.siwei.people.Pairings;
import cn.siwei.people.People;
import cn.siwei.platform.Flash;
import cn.siwei.platform.Rejected;
import cn.siwei.region.Regions;
import cn.siwei.roster.RosterTerms.ActivityKind;
import cn.siwei.roster.RosterTerms.Appointment;
import cn.siwei.roster.RosterTerms.Role;
import cn.siwei.roster.RosterTerms.Status;

/** The rosters' pages: the members, appointing one, a member with what they did, and the activities. */
@Controller
class RosterController {

	private final Rosters rosters;

	private final RosterQueries queries;

	private final Regions regions;

	private final Flash flash;

	private final MessageSource messages;

	private final People people;

	private final Pairings pairings;

	RosterController(Rosters rosters, RosterQueries queries, Regions regions, Flash flash, MessageSource messages,
			People people, Pairings pairings) {
		this.people = people;
		this.pairings = pairings;
		this.rosters = rosters;
		this.queries = queries;
		this.regions = regions;
		this.flash = flash;
		this.messages = messages;
	}

	@GetMapping("/rosters")
	String list(@RequestParam(required = false) Long region, @RequestParam(required = false) Long category,
			@RequestParam(required = false) Status status, @RequestParam(required = false) Appointment appointment,
			@RequestParam(required = false) RosterFigure.Members figure,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(defaultValue = "") String q, @RequestParam(defaultValue = "0") int page, Model model) {
		Actor actor = CurrentActor.get();
		String path = region == null ? null : this.regions.get(actor, region).path();
		var f = new RosterQueries.Filter(path, category, status, appointment, figure, from, to, q.strip());
		model.addAttribute("members", this.queries.members(actor, f, Math.max(0, page), 20));
		model.addAttribute("roles", Role.values());
		model.addAttribute("category", category);
		model.addAttribute("status", status);
		model.addAttribute("statuses", Status.values());
		model.addAttribute("figure", figure);
		model.addAttribute("q", q.strip());
		model.addAttribute("query", "?" + (category == null ? "" : "category=" + category + "&")
				+ (status == null ? "" : "status=" + status + "&") + (appointment == null ? "" : "appointment=" + appointment + "&")
				+ (figure == null ? "" : "figure=" + figure + "&region=" + region + "&from=" + from + "&to=" + to + "&")
				+ (q.isBlank() ? "" : "q=" + UriUtils.encodeQueryParam(q.strip(), "UTF-8") + "&"));
		return "roster/list";
	}

	@GetMapping("/rosters/activities")
	String activities(@RequestParam(required = false) Long region, @RequestParam(required = false) Long category,
			@RequestParam(required = false) ActivityKind kind, @RequestParam(required = false) RosterFigure.Activities figure,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(defaultValue = "0") int page, Model model) {
		Actor actor = CurrentActor.get();
		String path = region == null ? null : this.regions.get(actor, region).path();
		var f = new RosterQueries.ActivityFilter(path, null, category, kind, figure, from, to);
		model.addAttribute("activities", this.queries.activities(actor, f, Math.max(0, page), 20));
		model.addAttribute("figure", figure);
		model.addAttribute("query", "?" + (region == null ? "" : "region=" + region + "&")
				+ (category == null ? "" : "category=" + category + "&") + (kind == null ? "" : "kind=" + kind + "&")
				+ (figure == null ? "" : "figure=" + figure + "&") + (from == null ? "" : "from=" + from + "&")
				+ (to == null ? "" : "to=" + to + "&"));
		return "roster/activities";
	}

	@GetMapping("/rosters/new")
	String form(Model model) {
		Actor actor = CurrentActor.get();
		model.addAttribute("form", new MemberForm(this.regions.home(actor).id(), Role.STEWARD_COMPOUND,
				Appointment.APPOINTED, null, null, null, null));
		return form(actor, model, Map.of());
	}

	private String form(Actor actor, Model model, Map<String, String> errors) {
		model.addAttribute("regionOptions", this.regions.tree(actor, 500));
		model.addAttribute("roles", Role.values());
		model.addAttribute("appointments", Appointment.values());
		model.addAttribute("errors", errors);
		return "roster/form";
	}

	@PostMapping("/rosters")
	String appoint(@RequestParam(required = false) Long regionId, @RequestParam(required = false) Role role,
			@RequestParam(required = false) Appointment appointment, @RequestParam(defaultValue = "") String name,
			@RequestParam(defaultValue = "") String phone, @RequestParam(required = false) Long personId,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate since, Model model,
			RedirectAttributes redirect, Locale locale) {
		Actor actor = CurrentActor.get();
		MemberForm form = new MemberForm(regionId, role, appointment, name, phone, personId, since);
		try {
			long id = this.rosters.appoint(actor, form);
			redirect.addFlashAttribute("flash", this.messages.getMessage("roster.appointed", null, locale));
			return "redirect:/rosters/" + id;
		}
		catch (Rejected ex) {
			model.addAttribute("form", form);
			return form(actor, model, this.flash.errors(ex, locale));
		}
	}

	@GetMapping("/rosters/{id}")
	String detail(@PathVariable long id, @RequestParam(defaultValue = "0") int page, Model model) {
		Actor actor = CurrentActor.get();
		Member m = this.queries.get(actor, id);
		model.addAttribute("m", m);
		// the registered resident they are, and (a capable resident's 1+1) whom they look after
		boolean person = m.personId() != null && actor.can(Permission.PEOPLE_VIEW)
				&& this.people.visible(actor, m.personId());
		model.addAttribute("person", person ? this.people.view(actor, m.personId()) : null);
		model.addAttribute("pairings", person ? this.pairings.of(actor, m.personId()) : List.of());
		model.addAttribute("activities", this.queries.activities(actor,
				new RosterQueries.ActivityFilter(null, id, null, null, null, null, null), Math.max(0, page), 20));
		model.addAttribute("kinds", ActivityKind.values());
		return "roster/detail";
	}

	@PostMapping("/rosters/{id}/activity")
	String activity(@PathVariable long id, @RequestParam(required = false) ActivityKind kind,
			@RequestParam(defaultValue = "") String note, @RequestParam(required = false) Integer served,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day,
			RedirectAttributes r, Locale l) {
		this.flash.run(r, l, "flash.saved", () -> this.rosters.record(CurrentActor.get(), id, kind, note, served, day));
		return "redirect:/rosters/" + id;
	}

	@PostMapping("/rosters/{id}/end")
	String end(@PathVariable long id, @RequestParam(defaultValue = "") String reason, RedirectAttributes r, Locale l) {
		this.flash.run(r, l, "flash.saved", () -> this.rosters.end(CurrentActor.get(), id, reason));
		return "redirect:/rosters/" + id;
	}

}
