package cn.siwei.platform;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.validation.BindingResult;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Runs an act of a page and tells its outcome on the next page: a confirmation, or the reason the act was
 * refused, in the user's language.
 */
@Component
public class Flash {

	private final MessageSource messages;

	Flash(MessageSource messages) {
		this.messages = messages;
	}

	/**
	 * @param successKey message key of the confirmation
	 * @return whether the act was done
	 */
	public boolean run(RedirectAttributes redirect, Locale locale, String successKey, Runnable act) {
		return run(redirect, locale, successKey, new Object[0], act);
	}

	public boolean run(RedirectAttributes redirect, Locale locale, String successKey, Object[] args, Runnable act) {
		try {
			act.run();
			redirect.addFlashAttribute("flash", this.messages.getMessage(successKey, args, locale));
			return true;
		}
		catch (Rejected ex) {
			refused(redirect, locale, ex);
			return false;
		}
	}

	/**
	 * Saves a form. On success the confirmation goes to the next page and the user goes where {@code save}
	 * returns; when refused, every reason is put next to its field and {@code formAgain} shows the form again.
	 */
	public String save(BindingResult result, RedirectAttributes redirect, Locale locale, Supplier<String> save,
			Supplier<String> formAgain) {
		try {
			String target = save.get();
			redirect.addFlashAttribute("flash", this.messages.getMessage("flash.saved", null, locale));
			return target;
		}
		catch (Rejected ex) {
			Forms.apply(ex, result);
			return formAgain.get();
		}
	}

	/**
	 * Every reason of a refusal by the field it is about ("" for the form as a whole), in the reader's language,
	 * for a form shown again with each reason next to its field.
	 */
	public Map<String, String> errors(Rejected ex, Locale locale) {
		Map<String, String> errors = new LinkedHashMap<>();
		ex.violations().forEach(v -> errors.putIfAbsent(v.field() == null ? "" : v.field(),
				this.messages.getMessage(v.messageKey(), v.args(), locale)));
		return errors;
	}

	/** Tells the reason of a refusal on the next page. */
	public void refused(RedirectAttributes redirect, Locale locale, Rejected ex) {
		redirect.addFlashAttribute("flashError", this.messages.getMessage(ex.messageKey(), ex.args(), locale));
	}

}
