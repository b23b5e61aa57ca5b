package cn.siwei.platform;

import java.util.Locale;
import java.util.function.Supplier;

import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.web.util.HtmlUtils;

/**
 * The answer of a page's "show in full" button (htmx swaps it in place of the masked value): the value, or the
 * reason it is not shown, never cached.
 */
public final class RevealFragment {

	private RevealFragment() {
	}

	/**
	 * Runs a reveal and renders its outcome as an HTML fragment.
	 * @param messages the message bundles
	 * @param locale the reader's language
	 * @param reveal the audited reveal
	 * @return the fragment
	 */
	public static ResponseEntity<String> of(MessageSource messages, Locale locale, Supplier<String> reveal) {
		String body;
		try {
			body = "<span class=\"revealed\">" + HtmlUtils.htmlEscape(reveal.get()) + "</span>";
		}
		catch (Rejected ex) {
			body = "<span class=\"field-error\" role=\"alert\">"
					+ HtmlUtils.htmlEscape(messages.getMessage(ex.messageKey(), ex.args(), ex.messageKey(), locale))
					+ "</span>";
		}
		return ResponseEntity.ok().header("Cache-Control", "no-store").body(body);
	}

}
