package cn.siwei.account;

import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;

import cn.siwei.platform.NotFound;
import cn.siwei.platform.Rejected;

/**
 * The page of the first setup; it exists only while the installation has no account.
 */
@Controller
class FirstRunController {

	private final FirstRun firstRun;

	private final MessageSource messages;

	FirstRunController(FirstRun firstRun, MessageSource messages) {
		this.firstRun = firstRun;
		this.messages = messages;
	}

	@GetMapping("/setup")
	String form(Model model) {
		if (!this.firstRun.needed()) {
			throw new NotFound("setup", 0);
		}
		model.addAttribute("form", new FirstRun.SetupForm("", "", "", "admin", "", "", ""));
		return "account/setup";
	}

	@PostMapping("/setup")
	String complete(FirstRun.SetupForm form, Model model, Locale locale) {
		if (!this.firstRun.needed()) {
			throw new NotFound("setup", 0);
		}
		try {
			this.firstRun.complete(form);
		}
		catch (Rejected ex) {
			model.addAttribute("form", new FirstRun.SetupForm(form.setupCode(), form.cityCode(), form.cityName(),
					form.username(), form.displayName(), "", ""));
			model.addAttribute("errorField", ex.field());
			model.addAttribute("error", this.messages.getMessage(ex.messageKey(), ex.args(), locale));
			return "account/setup";
		}
		return "redirect:/login?setup";
	}

}
