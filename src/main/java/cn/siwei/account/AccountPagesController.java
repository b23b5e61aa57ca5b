package cn.siwei.account;

import java.net.URI;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.i18n.SessionLocaleResolver;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import cn.siwei.access.Actor;
import cn.siwei.access.CurrentActor;
import cn.siwei.platform.Rejected;

/**
 * Login, language and the user's own password.
 */
@Controller
class AccountPagesController {

	/** Session attribute: the language a user chose before logging in. */
	static final String LOCALE_CHOSEN = "siwei.localeChosen";

	private final Accounts accounts;

	private final ObjectProvider<DemoLogins> demo;

	private final MessageSource messages;

	private final FirstRun firstRun;

	private final SessionRefresh sessions;

	AccountPagesController(Accounts accounts, ObjectProvider<DemoLogins> demo, MessageSource messages, FirstRun firstRun,
			SessionRefresh sessions) {
		this.sessions = sessions;
		this.accounts = accounts;
		this.firstRun = firstRun;
		this.demo = demo;
		this.messages = messages;
	}

	@GetMapping("/login")
	String login(Model model) {
		DemoLogins logins = this.demo.getIfAvailable();
		if (logins != null) {
			model.addAttribute("demoAccounts", logins.logins());
			model.addAttribute("demoPassword", logins.password());
		}
		model.addAttribute("setupNeeded", this.firstRun.needed());
		return "login";
	}

	/** Switches the UI language, and remembers it for the account when someone is logged in. */
	@PostMapping("/locale")
	String locale(@RequestParam String lang, HttpSession session, HttpServletRequest request) {
		String tag = "en".equals(lang) ? "en" : "zh-CN";
		session.setAttribute(SessionLocaleResolver.LOCALE_SESSION_ATTRIBUTE_NAME, Locale.forLanguageTag(tag));
		try {
			this.accounts.setLocale(CurrentActor.get(), tag);
		}
		catch (IllegalStateException ex) {
			// Not logged in yet: remembered for the login, which then keeps it.
			session.setAttribute(LOCALE_CHOSEN, Locale.forLanguageTag(tag));
		}
		return "redirect:" + sameSitePath(request.getHeader("Referer"), request);
	}

	/**
	 * The path of the page the language was switched on, when that page is this platform's; otherwise the home
	 * page. Only a path is ever returned: the Referer names a host, and a redirect to it would send the user to any
	 * site that links here.
	 */
	static String sameSitePath(String referer, HttpServletRequest request) {
		if (referer == null) {
			return "/";
		}
		try {
			URI uri = URI.create(referer);
			String origin = request.getScheme() + "://" + request.getServerName();
			boolean same = uri.getHost() != null && uri.getHost().equalsIgnoreCase(request.getServerName())
					&& referer.startsWith(origin);
			String path = uri.getRawPath();
			if (!same || path == null || !path.startsWith("/") || path.startsWith("//") || path.contains("\\")) {
				return "/";
			}
			return path + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
		}
		catch (IllegalArgumentException ex) {
			return "/";
		}
	}

	@GetMapping("/account/password")
	String passwordForm() {
		return "account/password";
	}

	@PostMapping("/account/password")
	String changePassword(@RequestParam String current, @RequestParam String replacement,
			@RequestParam String repeat, Model model, RedirectAttributes redirect, Locale locale,
			HttpServletRequest request, HttpServletResponse response) {
		Actor actor = CurrentActor.get();
		try {
			if (!replacement.equals(repeat)) {
				throw Rejected.field("repeat", "account.rejected.repeatMismatch");
			}
			this.accounts.changePassword(actor, current, replacement);
			// The change ended every session of the account; this one goes on with the account as it is now.
			this.sessions.refresh(actor.username(), request, response);
		}
		catch (Rejected ex) {
			model.addAttribute("errorField", ex.field());
			model.addAttribute("error", this.messages.getMessage(ex.messageKey(), ex.args(), locale));
			return "account/password";
		}
		redirect.addFlashAttribute("flash", this.messages.getMessage("account.passwordChanged", null, locale));
		return "redirect:/";
	}

}
