package cn.siwei.employment;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import cn.siwei.access.Actor;
import cn.siwei.access.CurrentActor;
import cn.siwei.employment.EmploymentTerms.Hours;
import cn.siwei.employment.EmploymentTerms.Refusal;
import cn.siwei.platform.Flash;
import cn.siwei.platform.QrCodes;

/**
 * The two sides that are not staff: a resident's job search on a phone (register with consent, the vacancies that
 * match with reasons, apply, decline, the fairs with their registration code), and an employer's own vacancies and
 * the applications to them.
 */
@Controller
class EmploymentSelfController {

	private final EmploymentQueries queries;

	private final Seekers seekers;

	private final Applications applications;

	private final Fairs fairs;

	private final Vacancies vacancies;

	private final Flash flash;

	private final org.springframework.context.MessageSource messages;


	EmploymentSelfController(EmploymentQueries queries, Seekers seekers, Applications applications, Fairs fairs,
			Vacancies vacancies, Flash flash, org.springframework.context.MessageSource messages) {
		this.messages = messages;
		this.queries = queries;
		this.seekers = seekers;
		this.applications = applications;
		this.fairs = fairs;
		this.vacancies = vacancies;
		this.flash = flash;
	}

	@GetMapping("/my/jobs")
	String mine(Model model) {
		Actor actor = CurrentActor.get();
		Seeker s = actor.personId() == null ? null : this.seekers.ofPerson(actor.personId()).orElse(null);
		model.addAttribute("s", s == null ? null : Seekers.forReader(actor, s));
		model.addAttribute("hours", Hours.values());
		model.addAttribute("occupations", this.vacancies.occupations());
		if (s != null) {
			model.addAttribute("matches", this.queries.vacanciesFor(actor, s.id(), 10));
			model.addAttribute("applications", this.queries.applicationsOf(actor, s.id()));
			EmploymentQueries.SeekerFairs fairs = this.queries.fairsOf(s);
			model.addAttribute("fairs", fairs.coming());
			model.addAttribute("online", fairs.online());
			model.addAttribute("onlineVacancies", fairs.onlineVacancies());
			model.addAttribute("codes", fairs.codes());
			model.addAttribute("qr", fairs.codes().entrySet().stream()
				.collect(Collectors.toMap(Map.Entry::getKey, e -> QrCodes.svg(e.getValue()))));
		}
		return "employment/mine";
	}

	@PostMapping("/my/jobs")
	String register(@RequestParam(defaultValue = "") String skills, @RequestParam(required = false) List<String> wishes,
			@RequestParam(required = false) Hours hours, @RequestParam(defaultValue = "false") boolean consent,
			RedirectAttributes r, Locale l) {
		if (!consent) {
			r.addFlashAttribute("flashError", this.messages.getMessage("employment.rejected.consentNeeded", null, l));
			return "redirect:/my/jobs";
		}
		this.flash.run(r, l, "employment.seekerRegistered", () -> this.seekers.register(CurrentActor.get(),
				new SeekerForm(null, List.of(skills), wishes, hours, null, null, null)));
		return "redirect:/my/jobs";
	}

	@PostMapping("/my/jobs/apply")
	String apply(@RequestParam(required = false) Long vacancyId, RedirectAttributes r, Locale l) {
		Actor actor = CurrentActor.get();
		Seeker s = actor.personId() == null ? null : this.seekers.ofPerson(actor.personId()).orElse(null);
		if (s == null) {
			return "redirect:/my/jobs";
		}
		this.flash.run(r, l, "employment.applied",
				() -> this.applications.apply(actor, vacancyId == null ? -1 : vacancyId, s.id(), null));
		return "redirect:/my/jobs";
	}

	@PostMapping("/my/jobs/applications/{id}/decline")
	String decline(@PathVariable long id, @RequestParam(defaultValue = "") String note, RedirectAttributes r, Locale l) {
		this.flash.run(r, l, "flash.saved",
				() -> this.applications.refuse(CurrentActor.get(), id, Refusal.SEEKER_DECLINED, note));
		return "redirect:/my/jobs";
	}

	@PostMapping("/my/jobs/fairs/{id}/apply")
	String applyOnline(@PathVariable long id, @RequestParam(required = false) Long vacancyId, RedirectAttributes r,
			Locale l) {
		Actor actor = CurrentActor.get();
		this.fairs.get(actor, id);
		this.flash.run(r, l, "employment.applied",
				() -> this.fairs.applyOnline(actor, id, vacancyId == null ? -1 : vacancyId));
		return "redirect:/my/jobs";
	}

	@PostMapping("/my/jobs/fairs/{id}/register")
	String registerAt(@PathVariable long id, RedirectAttributes r, Locale l) {
		Actor actor = CurrentActor.get();
		this.fairs.get(actor, id);
		Seeker s = actor.personId() == null ? null : this.seekers.ofPerson(actor.personId()).orElse(null);
		if (s == null) {
			return "redirect:/my/jobs";
		}
		this.flash.run(r, l, "employment.registered", () -> this.fairs.register(actor, id, s.id()));
		return "redirect:/my/jobs";
	}

	/** An employer's own vacancies (and the form to open one) and the fairs where it has a booth. */
	@GetMapping("/jobs/employer")
	String employer(Model model) {
		Actor actor = CurrentActor.get();
		long org = actor.organisationId() == null ? -1 : actor.organisationId();
		model.addAttribute("vacancies", this.queries.vacanciesOfEmployer(org));
		model.addAttribute("fairs", this.queries.fairsOfEmployer(org));
		model.addAttribute("occupations", this.vacancies.occupations());
		model.addAttribute("hours", Hours.values());
		return "employment/employer";
	}

}
