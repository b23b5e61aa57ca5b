package cn.siwei.meeting;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import cn.siwei.access.Actor;
import cn.siwei.access.CurrentActor;
import cn.siwei.meeting.MeetingTerms.Kind;
import cn.siwei.meeting.MeetingTerms.Status;
import cn.siwei.organisation.Organisations;
import cn.siwei.platform.Bindings;
import cn.siwei.platform.Flash;
import cn.siwei.platform.QrCodes;
import cn.siwei.platform.Rejected;
import cn.siwei.region.Regions;

/**
 * The meeting pages: the list, convening, the meeting itself (open, sign in, decide, close), its QR code, the
 * attendee's sign-in on a phone, and the decisions tracked to done.
 */
@Controller
class MeetingController {

	private final Meetings meetings;

	private final MeetingQueries queries;

	private final Regions regions;

	private final Organisations organisations;

	private final Flash flash;

	private final OwnersVotes votes;

	private final MessageSource messages;

	private final Bindings bindings;

	MeetingController(Meetings meetings, MeetingQueries queries, Regions regions, Organisations organisations,
			Flash flash, MessageSource messages, OwnersVotes votes, Bindings bindings) {
		this.bindings = bindings;
		this.votes = votes;
		this.meetings = meetings;
		this.queries = queries;
		this.regions = regions;
		this.organisations = organisations;
		this.flash = flash;
		this.messages = messages;
	}

	@GetMapping("/meetings")
	String list(@RequestParam(required = false) Long region, @RequestParam(required = false) Kind kind,
			@RequestParam(required = false) Status status, @RequestParam(required = false) MeetingFigure.Meetings figure,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(defaultValue = "0") int page, Model model) {
		Actor actor = CurrentActor.get();
		String path = region == null ? null : this.regions.get(actor, region).path();
		var filter = new MeetingQueries.Filter(path, kind, status, figure == null ? null : figure.name(), from, to, false);
		model.addAttribute("meetings", this.queries.list(actor, filter, Math.max(0, page), 20));
		model.addAttribute("zone", this.queries.zone());
		model.addAttribute("kinds", Kind.values());
		model.addAttribute("statuses", Status.values());
		model.addAttribute("kind", kind);
		model.addAttribute("status", status);
		model.addAttribute("figure", figure);
		model.addAttribute("query", "?kind=" + (kind == null ? "" : kind) + "&status=" + (status == null ? "" : status)
				+ (figure == null ? "" : "&figure=" + figure + "&region=" + region + "&from=" + from + "&to=" + to) + "&");
		return "meeting/list";
	}

	@GetMapping("/meetings/new")
	String form(Model model) {
		Actor actor = CurrentActor.get();
		model.addAttribute("form", new MeetingForm(this.regions.home(actor).id(), Kind.SIX_PARTY, null, null,
				this.queries.today().atTime(15, 0), null, 3, null, null));
		return form(actor, model, Map.of());
	}

	private String form(Actor actor, Model model, Map<String, String> errors) {
		model.addAttribute("regionOptions", this.regions.tree(actor, 500));
		model.addAttribute("kinds", Kind.values());
		model.addAttribute("errors", errors);
		return "meeting/form";
	}

	@PostMapping("/meetings")
	String convene(@RequestParam(required = false) Long regionId, @RequestParam(required = false) Kind kind,
			@RequestParam(defaultValue = "") String title, @RequestParam(defaultValue = "") String place,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) LocalDateTime startsAt,
			@RequestParam(defaultValue = "") String convener, @RequestParam(required = false) Integer quorum,
			@RequestParam(defaultValue = "") String parties, @RequestParam(defaultValue = "") String agenda,
			Model model, RedirectAttributes redirect, Locale locale) {
		Actor actor = CurrentActor.get();
		MeetingForm form = new MeetingForm(regionId, kind, title, place, startsAt, convener, quorum, parties, agenda);
		try {
			long id = this.meetings.convene(actor, form);
			redirect.addFlashAttribute("flash", this.messages.getMessage("meeting.convened", null, locale));
			return "redirect:/meetings/" + id;
		}
		catch (Rejected ex) {
			model.addAttribute("form", form);
			return form(actor, model, this.flash.errors(ex, locale));
		}
	}

	@GetMapping("/meetings/{id}")
	String detail(@PathVariable long id, Model model) {
		Actor actor = CurrentActor.get();
		model.addAttribute("d", this.queries.get(actor, id));
		model.addAttribute("allowed", this.queries.allowed(actor, id));
		model.addAttribute("timeline", this.queries.timeline(actor, id));
		model.addAttribute("agendaKinds", this.bindings.pointableKinds());
		model.addAttribute("units", actor.can(MeetingPermissions.CONVENE) ? this.organisations.unitsByPlace(actor)
				: List.of());
		model.addAttribute("now", this.queries.now());
		model.addAttribute("zone", this.queries.zone());
		Meeting.Detail d = (Meeting.Detail) model.getAttribute("d");
		model.addAttribute("register", d.meeting().kind() == Kind.OWNERS_MEETING ? this.votes.register(actor, id) : null);
		model.addAttribute("choices", OwnersVotes.Choice.values());
		model.addAttribute("sources", OwnersVotes.Source.values());
		return "meeting/detail";
	}

	@GetMapping(value = "/meetings/{id}/qr.svg", produces = "image/svg+xml")
	ResponseEntity<String> qr(@PathVariable long id) {
		String code = this.queries.signInCode(CurrentActor.get(), id);
		String url = ServletUriComponentsBuilder.fromCurrentContextPath().path("/meetings/sign-in/{code}")
			.buildAndExpand(code).toUriString();
		return ResponseEntity.ok().contentType(MediaType.valueOf("image/svg+xml")).body(QrCodes.svg(url));
	}

	@PostMapping("/meetings/{id}/agenda")
	String addToAgenda(@PathVariable long id, @RequestParam(defaultValue = "") String kind,
			@RequestParam(required = false) Long recordId, RedirectAttributes redirect, Locale locale) {
		this.flash.run(redirect, locale, "meeting.agendaAdded",
				() -> this.meetings.addToAgenda(CurrentActor.get(), id, kind, recordId));
		return "redirect:/meetings/" + id;
	}

	@PostMapping("/meetings/{id}/open")
	String open(@PathVariable long id, RedirectAttributes redirect, Locale locale) {
		this.flash.run(redirect, locale, "meeting.opened", () -> this.meetings.open(CurrentActor.get(), id));
		return "redirect:/meetings/" + id;
	}

	@PostMapping("/meetings/{id}/sign-in")
	String signIn(@PathVariable long id, @RequestParam(defaultValue = "") String name,
			@RequestParam(defaultValue = "") String party, RedirectAttributes redirect, Locale locale) {
		this.flash.run(redirect, locale, "meeting.signedIn", new Object[] { name },
				() -> this.meetings.signIn(CurrentActor.get(), id, name, party));
		return "redirect:/meetings/" + id + "#attendance";
	}

	@PostMapping("/meetings/{id}/decisions")
	String decide(@PathVariable long id, @RequestParam(defaultValue = "") String text,
			@RequestParam(defaultValue = "") String owner, @RequestParam(required = false) Long organisationId,
			@RequestParam(required = false) Integer workingDays, RedirectAttributes redirect, Locale locale) {
		this.flash.run(redirect, locale, "meeting.decided",
				() -> this.meetings.decide(CurrentActor.get(), id, new DecisionForm(text, owner, organisationId, workingDays)));
		return "redirect:/meetings/" + id + "#decisions";
	}

	@PostMapping("/meetings/{id}/close")
	String close(@PathVariable long id, @RequestParam(defaultValue = "") String minutes, RedirectAttributes redirect,
			Locale locale) {
		this.flash.run(redirect, locale, "meeting.closed", () -> this.meetings.close(CurrentActor.get(), id, minutes));
		return "redirect:/meetings/" + id;
	}

	@PostMapping("/meetings/{id}/cancel")
	String cancel(@PathVariable long id, @RequestParam(defaultValue = "") String reason, RedirectAttributes redirect,
			Locale locale) {
		this.flash.run(redirect, locale, "meeting.cancelled", () -> this.meetings.cancel(CurrentActor.get(), id, reason));
		return "redirect:/meetings/" + id;
	}

	@PostMapping("/meetings/{id}/owners")
	String registerOwners(@PathVariable long id, @RequestParam(defaultValue = "") String units,
			RedirectAttributes redirect, Locale locale) {
		int[] added = new int[1];
		if (this.flash.run(redirect, locale, "flash.saved",
				() -> added[0] = this.votes.registerUnits(CurrentActor.get(), id, units))) {
			redirect.addFlashAttribute("flash", this.messages.getMessage("meeting.unitsAdded", new Object[] { added[0] }, locale));
		}
		return "redirect:/meetings/" + id + "#owners";
	}

	@PostMapping("/meetings/{id}/matters")
	String addMatter(@PathVariable long id, @RequestParam(defaultValue = "") String title,
			@RequestParam(defaultValue = "false") boolean major, RedirectAttributes redirect, Locale locale) {
		this.flash.run(redirect, locale, "flash.saved", () -> this.votes.addMatter(CurrentActor.get(), id, title, major));
		return "redirect:/meetings/" + id + "#owners";
	}

	@PostMapping("/meetings/matters/{matterId}/votes")
	String vote(@PathVariable long matterId, @RequestParam long meeting, @RequestParam(required = false) Long unitId,
			@RequestParam(required = false) OwnersVotes.Choice choice, @RequestParam(required = false) OwnersVotes.Source source,
			RedirectAttributes redirect, Locale locale) {
		this.flash.run(redirect, locale, "meeting.voted",
				() -> this.votes.vote(CurrentActor.get(), matterId, unitId, choice, source));
		return "redirect:/meetings/" + meeting + "#matter-" + matterId;
	}

	@PostMapping("/meetings/matters/{matterId}/decide")
	String decideMatter(@PathVariable long matterId, @RequestParam long meeting, RedirectAttributes redirect,
			Locale locale) {
		this.flash.run(redirect, locale, "meeting.counted", () -> this.votes.decide(CurrentActor.get(), matterId));
		return "redirect:/meetings/" + meeting + "#matter-" + matterId;
	}

	@GetMapping("/meetings/sign-in/{code}")
	String signInPage(@PathVariable String code, Model model) {
		model.addAttribute("code", code);
		model.addAttribute("meeting", this.queries.byCode(code));
		return "meeting/sign-in";
	}

	@PostMapping("/meetings/sign-in/{code}")
	String signInByCode(@PathVariable String code, RedirectAttributes redirect, Locale locale) {
		this.flash.run(redirect, locale, "meeting.youSignedIn",
				() -> this.meetings.signInByCode(CurrentActor.get(), code));
		return "redirect:/meetings/sign-in/" + code;
	}

	@GetMapping("/meetings/decisions")
	String decisions(@RequestParam(required = false) Long region, @RequestParam(required = false) Kind kind,
			@RequestParam(required = false) MeetingFigure.Decisions figure,
			@RequestParam(defaultValue = "false") boolean open,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(defaultValue = "0") int page, Model model) {
		Actor actor = CurrentActor.get();
		String path = region == null ? null : this.regions.get(actor, region).path();
		var filter = new MeetingQueries.Filter(path, kind, null, figure == null ? null : figure.name(), from, to, open);
		model.addAttribute("decisions", this.queries.decisions(actor, filter, Math.max(0, page), 20));
		model.addAttribute("figure", figure);
		model.addAttribute("open", open);
		model.addAttribute("now", this.queries.now());
		model.addAttribute("zone", this.queries.zone());
		model.addAttribute("query", "?open=" + open + (figure == null ? "" : "&figure=" + figure + "&region=" + region
				+ "&from=" + from + "&to=" + to) + (kind == null ? "" : "&kind=" + kind) + "&");
		return "meeting/decisions";
	}

	@GetMapping("/meetings/decisions/{id}")
	String decision(@PathVariable long id) {
		return "redirect:/meetings/" + this.queries.meetingOf(CurrentActor.get(), id) + "#decision-" + id;
	}

	@PostMapping("/meetings/decisions/{id}/progress")
	String progress(@PathVariable long id, @RequestParam(defaultValue = "") String note, RedirectAttributes redirect,
			Locale locale) {
		long meeting = this.queries.meetingOf(CurrentActor.get(), id);
		this.flash.run(redirect, locale, "flash.saved", () -> this.meetings.progress(CurrentActor.get(), id, note));
		return "redirect:/meetings/" + meeting + "#decision-" + id;
	}

	@PostMapping("/meetings/decisions/{id}/finish")
	String finish(@PathVariable long id, @RequestParam(defaultValue = "") String note, RedirectAttributes redirect,
			Locale locale) {
		long meeting = this.queries.meetingOf(CurrentActor.get(), id);
		this.flash.run(redirect, locale, "meeting.decisionDone", () -> this.meetings.finish(CurrentActor.get(), id, note));
		return "redirect:/meetings/" + meeting + "#decision-" + id;
	}

}
