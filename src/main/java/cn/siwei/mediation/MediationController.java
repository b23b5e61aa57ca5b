package cn.siwei.mediation;

import java.io.IOException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import cn.siwei.access.Actor;
import cn.siwei.access.CurrentActor;
import cn.siwei.mediation.MediationTerms.Kind;
import cn.siwei.mediation.MediationTerms.Performance;
import cn.siwei.mediation.MediationTerms.Source;
import cn.siwei.mediation.MediationTerms.Status;
import cn.siwei.platform.Flash;
import cn.siwei.platform.Rejected;
import cn.siwei.region.Regions;

/** The mediation pages: the case list, reception, and a case with the acts its state allows. */
@Controller
class MediationController {

	private final Mediations mediations;

	private final MediationQueries queries;

	private final Regions regions;

	private final Flash flash;

	private final MessageSource messages;

	private final MediationFiles files;

	private final MediatorPool pool;

	MediationController(Mediations mediations, MediationQueries queries, Regions regions, Flash flash,
			MessageSource messages, MediationFiles files, MediatorPool pool) {
		this.files = files;
		this.pool = pool;
		this.mediations = mediations;
		this.queries = queries;
		this.regions = regions;
		this.flash = flash;
		this.messages = messages;
	}

	@GetMapping("/mediations")
	String list(@RequestParam(required = false) Long region, @RequestParam(required = false) Status status,
			@RequestParam(required = false) Long category, @RequestParam(required = false) Source source,
			@RequestParam(required = false) MediationFigure figure,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(defaultValue = "0") int page, Model model) {
		Actor actor = CurrentActor.get();
		String path = region == null ? null : this.regions.get(actor, region).path();
		var f = new MediationQueries.Filter(path, status, category, source, figure, from, to);
		model.addAttribute("cases", this.queries.list(actor, f, Math.max(0, page), 20));
		model.addAttribute("statuses", Status.values());
		model.addAttribute("status", status);
		model.addAttribute("figure", figure);
		model.addAttribute("query", "?status=" + (status == null ? "" : status) + (figure == null ? ""
				: "&figure=" + figure + "&region=" + region + "&from=" + from + "&to=" + to)
				+ (category == null ? "" : "&category=" + category) + (source == null ? "" : "&source=" + source) + "&");
		return "mediation/list";
	}

	@GetMapping("/mediations/new")
	String form(Model model) {
		Actor actor = CurrentActor.get();
		model.addAttribute("form", new MediationForm(this.regions.home(actor).id(), Kind.PROPERTY, Source.VISIT, null,
				null, null, null, null));
		return form(actor, model, Map.of());
	}

	private String form(Actor actor, Model model, Map<String, String> errors) {
		model.addAttribute("regionOptions", this.regions.tree(actor, 500));
		model.addAttribute("kinds", Kind.values());
		model.addAttribute("sources", Source.values());
		model.addAttribute("errors", errors);
		return "mediation/form";
	}

	@PostMapping("/mediations")
	String receive(@RequestParam(required = false) Long regionId, @RequestParam(required = false) Kind kind,
			@RequestParam(required = false) Source source, @RequestParam(defaultValue = "") String applicant,
			@RequestParam(defaultValue = "") String applicantPhone, @RequestParam(defaultValue = "") String respondent,
			@RequestParam(defaultValue = "") String respondentPhone, @RequestParam(defaultValue = "") String facts,
			Model model, RedirectAttributes redirect, Locale locale) {
		Actor actor = CurrentActor.get();
		MediationForm form = new MediationForm(regionId, kind, source, applicant, applicantPhone, respondent,
				respondentPhone, facts);
		try {
			long id = this.mediations.receive(actor, form);
			redirect.addFlashAttribute("flash", this.messages.getMessage("mediation.received", null, locale));
			return "redirect:/mediations/" + id;
		}
		catch (Rejected ex) {
			model.addAttribute("form", form);
			return form(actor, model, this.flash.errors(ex, locale));
		}
	}

	@GetMapping("/mediations/{id}")
	String detail(@PathVariable long id, Model model) {
		Actor actor = CurrentActor.get();
		Mediation m = this.queries.get(actor, id);
		model.addAttribute("m", m);
		model.addAttribute("allowed", this.queries.allowed(actor, id));
		model.addAttribute("timeline", this.queries.timeline(actor, id));
		model.addAttribute("performances", Performance.values());
		model.addAttribute("now", this.queries.now());
		model.addAttribute("evidence", this.files.evidence(actor, id));
		model.addAttribute("suggestions", actor.can(MediationPermissions.HANDLE) ? this.pool.suggestions(actor, m)
				: java.util.List.of());
		return "mediation/detail";
	}

	private String run(long id, RedirectAttributes redirect, Locale locale, Runnable act) {
		this.flash.run(redirect, locale, "flash.saved", act);
		return "redirect:/mediations/" + id;
	}

	@PostMapping("/mediations/{id}/assign")
	String assign(@PathVariable long id, @RequestParam(required = false) Long mediatorId,
			@RequestParam(defaultValue = "") String mediator, RedirectAttributes r, Locale l) {
		return run(id, r, l, () -> this.mediations.assign(CurrentActor.get(), id, mediatorId, mediator));
	}

	/** 证据: a photo or PDF document with what it shows. */
	@PostMapping("/mediations/{id}/evidence")
	String addEvidence(@PathVariable long id, @RequestParam(name = "file", required = false) MultipartFile file,
			@RequestParam(defaultValue = "") String caption, RedirectAttributes r, Locale l) throws IOException {
		byte[] data = file == null || file.isEmpty() ? new byte[0] : file.getBytes();
		return run(id, r, l, () -> this.files.add(CurrentActor.get(), id, data, caption));
	}

	/** A piece of evidence's bytes, only for someone who may see the case. */
	@GetMapping("/mediations/{id}/evidence/{fileId}")
	ResponseEntity<byte[]> evidence(@PathVariable long id, @PathVariable long fileId) {
		return this.files.content(CurrentActor.get(), id, fileId).response();
	}

	/** The case's file as one ZIP (卷宗): the sheet with its timeline, the agreement, every piece of evidence. */
	@GetMapping("/mediations/{id}/bundle")
	void bundle(@PathVariable long id, HttpServletResponse response, Locale locale) throws IOException {
		Actor actor = CurrentActor.get();
		// scope and permission checked before the answer starts, so that a refusal is a proper 403/404
		this.files.exportable(actor, id);
		response.setContentType("application/zip");
		response.setHeader("Content-Disposition", "attachment; filename=\"mediation-" + id + ".zip\"");
		response.setHeader("Cache-Control", "private, no-store");
		this.files.bundle(actor, id, locale, response.getOutputStream());
	}

	@PostMapping("/mediations/{id}/object")
	String object(@PathVariable long id, @RequestParam(defaultValue = "") String party,
			@RequestParam(defaultValue = "") String reason, RedirectAttributes r, Locale l) {
		return run(id, r, l, () -> this.mediations.object(CurrentActor.get(), id, party, reason));
	}

	@PostMapping("/mediations/{id}/accept")
	String accept(@PathVariable long id, RedirectAttributes r, Locale l) {
		return run(id, r, l, () -> this.mediations.accept(CurrentActor.get(), id));
	}

	@PostMapping("/mediations/{id}/session")
	String session(@PathVariable long id, @RequestParam(defaultValue = "") String record,
			@RequestParam(defaultValue = "false") boolean signed, RedirectAttributes r, Locale l) {
		return run(id, r, l, () -> this.mediations.session(CurrentActor.get(), id, record, signed));
	}

	@PostMapping("/mediations/{id}/extend")
	String extend(@PathVariable long id, @RequestParam(required = false) Integer days,
			@RequestParam(defaultValue = "false") boolean applicantConsents,
			@RequestParam(defaultValue = "false") boolean respondentConsents, @RequestParam(defaultValue = "") String reason,
			RedirectAttributes r, Locale l) {
		return run(id, r, l, () -> this.mediations.extend(CurrentActor.get(), id, days, applicantConsents,
				respondentConsents, reason));
	}

	@PostMapping("/mediations/{id}/agree")
	String agree(@PathVariable long id, @RequestParam(defaultValue = "") String terms,
			@RequestParam(defaultValue = "") String performanceHow, RedirectAttributes r, Locale l) {
		return run(id, r, l, () -> this.mediations.agree(CurrentActor.get(), id, terms, performanceHow));
	}

	@PostMapping("/mediations/{id}/fail")
	String fail(@PathVariable long id, @RequestParam(defaultValue = "") String guidance, RedirectAttributes r, Locale l) {
		return run(id, r, l, () -> this.mediations.fail(CurrentActor.get(), id, guidance));
	}

	@PostMapping("/mediations/{id}/confirmation")
	String confirmation(@PathVariable long id,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate applied,
			RedirectAttributes r, Locale l) {
		return run(id, r, l, () -> this.mediations.confirmation(CurrentActor.get(), id, applied));
	}

	@PostMapping("/mediations/{id}/follow-up")
	String followUp(@PathVariable long id, @RequestParam(required = false) Performance performance,
			@RequestParam(defaultValue = "") String note, RedirectAttributes r, Locale l) {
		return run(id, r, l, () -> this.mediations.followUp(CurrentActor.get(), id, performance, note));
	}

	@PostMapping("/mediations/{id}/close")
	String close(@PathVariable long id, RedirectAttributes r, Locale l) {
		return run(id, r, l, () -> this.mediations.close(CurrentActor.get(), id));
	}

}
