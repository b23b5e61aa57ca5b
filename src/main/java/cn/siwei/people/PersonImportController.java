package cn.siwei.people;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import cn.siwei.access.Actor;
import cn.siwei.access.CurrentActor;
import cn.siwei.platform.Flash;
import cn.siwei.platform.Rejected;

/**
 * Pages of the resident import: upload, progress, the row-by-row report, and the choice to save.
 */
@Controller
@RequestMapping("/people/import")
class PersonImportController {

	private final PersonImports imports;

	private final MessageSource messages;

	private final Flash flash;

	PersonImportController(PersonImports imports, MessageSource messages, Flash flash) {
		this.imports = imports;
		this.messages = messages;
		this.flash = flash;
	}

	@GetMapping
	String upload() {
		return "people/import";
	}

	@GetMapping("/template")
	void template(HttpServletResponse response) throws IOException {
		response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
		response.setHeader("Content-Disposition", "attachment; filename=\"siwei-residents-template.xlsx\"");
		this.imports.writeTemplate(CurrentActor.get(), response.getOutputStream());
	}

	@PostMapping
	String start(@RequestParam("file") MultipartFile file, RedirectAttributes redirect, Locale locale)
			throws IOException {
		Actor actor = CurrentActor.get();
		if (file.isEmpty()) {
			redirect.addFlashAttribute("flashError", this.messages.getMessage("import.rejected.empty", null, locale));
			return "redirect:/people/import";
		}
		Path copy = Files.createTempFile("siwei-import-", ".xlsx");
		file.transferTo(copy);
		try {
			long id = this.imports.start(actor, file.getOriginalFilename(), copy);
			return "redirect:/people/import/" + id;
		}
		catch (Rejected ex) {
			this.flash.refused(redirect, locale, ex);
			return "redirect:/people/import";
		}
	}

	@GetMapping("/{id}")
	String show(@PathVariable long id, @RequestParam(defaultValue = "0") int page, Model model, Locale locale) {
		Actor actor = CurrentActor.get();
		PersonImports.Import imp = this.imports.get(actor, id);
		model.addAttribute("imp", imp);
		model.addAttribute("failure", this.imports.failureMessage(imp, locale));
		if (imp.status() == PersonImports.Status.READY) {
			model.addAttribute("problems", this.imports.problems(actor, id, page, 50, locale));
		}
		return "people/import-status";
	}

	/** The progress panel alone, polled by htmx while the sheet is being checked. */
	@GetMapping("/{id}/progress")
	String progress(@PathVariable long id, Model model, Locale locale, HttpServletResponse response) {
		PersonImports.Import imp = this.imports.get(CurrentActor.get(), id);
		if (imp.status() != PersonImports.Status.CHECKING) {
			// Checking is over: reload the whole page to show the report.
			response.setHeader("HX-Refresh", "true");
		}
		model.addAttribute("imp", imp);
		return "people/import-status :: progress";
	}

	@PostMapping("/{id}/commit")
	String commit(@PathVariable long id, RedirectAttributes redirect, Locale locale) {
		try {
			int saved = this.imports.commit(CurrentActor.get(), id);
			redirect.addFlashAttribute("flash", this.messages.getMessage("import.committed", new Object[] { saved }, locale));
			return "redirect:/people";
		}
		catch (Rejected ex) {
			this.flash.refused(redirect, locale, ex);
			return "redirect:/people/import/" + id;
		}
	}

	@PostMapping("/{id}/discard")
	String discard(@PathVariable long id, RedirectAttributes redirect, Locale locale) {
		boolean discarded = this.flash.run(redirect, locale, "import.discarded",
				() -> this.imports.discard(CurrentActor.get(), id));
		return discarded ? "redirect:/people" : "redirect:/people/import/" + id;
	}

}
