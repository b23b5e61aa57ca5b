package cn.siwei.employment;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

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
import cn.siwei.employment.ApplicationLoop.Act;
import cn.siwei.employment.EmploymentFigure.Kind;
import cn.siwei.employment.EmploymentTerms.Care;
import cn.siwei.employment.EmploymentTerms.Check;
import cn.siwei.employment.EmploymentTerms.Consent;
import cn.siwei.employment.EmploymentTerms.FairKind;
import cn.siwei.employment.EmploymentTerms.Hours;
import cn.siwei.employment.EmploymentTerms.Refusal;
import cn.siwei.platform.Flash;
import cn.siwei.region.Regions;

/**
 * Employment's pages for staff (and, on the records they are party to, employers): the lists with their forms —
 * fairs, vacancies, seekers, applications, placements — and a fair, a vacancy, a seeker and an application with
 * their acts.
 */
@Controller
class EmploymentController {

	private final EmploymentQueries queries;

	private final Vacancies vacancies;

	private final Seekers seekers;

	private final Applications applications;

	private final Placements placements;

	private final Fairs fairs;

	private final Trainings trainings;

	private final Regions regions;

	private final Flash flash;

	EmploymentController(EmploymentQueries queries, Vacancies vacancies, Seekers seekers, Applications applications,
			Placements placements, Fairs fairs, Trainings trainings, Regions regions, Flash flash) {
		this.trainings = trainings;
		this.queries = queries;
		this.vacancies = vacancies;
		this.seekers = seekers;
		this.applications = applications;
		this.placements = placements;
		this.fairs = fairs;
		this.regions = regions;
		this.flash = flash;
	}

	@GetMapping("/jobs")
	String home() {
		return "redirect:/jobs/fairs";
	}

	private String list(Kind kind, ListParams p, Model model) {
		Actor actor = CurrentActor.get();
		String path = p.region() == null ? null : this.regions.get(actor, p.region()).path();
		String text = p.text();
		model.addAttribute("rows", this.queries.list(actor, kind, new EmploymentQueries.Filter(path, p.figure(),
				p.category(), p.channel(), p.statusOrNull(), p.from(), p.to(), text), p.pageOrFirst(), 20));
		model.addAttribute("kind", kind);
		model.addAttribute("figure", p.figure() != null && p.figure().kind() == kind ? p.figure() : null);
		model.addAttribute("q", text);
		model.addAttribute("query", "?q=" + UriUtils.encodeQueryParam(text, "UTF-8")
				+ (p.region() == null ? "" : "&region=" + p.region()) + (p.figure() == null ? "" : "&figure=" + p.figure())
				+ (p.category() == null ? "" : "&category=" + p.category())
				+ (p.channel() == null ? "" : "&" + kind.channelParam() + "=" + UriUtils.encodeQueryParam(p.channel(), "UTF-8"))
				+ (p.statusOrNull() == null ? "" : "&status=" + UriUtils.encodeQueryParam(p.statusOrNull(), "UTF-8"))
				+ (p.from() == null ? "" : "&from=" + p.from()) + (p.to() == null ? "" : "&to=" + p.to()) + "&");
		model.addAttribute("checksDue", kind == Kind.PLACEMENT ? this.queries.checksDue(actor) : 0);
		if (actor.can(EmploymentPermissions.HANDLE)) {
			model.addAttribute("regionOptions", this.regions.tree(actor, 500));
			model.addAttribute("employers", this.queries.employers(actor));
			model.addAttribute("occupations", this.vacancies.occupations());
		}
		model.addAttribute("hours", Hours.values());
		model.addAttribute("cares", Care.values());
		model.addAttribute("fairKinds", FairKind.values());
		model.addAttribute("trainingKinds", EmploymentTerms.TrainingKind.values());
		model.addAttribute("home", this.regions.home(actor).id());
		return "employment/list";
	}

	@GetMapping("/jobs/fairs")
	String fairs(ListParams p, Model model) {
		return list(Kind.FAIR, p, model);
	}

	@GetMapping("/jobs/vacancies")
	String vacancies(ListParams p, Model model) {
		return list(Kind.VACANCY, p, model);
	}

	@GetMapping("/jobs/seekers")
	String seekers(ListParams p, Model model) {
		return list(Kind.SEEKER, p, model);
	}

	@GetMapping("/jobs/applications")
	String applications(ListParams p, Model model) {
		return list(Kind.APPLICATION, p, model);
	}

	@GetMapping("/jobs/placements")
	String placements(ListParams p, Model model) {
		return list(Kind.PLACEMENT, p, model);
	}

	@GetMapping("/jobs/trainings")
	String trainings(ListParams p, Model model) {
		return list(Kind.TRAINING, p, model);
	}

	@GetMapping("/jobs/enrolments")
	String enrolments(ListParams p, Model model) {
		return list(Kind.ENROLMENT, p, model);
	}

	// --- trainings ---

	@PostMapping("/jobs/trainings")
	String planTraining(@RequestParam(required = false) Long regionId, @RequestParam(defaultValue = "") String title,
			@RequestParam(required = false) EmploymentTerms.TrainingKind kind, @RequestParam(required = false) Long employerId,
			@RequestParam(defaultValue = "") String occupation, @RequestParam(required = false) Integer capacity,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate startsOn,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate endsOn,
			@RequestParam(defaultValue = "") String place, RedirectAttributes r, Locale l) {
		long[] id = { 0 };
		boolean ok = this.flash.run(r, l, "employment.trainingPlanned", () -> id[0] = this.trainings.plan(
				CurrentActor.get(), regionId, title, kind, employerId, occupation, capacity, startsOn, endsOn, place));
		return ok ? "redirect:/jobs/trainings/" + id[0] : "redirect:/jobs/trainings";
	}

	@GetMapping("/jobs/trainings/{id}")
	String training(@PathVariable long id, Model model) {
		Actor actor = CurrentActor.get();
		model.addAttribute("t", this.trainings.get(actor, id));
		model.addAttribute("enrolments", this.trainings.enrolments(actor, id));
		model.addAttribute("sessions", this.trainings.sessions(actor, id));
		model.addAttribute("seekers", actor.can(EmploymentPermissions.HANDLE) ? this.queries.list(actor, Kind.SEEKER,
				new EmploymentQueries.Filter(null, null, null, null, "ACTIVE", null, null, null), 0, 200).items()
				: List.of());
		model.addAttribute("now", LocalDateTime.now(this.queries.clock()).withSecond(0).withNano(0));
		return "employment/training";
	}

	@PostMapping("/jobs/trainings/{id}/enrolments")
	String enrol(@PathVariable long id, @RequestParam(required = false) Long seekerId, RedirectAttributes r, Locale l) {
		this.flash.run(r, l, "employment.enrolled",
				() -> this.trainings.enrol(CurrentActor.get(), id, seekerId == null ? -1 : seekerId));
		return "redirect:/jobs/trainings/" + id;
	}

	@PostMapping("/jobs/trainings/{id}/sessions")
	String session(@PathVariable long id,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) LocalDateTime heldAt,
			@RequestParam(defaultValue = "") String topic, @RequestParam(required = false) Set<Long> present,
			RedirectAttributes r, Locale l) {
		this.flash.run(r, l, "employment.sessionRecorded",
				() -> this.trainings.session(CurrentActor.get(), id, heldAt, topic, present));
		return "redirect:/jobs/trainings/" + id;
	}

	@PostMapping("/jobs/trainings/{id}/finish")
	String finishTraining(@PathVariable long id, RedirectAttributes r, Locale l) {
		this.flash.run(r, l, "flash.saved", () -> this.trainings.finish(CurrentActor.get(), id));
		return "redirect:/jobs/trainings/" + id;
	}

	@PostMapping("/jobs/enrolments/{id}/complete")
	String complete(@PathVariable long id, @RequestParam(required = false) Long trainingId, RedirectAttributes r,
			Locale l) {
		this.flash.run(r, l, "employment.completed", () -> this.trainings.complete(CurrentActor.get(), id));
		return "redirect:/jobs/trainings/" + (trainingId == null ? 0 : trainingId);
	}

	@PostMapping("/jobs/enrolments/{id}/drop")
	String dropEnrolment(@PathVariable long id, @RequestParam(required = false) Long trainingId, RedirectAttributes r,
			Locale l) {
		this.flash.run(r, l, "flash.saved", () -> this.trainings.drop(CurrentActor.get(), id));
		return "redirect:/jobs/trainings/" + (trainingId == null ? 0 : trainingId);
	}

	// --- vacancies ---

	@PostMapping("/jobs/vacancies")
	String openVacancy(@RequestParam(required = false) Long employerId, @RequestParam(required = false) Long regionId,
			@RequestParam(defaultValue = "") String occupation, @RequestParam(defaultValue = "") String title,
			@RequestParam(required = false) Integer payMin, @RequestParam(required = false) Integer payMax,
			@RequestParam(required = false) Hours hours, @RequestParam(defaultValue = "") String skills,
			@RequestParam(required = false) Integer places, @RequestParam(defaultValue = "") String description,
			@RequestParam(defaultValue = "/jobs/vacancies") String back, RedirectAttributes r, Locale l) {
		long[] id = { 0 };
		boolean ok = this.flash.run(r, l, "employment.vacancyOpened", () -> id[0] = this.vacancies.open(CurrentActor.get(),
				new VacancyForm(employerId, regionId, occupation, title, payMin, payMax, hours, List.of(skills), places,
						description)));
		return ok ? "redirect:/jobs/vacancies/" + id[0] : "redirect:" + safe(back);
	}

	/** Only a path of this site, as a form's way back. */
	static String safe(String back) {
		return back != null && back.matches("/[A-Za-z0-9/_-]{0,100}") ? back : "/";
	}

	@GetMapping("/jobs/vacancies/{id}")
	String vacancy(@PathVariable long id, Model model) {
		Actor actor = CurrentActor.get();
		Vacancy v = this.vacancies.get(actor, id);
		model.addAttribute("v", v);
		boolean party = actor.can(EmploymentPermissions.HANDLE) && actor.scope().covers(v.regionPath())
				|| Vacancies.ownEmployer(actor, v.employerId());
		model.addAttribute("party", party);
		model.addAttribute("candidates", party ? this.queries.candidates(actor, id, 20) : List.of());
		model.addAttribute("applications", party ? this.queries.applicationsTo(actor, id) : List.of());
		return "employment/vacancy";
	}

	@PostMapping("/jobs/vacancies/{id}/close")
	String closeVacancy(@PathVariable long id, @RequestParam(defaultValue = "") String reason, RedirectAttributes r,
			Locale l) {
		this.flash.run(r, l, "flash.saved", () -> this.vacancies.close(CurrentActor.get(), id, reason));
		return "redirect:/jobs/vacancies/" + id;
	}

	/** Staff refer, or the employer invites, a matched seeker. */
	@PostMapping("/jobs/vacancies/{id}/applications")
	String refer(@PathVariable long id, @RequestParam(required = false) Long seekerId, RedirectAttributes r, Locale l) {
		this.flash.run(r, l, "employment.applied",
				() -> this.applications.apply(CurrentActor.get(), id, seekerId == null ? -1 : seekerId, null));
		return "redirect:/jobs/vacancies/" + id;
	}

	// --- seekers ---

	@PostMapping("/jobs/seekers")
	String register(@RequestParam(required = false) Long personId, @RequestParam(defaultValue = "") String skills,
			@RequestParam(required = false) List<String> wishes, @RequestParam(required = false) Hours hours,
			@RequestParam(required = false) Set<Care> care,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate availableFrom,
			@RequestParam(defaultValue = "false") boolean consent, RedirectAttributes r, Locale l) {
		long[] id = { 0 };
		boolean ok = this.flash.run(r, l, "employment.seekerRegistered",
				() -> id[0] = this.seekers.register(CurrentActor.get(), new SeekerForm(personId == null ? -1L : personId,
						List.of(skills), wishes, hours, care == null ? EnumSet.noneOf(Care.class) : care, availableFrom,
						consent ? Consent.PAPER : Consent.NONE)));
		return ok ? "redirect:/jobs/seekers/" + id[0] : "redirect:/jobs/seekers";
	}

	@GetMapping("/jobs/seekers/{id}")
	String seeker(@PathVariable long id, Model model) {
		Actor actor = CurrentActor.get();
		Seeker s = this.seekers.get(actor, id);
		model.addAttribute("s", s);
		boolean staff = actor.can(EmploymentPermissions.VIEW) && actor.scope().covers(s.regionPath());
		model.addAttribute("staff", staff);
		model.addAttribute("matches", staff ? this.queries.vacanciesFor(actor, id, 20) : List.of());
		model.addAttribute("applications", this.queries.applicationsOf(actor, id));
		return "employment/seeker";
	}

	@PostMapping("/jobs/seekers/{id}/consent")
	String consent(@PathVariable long id, RedirectAttributes r, Locale l) {
		this.flash.run(r, l, "employment.consented", () -> this.seekers.consent(CurrentActor.get(), id));
		return "redirect:/jobs/seekers/" + id;
	}

	/** Staff refer a seeker to a matched vacancy. */
	@PostMapping("/jobs/seekers/{id}/applications")
	String referTo(@PathVariable long id, @RequestParam(required = false) Long vacancyId, RedirectAttributes r, Locale l) {
		this.flash.run(r, l, "employment.applied",
				() -> this.applications.apply(CurrentActor.get(), vacancyId == null ? -1 : vacancyId, id, null));
		return "redirect:/jobs/seekers/" + id;
	}

	// --- applications ---

	@GetMapping("/jobs/applications/{id}")
	String application(@PathVariable long id, Model model) {
		Actor actor = CurrentActor.get();
		Application a = this.applications.get(actor, id);
		model.addAttribute("a", a);
		model.addAttribute("allowed", this.applications.allowed(actor, id));
		model.addAttribute("timeline", this.applications.timeline(actor, id));
		model.addAttribute("refusals", Refusal.values());
		model.addAttribute("placement", this.queries.placementOf(id).orElse(null));
		model.addAttribute("checks", Check.values());
		model.addAttribute("today", this.queries.today());
		return "employment/application";
	}

	@PostMapping("/jobs/applications/{id}/advance")
	String advance(@PathVariable long id, @RequestParam(required = false) Act act,
			@RequestParam(defaultValue = "") String note, RedirectAttributes r, Locale l) {
		this.flash.run(r, l, "flash.saved", () -> this.applications.advance(CurrentActor.get(), id, act, note));
		return "redirect:/jobs/applications/" + id;
	}

	@PostMapping("/jobs/applications/{id}/refuse")
	String refuse(@PathVariable long id, @RequestParam(required = false) Refusal reason,
			@RequestParam(defaultValue = "") String note, RedirectAttributes r, Locale l) {
		this.flash.run(r, l, "flash.saved", () -> this.applications.refuse(CurrentActor.get(), id, reason, note));
		return "redirect:/jobs/applications/" + id;
	}

	@PostMapping("/jobs/applications/{id}/reopen")
	String reopen(@PathVariable long id, @RequestParam(defaultValue = "") String reason, RedirectAttributes r,
			Locale l) {
		this.flash.run(r, l, "flash.saved", () -> this.applications.reopen(CurrentActor.get(), id, reason));
		return "redirect:/jobs/applications/" + id;
	}

	@PostMapping("/jobs/applications/{id}/hire")
	String hire(@PathVariable long id,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate hiredOn,
			RedirectAttributes r, Locale l) {
		this.flash.run(r, l, "employment.hired", () -> this.applications.hire(CurrentActor.get(), id, hiredOn));
		return "redirect:/jobs/applications/" + id;
	}

	@PostMapping("/jobs/placements/{id}/check")
	String check(@PathVariable long id, @RequestParam(required = false) Integer days,
			@RequestParam(required = false) Check outcome, RedirectAttributes r, Locale l) {
		Actor actor = CurrentActor.get();
		Placement p = this.placements.get(actor, id);
		this.flash.run(r, l, "employment.checked",
				() -> this.placements.check(actor, id, days == null ? 0 : days, outcome));
		return "redirect:/jobs/applications/" + p.applicationId();
	}

	// --- fairs ---

	@PostMapping("/jobs/fairs")
	String plan(@RequestParam(required = false) Long regionId, @RequestParam(defaultValue = "") String title,
			@RequestParam(required = false) FairKind kind, @RequestParam(defaultValue = "") String place,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) LocalDateTime startsAt,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) LocalDateTime endsAt,
			RedirectAttributes r, Locale l) {
		long[] id = { 0 };
		boolean ok = this.flash.run(r, l, "employment.fairPlanned", () -> id[0] = this.fairs.plan(CurrentActor.get(),
				new FairForm(regionId, title, kind, place, startsAt, endsAt)));
		return ok ? "redirect:/jobs/fairs/" + id[0] : "redirect:/jobs/fairs";
	}

	@GetMapping("/jobs/fairs/{id}")
	String fair(@PathVariable long id, Model model) {
		Actor actor = CurrentActor.get();
		Fair f = this.fairs.get(actor, id);
		model.addAttribute("f", f);
		boolean staff = actor.can(EmploymentPermissions.HANDLE) && actor.scope().covers(f.regionPath());
		model.addAttribute("staff", staff);
		model.addAttribute("booths", this.queries.booths(actor, id));
		model.addAttribute("registrations", this.queries.registrations(actor, id));
		model.addAttribute("employers", staff ? this.queries.employers(actor) : List.of());
		model.addAttribute("open", staff ? this.queries.list(actor, Kind.VACANCY, new EmploymentQueries.Filter(null,
				null, null, null, "OPEN", null, null, null), 0, 100).items() : List.of());
		model.addAttribute("seekers", staff ? this.queries.list(actor, Kind.SEEKER, new EmploymentQueries.Filter(null,
				EmploymentFigure.SEEKERS_CONSENTED, null, null, "ACTIVE", null, null, null), 0, 200).items() : List.of());
		return "employment/fair";
	}

	private String fairRun(long id, String key, RedirectAttributes r, Locale l, Runnable act) {
		this.flash.run(r, l, key, act);
		return "redirect:/jobs/fairs/" + id;
	}

	@PostMapping("/jobs/fairs/{id}/booths")
	String booth(@PathVariable long id, @RequestParam(required = false) Long employerId, RedirectAttributes r, Locale l) {
		return fairRun(id, "flash.saved", r, l, () -> this.fairs.booth(CurrentActor.get(), id, employerId));
	}

	@PostMapping("/jobs/fairs/{id}/vacancies")
	String offer(@PathVariable long id, @RequestParam(required = false) Long vacancyId, RedirectAttributes r, Locale l) {
		return fairRun(id, "flash.saved", r, l,
				() -> this.fairs.offer(CurrentActor.get(), id, vacancyId == null ? -1 : vacancyId));
	}

	@PostMapping("/jobs/fairs/{id}/registrations")
	String registerAt(@PathVariable long id, @RequestParam(required = false) Long seekerId, RedirectAttributes r,
			Locale l) {
		return fairRun(id, "employment.registered", r, l,
				() -> this.fairs.register(CurrentActor.get(), id, seekerId == null ? -1 : seekerId));
	}

	@PostMapping("/jobs/fairs/{id}/check-in")
	String checkIn(@PathVariable long id, @RequestParam(defaultValue = "") String token, RedirectAttributes r,
			Locale l) {
		return fairRun(id, "employment.checkedIn", r, l, () -> this.fairs.checkIn(CurrentActor.get(), id, token));
	}

	@PostMapping("/jobs/fairs/{id}/close")
	String close(@PathVariable long id, RedirectAttributes r, Locale l) {
		return fairRun(id, "employment.fairHeld", r, l, () -> this.fairs.close(CurrentActor.get(), id));
	}

	@PostMapping("/jobs/fairs/{id}/queue")
	String queue(@PathVariable long id, @RequestParam(required = false) Long boothId,
			@RequestParam(required = false) Long registrationId, RedirectAttributes r, Locale l) {
		return fairRun(id, "employment.queued", r, l, () -> this.fairs.queue(CurrentActor.get(), id,
				boothId == null ? -1 : boothId, registrationId == null ? -1 : registrationId));
	}

	@PostMapping("/jobs/booths/{id}/call")
	String call(@PathVariable long id, @RequestParam(required = false) Long fairId, RedirectAttributes r, Locale l) {
		this.flash.run(r, l, "employment.called", () -> this.fairs.callNext(CurrentActor.get(), id));
		return "redirect:/jobs/fairs/" + (fairId == null ? 0 : fairId) + "#booth-" + id;
	}

	@PostMapping("/jobs/queue/{id}/seen")
	String seen(@PathVariable long id, @RequestParam(required = false) Long vacancyId,
			@RequestParam(required = false) Long fairId, RedirectAttributes r, Locale l) {
		this.flash.run(r, l, vacancyId == null ? "employment.seen" : "employment.intent",
				() -> this.fairs.seen(CurrentActor.get(), id, vacancyId));
		return "redirect:/jobs/fairs/" + (fairId == null ? 0 : fairId);
	}

}
