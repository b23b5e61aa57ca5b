package cn.siwei.request;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import cn.siwei.access.Actor;
import cn.siwei.access.CurrentActor;
import cn.siwei.access.Permission;
import cn.siwei.organisation.Organisations;
import cn.siwei.organisation.Teams;
import cn.siwei.platform.Flash;
import cn.siwei.platform.Forms;
import cn.siwei.platform.Photos;
import cn.siwei.platform.Rejected;
import cn.siwei.platform.RevealFragment;
import cn.siwei.platform.Satisfaction;
import cn.siwei.region.Region;
import cn.siwei.region.Regions;
import cn.siwei.request.RequestTerms.Channel;
import cn.siwei.request.RequestTerms.EvaluationMethod;
import cn.siwei.request.RequestTerms.Status;
import cn.siwei.request.RequestTerms.Urgency;

/**
 * Pages of the request loop: the ledger, recording, a resident's own requests, a request with its timeline and
 * the acts its state allows, a unit's work list, the supervision list, the figures and the units' monthly summary.
 */
@Controller
class RequestController {

	private final Requests requests;

	private final RequestFigures figures;

	private final Regions regions;

	private final Organisations organisations;

	private final Teams teams;

	private final Flash flash;

	private final MessageSource messages;

	private final Clock clock;

	private final RequestPhotos photos;

	private final RequestRecording recording;

	private final RequestQueries queries;

	private final RequestWork work;

	private final RequestFollowUp followUp;

	private final RequestExport export;

	private final RequestContacts contacts;

	RequestController(RequestContacts contacts, RequestExport export, RequestFollowUp followUp, RequestWork work, RequestQueries queries, RequestRecording recording, Requests requests, RequestFigures figures, Regions regions, Organisations organisations,
			Teams teams, Flash flash, MessageSource messages, Clock clock, RequestPhotos photos) {
		this.contacts = contacts;
		this.export = export;
		this.followUp = followUp;
		this.work = work;
		this.queries = queries;
		this.recording = recording;
		this.photos = photos;
		this.requests = requests;
		this.figures = figures;
		this.regions = regions;
		this.organisations = organisations;
		this.teams = teams;
		this.flash = flash;
		this.messages = messages;
		this.clock = clock;
	}

	/**
	 * The ledger's fields, as its form, its pager and its export link send them.
	 *
	 * @param escalated only those escalated to the street (absent: all)
	 * @param overdue only those with a step past its limit (absent: all)
	 */
	record LedgerQuery(Status status, Long category, Channel channel, Urgency urgency, Boolean escalated,
			Boolean overdue, RequestFigure figure, Long region, Long unit, String q,
			@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {

		boolean escalatedOnly() {
			return Boolean.TRUE.equals(this.escalated);
		}

		boolean overdueOnly() {
			return Boolean.TRUE.equals(this.overdue);
		}

		/** The fields as the page shows them back (empty for unset) and as links repeat them. */
		Map<String, Object> shown() {
			Map<String, Object> f = new LinkedHashMap<>();
			f.put("status", this.status == null ? "" : this.status);
			f.put("category", this.category == null ? "" : this.category);
			f.put("channel", this.channel == null ? "" : this.channel);
			f.put("urgency", this.urgency == null ? "" : this.urgency);
			f.put("escalated", escalatedOnly());
			f.put("overdue", overdueOnly());
			f.put("figure", this.figure == null ? "" : this.figure);
			f.put("region", this.region == null ? "" : this.region);
			f.put("unit", this.unit == null ? "" : this.unit);
			f.put("q", this.q == null ? "" : this.q);
			f.put("from", this.from == null ? "" : this.from);
			f.put("to", this.to == null ? "" : this.to);
			return f;
		}

	}

	@GetMapping("/requests")
	String ledger(LedgerQuery lq, @RequestParam(defaultValue = "0") int page, Model model, Locale locale) {
		Actor actor = CurrentActor.get();
		String regionPath = lq.region() == null ? null : this.regions.get(actor, lq.region()).path();
		var requests = this.queries.ledger(actor, regionPath, filter(lq), locale, page, 20);
		model.addAttribute("requests", requests);
		model.addAttribute("places", this.regions.places(requests.items().stream().map(Request::regionPath).toList()));
		model.addAttribute("categories", this.queries.categories(locale));
		model.addAttribute("statuses", Status.values());
		model.addAttribute("channels", Channel.values());
		Map<String, Object> f = lq.shown();
		model.addAttribute("f", f);
		model.addAttribute("query", query(f));
		model.addAttribute("now", this.clock.instant());
		return "request/ledger";
	}

	/** The filtered ledger as an .xlsx sheet: every matching request, with a title line naming the filters. */
	@GetMapping("/requests/export.xlsx")
	void export(LedgerQuery lq, Locale locale, HttpServletResponse response) throws IOException {
		Actor actor = CurrentActor.get();
		actor.require(RequestPermissions.VIEW);
		var node = lq.region() == null ? this.regions.home(actor) : this.regions.get(actor, lq.region());
		sheet(response, "requests");
		this.export.ledger(actor, lq.region() == null ? null : node.path(), node.name(), filter(lq), locale,
				response.getOutputStream());
	}

	/** 督办清单 as an .xlsx sheet: every late or soon-due step of the actor's region. */
	@GetMapping("/requests/supervision.xlsx")
	void exportSupervision(Locale locale, HttpServletResponse response) throws IOException {
		Actor actor = CurrentActor.get();
		actor.require(RequestPermissions.VIEW);
		String place = this.regions.home(actor).name();
		sheet(response, "supervision");
		this.export.supervision(actor, place, locale, response.getOutputStream());
	}

	/** The ledger's filter from the page's fields; the days are whole days in the platform's zone. */
	private RequestFilter filter(LedgerQuery lq) {
		ZoneId zone = this.clock.getZone();
		return new RequestFilter(lq.status(), lq.category(), lq.channel(), lq.urgency(), lq.escalatedOnly(),
				lq.overdueOnly() ? this.clock.instant() : null, lq.figure(),
				lq.from() == null ? null : lq.from().atStartOfDay(zone).toInstant(),
				lq.to() == null ? null : lq.to().plusDays(1).atStartOfDay(zone).toInstant(), lq.unit(), lq.q());
	}

	private void sheet(HttpServletResponse response, String name) {
		response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
		response.setHeader("Content-Disposition", "attachment; filename=\"" + name + "-" + LocalDate.now(this.clock) + ".xlsx\"");
	}

	private static String query(Map<String, Object> f) {
		StringBuilder b = new StringBuilder("?");
		f.forEach((k, v) -> b.append(k).append('=').append(URLEncoder.encode(String.valueOf(v),
				StandardCharsets.UTF_8)).append('&'));
		return b.toString();
	}

	@GetMapping("/requests/new")
	String recordForm(Model model, Locale locale) {
		RequestForm form = new RequestForm();
		form.setChannel(Channel.HOME_VISIT);
		form.setRegionId(this.regions.home(CurrentActor.get()).id());
		return form(model, form, locale, false);
	}

	@PostMapping("/requests")
	String record(@ModelAttribute("form") RequestForm form, BindingResult result, Model model,
			RedirectAttributes redirect, Locale locale) {
		try {
			long id = this.recording.record(CurrentActor.get(), form);
			redirect.addFlashAttribute("flash", this.messages.getMessage("flash.saved", null, locale));
			return "redirect:/requests/" + id;
		}
		catch (Rejected ex) {
			Forms.apply(ex, result);
			return form(model, form, locale, false);
		}
	}

	@GetMapping("/my/requests")
	String mine(Model model, Locale locale) {
		return form(model, new RequestForm(), locale, true);
	}

	@PostMapping("/my/requests")
	String submit(@ModelAttribute("form") RequestForm form, BindingResult result,
			@RequestParam(name = "photo", required = false) MultipartFile photo,
			Model model, RedirectAttributes redirect, Locale locale) throws IOException {
		byte[] picture = photo == null || photo.isEmpty() ? null : photo.getBytes();
		try {
			if (picture != null) {
				// checked before the request is saved, so that a refused photo saves nothing
				Photos.check(picture);
			}
			long id = this.recording.submitOwn(CurrentActor.get(), form);
			if (picture != null) {
				this.photos.add(CurrentActor.get(), id, picture);
			}
			redirect.addFlashAttribute("flash", this.messages.getMessage("request.submitted", null, locale));
			return "redirect:/requests/" + id;
		}
		catch (Rejected ex) {
			Forms.apply(ex, result);
			return form(model, form, locale, true);
		}
	}

	private String form(Model model, RequestForm form, Locale locale, boolean own) {
		Actor actor = CurrentActor.get();
		model.addAttribute("form", form);
		model.addAttribute("categories", this.queries.categories(locale));
		model.addAttribute("urgencies", Urgency.values());
		model.addAttribute("channels", Arrays.stream(Channel.values()).filter(Channel::offline).toList());
		if (own) {
			model.addAttribute("mine", this.queries.mine(actor, locale));
			model.addAttribute("places", this.recording.placesFor(actor));
			return "request/mine";
		}
		model.addAttribute("regionOptions", this.regions.tree(actor, 500));
		return "request/form";
	}

	@GetMapping("/requests/{id}")
	String detail(@PathVariable long id, Model model, Locale locale) {
		Actor actor = CurrentActor.get();
		Request r = this.queries.get(actor, id, locale);
		boolean staff = actor.can(RequestPermissions.VIEW) && actor.scope().covers(r.regionPath());
		model.addAttribute("r", r);
		model.addAttribute("staff", staff);
		model.addAttribute("reporter", this.queries.reporter(actor, r));
		model.addAttribute("timeline", this.queries.timeline(actor, id));
		List<Request.Part> parts = this.queries.parts(actor, id);
		model.addAttribute("parts", parts);
		model.addAttribute("round", parts.stream().filter(p -> p.round() == r.reopenCount()).toList());
		model.addAttribute("allowed", this.queries.allowed(actor, id));
		model.addAttribute("similar", staff && actor.can(RequestPermissions.ACCEPT)
				&& RequestLoop.Act.LINK_DUPLICATE.from().contains(r.status()) ? this.queries.similar(actor, id, locale) : List.of());
		model.addAttribute("unitGroups", staff ? this.organisations.unitsByPlace(actor) : List.of());
		model.addAttribute("teamOptions", staff && actor.can(Permission.ORGANISATION_VIEW)
				? this.teams.list(actor, null, null, false, 0, 200).items() : List.of());
		model.addAttribute("children", staff && r.status() == Status.SUBMITTED
				? this.regions.children(actor, r.regionId(), null, false, 0, 200).items().stream().map(s -> s.region()).toList() : List.of());
		model.addAttribute("templates", this.queries.templates(r.categoryId()));
		model.addAttribute("photos", this.photos.of(actor, id));
		model.addAttribute("satisfactions", Satisfaction.values());
		model.addAttribute("reporterCandidate", this.queries.reporterCandidate(actor, id).orElse(null));
		model.addAttribute("answers", staff ? this.queries.attributes(actor, id) : Map.of());
		model.addAttribute("mayReachReporter", this.contacts.mayReach(actor, r));
		model.addAttribute("zone", this.clock.getZone());
		model.addAttribute("now", this.clock.instant());
		return "request/detail";
	}

	@PostMapping("/requests/{id}/accept")
	String accept(@PathVariable long id, @RequestParam(defaultValue = "") String note, RedirectAttributes redirect, Locale locale) {
		return act(id, redirect, locale, () -> this.requests.accept(CurrentActor.get(), id, note));
	}

	@PostMapping("/requests/{id}/decline")
	String decline(@PathVariable long id, @RequestParam(defaultValue = "") String reason, RedirectAttributes redirect, Locale locale) {
		return act(id, redirect, locale, () -> this.requests.decline(CurrentActor.get(), id, reason));
	}

	@PostMapping("/requests/{id}/route")
	String route(@PathVariable long id, @RequestParam(required = false) Long regionId,
			@RequestParam(defaultValue = "") String note, RedirectAttributes redirect, Locale locale) {
		return act(id, redirect, locale, () -> this.requests.route(CurrentActor.get(), id, regionId, note));
	}

	@PostMapping("/requests/{id}/duplicate")
	String duplicate(@PathVariable long id, @RequestParam(required = false) Long originalId, RedirectAttributes redirect,
			Locale locale) {
		return act(id, redirect, locale, () -> this.requests.linkDuplicate(CurrentActor.get(), id, originalId));
	}

	@PostMapping("/requests/{id}/unlink-duplicate")
	String unlinkDuplicate(@PathVariable long id, @RequestParam(defaultValue = "") String note, RedirectAttributes redirect,
			Locale locale) {
		return act(id, redirect, locale, () -> this.requests.unlinkDuplicate(CurrentActor.get(), id, note));
	}

	@PostMapping("/requests/{id}/dispatch")
	String dispatch(@PathVariable long id, @RequestParam(required = false) String unit,
			@RequestParam(required = false) Long personId, @RequestParam(defaultValue = "") String task,
			RedirectAttributes redirect, Locale locale) {
		// the unit select names "org:12" or "team:7"; the person picker gives a person
		Long org = unit != null && unit.startsWith("org:") ? Long.valueOf(unit.substring(4)) : null;
		Long team = unit != null && unit.startsWith("team:") ? Long.valueOf(unit.substring(5)) : null;
		return act(id, redirect, locale, () -> this.requests.dispatch(CurrentActor.get(), id, org, team, personId, task));
	}

	@PostMapping("/requests/{id}/wait")
	String waitForReporter(@PathVariable long id, @RequestParam(defaultValue = "") String reason,
			RedirectAttributes redirect, Locale locale) {
		return act(id, redirect, locale, () -> this.requests.waitForReporter(CurrentActor.get(), id, reason));
	}

	@PostMapping("/requests/{id}/resume")
	String resume(@PathVariable long id, @RequestParam(defaultValue = "") String note, RedirectAttributes redirect,
			Locale locale) {
		return act(id, redirect, locale, () -> this.requests.resume(CurrentActor.get(), id, note));
	}

	@PostMapping("/requests/{id}/escalate")
	String escalate(@PathVariable long id, @RequestParam(defaultValue = "") String reason, RedirectAttributes redirect,
			Locale locale) {
		return act(id, redirect, locale, () -> this.requests.escalate(CurrentActor.get(), id, reason));
	}

	@PostMapping("/requests/{id}/study")
	String study(@PathVariable long id, @RequestParam(defaultValue = "") String note, RedirectAttributes redirect, Locale locale) {
		return act(id, redirect, locale, () -> this.requests.study(CurrentActor.get(), id, note));
	}

	@PostMapping("/requests/{id}/summon")
	String summon(@PathVariable long id, @RequestParam(name = "organisationIds", required = false) List<Long> organisationIds,
			@RequestParam(required = false) Integer reportWithin, @RequestParam(defaultValue = "") String task,
			RedirectAttributes redirect, Locale locale) {
		return act(id, redirect, locale,
				() -> this.requests.summon(CurrentActor.get(), id, organisationIds, reportWithin, task));
	}

	@PostMapping("/requests/{id}/return")
	String giveBack(@PathVariable long id, @RequestParam(defaultValue = "") String reason, RedirectAttributes redirect,
			Locale locale) {
		return act(id, redirect, locale, () -> this.requests.returnToCommunity(CurrentActor.get(), id, reason));
	}

	@PostMapping("/requests/{id}/parts/{partId}/report")
	String report(@PathVariable long id, @PathVariable long partId, @RequestParam(defaultValue = "") String note,
			RedirectAttributes redirect, Locale locale) {
		return act(id, redirect, locale, () -> this.work.report(CurrentActor.get(), id, partId, note));
	}

	@PostMapping("/requests/{id}/parts/{partId}/claim")
	String claim(@PathVariable long id, @PathVariable long partId, @RequestParam(defaultValue = "") String note,
			RedirectAttributes redirect, Locale locale) {
		return act(id, redirect, locale, () -> this.work.claim(CurrentActor.get(), id, partId, note));
	}

	@PostMapping("/requests/{id}/parts/{partId}/done")
	String done(@PathVariable long id, @PathVariable long partId, @RequestParam(defaultValue = "") String note,
			RedirectAttributes redirect, Locale locale) {
		return act(id, redirect, locale, () -> this.work.finishPart(CurrentActor.get(), id, partId, note));
	}

	/** 退单: the unit sends its part back, with the reason. */
	@PostMapping("/requests/{id}/parts/{partId}/send-back")
	String sendBack(@PathVariable long id, @PathVariable long partId, @RequestParam(defaultValue = "") String reason,
			RedirectAttributes redirect, Locale locale) {
		return act(id, redirect, locale, () -> this.work.sendBack(CurrentActor.get(), id, partId, reason));
	}

	/** 延期申请: the unit asks for more working days. */
	@PostMapping("/requests/{id}/parts/{partId}/extension")
	String askExtension(@PathVariable long id, @PathVariable long partId, @RequestParam(required = false) Integer days,
			@RequestParam(defaultValue = "") String reason, RedirectAttributes redirect, Locale locale) {
		return act(id, redirect, locale, () -> this.work.askExtension(CurrentActor.get(), id, partId, days, reason));
	}

	/** The dispatcher withdraws a part nobody claimed. */
	@PostMapping("/requests/{id}/parts/{partId}/withdraw")
	String withdrawPart(@PathVariable long id, @PathVariable long partId, @RequestParam(defaultValue = "") String reason,
			RedirectAttributes redirect, Locale locale) {
		return act(id, redirect, locale, () -> this.requests.withdrawPart(CurrentActor.get(), id, partId, reason));
	}

	/** The dispatcher grants or refuses a unit's request for more time. */
	@PostMapping("/requests/{id}/parts/{partId}/extension/decision")
	String decideExtension(@PathVariable long id, @PathVariable long partId,
			@RequestParam(defaultValue = "false") boolean grant, @RequestParam(defaultValue = "") String note,
			RedirectAttributes redirect, Locale locale) {
		return act(id, redirect, locale,
				() -> this.requests.decideExtension(CurrentActor.get(), id, partId, grant, note));
	}

	@PostMapping("/requests/{id}/progress")
	String progress(@PathVariable long id, @RequestParam(required = false) Long partId,
			@RequestParam(defaultValue = "") String note, @RequestParam(defaultValue = "false") boolean isPublic,
			RedirectAttributes redirect, Locale locale) {
		return act(id, redirect, locale, () -> this.work.progress(CurrentActor.get(), id, partId, note, isPublic));
	}

	@PostMapping("/requests/{id}/evaluate")
	String evaluate(@PathVariable long id, @RequestParam(required = false) Boolean resolved,
			@RequestParam(required = false) Satisfaction satisfaction, @RequestParam(defaultValue = "") String comment,
			@RequestParam Map<String, String> all, RedirectAttributes redirect, Locale locale) {
		Map<Long, Integer> stars = new HashMap<>();
		all.forEach((k, v) -> {
			if (k.startsWith("stars.") && !v.isBlank()) {
				stars.put(Long.valueOf(k.substring(6)), Integer.valueOf(v));
			}
		});
		return act(id, redirect, locale,
				() -> this.work.evaluate(CurrentActor.get(), id, resolved, satisfaction, comment, stars));
	}

	/** Staff confirm (or dismiss) the registered resident whose phone a phoned-in request came from. */
	@PostMapping("/requests/{id}/reporter")
	String confirmReporter(@PathVariable long id, @RequestParam(defaultValue = "false") boolean same,
			RedirectAttributes redirect, Locale locale) {
		return act(id, redirect, locale, () -> this.requests.confirmReporter(CurrentActor.get(), id, same));
	}

	/** 回访: staff record the resident's evaluation, gathered by phone or on a visit. */
	@PostMapping("/requests/{id}/call-back")
	String callBack(@PathVariable long id, @RequestParam(required = false) Boolean resolved,
			@RequestParam(required = false) Satisfaction satisfaction, @RequestParam(required = false) EvaluationMethod method,
			@RequestParam(defaultValue = "") String respondent, @RequestParam(defaultValue = "") String comment,
			RedirectAttributes redirect, Locale locale) {
		return act(id, redirect, locale, () -> this.work.callBack(CurrentActor.get(), id, resolved, satisfaction, comment,
				method, respondent));
	}

	/** 催办: the resident urges their request on. */
	@PostMapping("/requests/{id}/urge")
	String urge(@PathVariable long id, RedirectAttributes redirect, Locale locale) {
		return act(id, redirect, locale, () -> this.followUp.urge(CurrentActor.get(), id));
	}

	/** 补充: the resident adds text, a photo or both. */
	@PostMapping("/requests/{id}/supplement")
	String supplement(@PathVariable long id, @RequestParam(defaultValue = "") String text,
			@RequestParam(name = "photo", required = false) MultipartFile photo, RedirectAttributes redirect,
			Locale locale) throws IOException {
		byte[] data = photo == null || photo.isEmpty() ? new byte[0] : photo.getBytes();
		return act(id, redirect, locale, () -> this.followUp.supplement(CurrentActor.get(), id, text, data));
	}

	/** 撤单: the resident cancels their request, with the reason. */
	@PostMapping("/requests/{id}/cancel")
	String cancel(@PathVariable long id, @RequestParam(defaultValue = "") String reason, RedirectAttributes redirect,
			Locale locale) {
		return act(id, redirect, locale, () -> this.followUp.cancel(CurrentActor.get(), id, reason));
	}

	/** The reporter's name and phone for a unit working on the request, as an HTML fragment; audited. */
	@PostMapping("/requests/{id}/reporter-contact")
	String reporterContact(@PathVariable long id, Model model, HttpServletResponse response) {
		response.setHeader("Cache-Control", "no-store");
		model.addAttribute("contact", this.contacts.reporter(CurrentActor.get(), id));
		return "request/contact :: contact";
	}

	/** The reporter's full phone as an HTML fragment for htmx; the reveal is audited with its reason. */
	@PostMapping("/requests/{id}/reveal")
	@ResponseBody
	ResponseEntity<String> reveal(@PathVariable long id, @RequestParam(required = false) String reason,
			@RequestHeader(name = "HX-Prompt", required = false) String prompted,
			Locale locale) {
		return RevealFragment.of(this.messages, locale,
				() -> this.queries.revealReporterPhone(CurrentActor.get(), id, reason != null ? reason : prompted));
	}

	@PostMapping("/requests/{id}/remind")
	String remind(@PathVariable long id, @RequestParam(required = false) Long partId,
			@RequestParam(defaultValue = "") String note, RedirectAttributes redirect, Locale locale) {
		return act(id, redirect, locale, () -> this.work.remind(CurrentActor.get(), id, partId, note));
	}

	@PostMapping("/requests/{id}/photos")
	String addPhoto(@PathVariable long id,
			@RequestParam(name = "photo", required = false) MultipartFile photo,
			RedirectAttributes redirect, Locale locale) throws IOException {
		byte[] data = photo == null || photo.isEmpty() ? new byte[0] : photo.getBytes();
		return act(id, redirect, locale, () -> this.photos.add(CurrentActor.get(), id, data));
	}

	/** A photo's bytes, only for someone who may see the request. */
	@GetMapping("/requests/{id}/photos/{photoId}")
	ResponseEntity<byte[]> photo(@PathVariable long id, @PathVariable long photoId) {
		return this.photos.content(CurrentActor.get(), id, photoId).response();
	}

	private String act(long id, RedirectAttributes redirect, Locale locale, Runnable action) {
		this.flash.run(redirect, locale, "flash.saved", action);
		return "redirect:/requests/" + id;
	}

	@GetMapping("/requests/tasks")
	String tasks(@RequestParam(defaultValue = "0") int page, Model model, Locale locale) {
		var tasks = this.queries.tasks(CurrentActor.get(), locale, Math.max(0, page), 50);
		model.addAttribute("tasks", tasks);
		model.addAttribute("places", this.regions.places(tasks.items().stream().map(t -> t.request().regionPath()).toList()));
		model.addAttribute("zone", this.clock.getZone());
		model.addAttribute("now", this.clock.instant());
		return "request/tasks";
	}

	@GetMapping("/requests/supervision")
	String supervision(@RequestParam(defaultValue = "0") int page, Model model, Locale locale) {
		var lines = this.queries.supervision(CurrentActor.get(), locale, Math.max(0, page), 50);
		model.addAttribute("lines", lines);
		model.addAttribute("cap", RequestQueries.SUPERVISION_CAP);
		model.addAttribute("places", this.regions.places(lines.items().stream().map(l -> l.request().regionPath()).toList()));
		model.addAttribute("zone", this.clock.getZone());
		model.addAttribute("now", this.clock.instant());
		return "request/supervision";
	}

	@GetMapping("/requests/figures")
	String figures(@RequestParam(required = false) Long region,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(required = false) Long category, @RequestParam(required = false) Long unit,
			@RequestParam(required = false) Channel channel, Model model, Locale locale) {
		Actor actor = CurrentActor.get();
		Region node = region == null ? this.regions.home(actor) : this.regions.get(actor, region);
		LocalDate today = LocalDate.now(this.clock);
		LocalDate start = from == null ? today.withDayOfYear(1) : from;
		LocalDate end = to == null ? today : to;
		model.addAttribute("figures", this.figures.of(actor, node.id(), start, end, category, unit, channel));
		model.addAttribute("allFigures", RequestFigure.values());
		model.addAttribute("categories", this.queries.categories(locale));
		model.addAttribute("channels", Channel.values());
		model.addAttribute("unitGroups", this.organisations.unitsByPlace(actor));
		return "request/figures";
	}

	@GetMapping("/requests/units")
	String units(@RequestParam(required = false) Long region, @RequestParam(required = false) YearMonth month,
			Model model) {
		Actor actor = CurrentActor.get();
		Region node = region == null ? this.regions.home(actor) : this.regions.get(actor, region);
		YearMonth m = month == null ? YearMonth.now(this.clock) : month;
		model.addAttribute("units", this.figures.units(actor, node.id(), m));
		model.addAttribute("month", m);
		model.addAttribute("region", node);
		return "request/units";
	}

	@GetMapping("/requests/units.xlsx")
	void unitsSheet(@RequestParam(required = false) Long region, @RequestParam(required = false) YearMonth month,
			Locale locale, HttpServletResponse response) throws IOException {
		Actor actor = CurrentActor.get();
		Region node = region == null ? this.regions.home(actor) : this.regions.get(actor, region);
		YearMonth m = month == null ? YearMonth.now(this.clock) : month;
		response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
		response.setHeader("Content-Disposition", "attachment; filename=\"units-" + m + ".xlsx\"");
		this.figures.writeUnits(actor, node.id(), m, locale, response.getOutputStream());
	}

}
