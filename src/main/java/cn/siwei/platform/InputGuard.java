package cn.siwei.platform;

import java.io.IOException;
import java.util.Enumeration;
import java.util.Locale;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.util.HtmlUtils;

/**
 * Refuses, before anything reads it, a request whose parameters or path hold a NUL character: PostgreSQL cannot
 * store or even compare one, so it would otherwise end as a server error wherever it reached the database. The
 * answer is 400 and names the parameter. (Texts in JSON bodies are checked field by field by {@link Violations}.)
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class InputGuard extends OncePerRequestFilter {

	private final MessageSource messages;

	private final LocaleResolver locales;

	InputGuard(MessageSource messages, LocaleResolver locales) {
		this.messages = messages;
		this.locales = locales;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String bad = request.getRequestURI().indexOf('\0') >= 0 || request.getRequestURI().contains("%00") ? "path" : null;
		if (bad == null) {
			bad = badParameter(request);
		}
		if (bad != null) {
			Locale locale = this.locales.resolveLocale(request);
			String message = this.messages.getMessage("validation.controlCharacters", null, locale);
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			response.setCharacterEncoding("UTF-8");
			String uri = request.getRequestURI();
			if (uri.startsWith(request.getContextPath() + "/api/") || uri.startsWith(request.getContextPath() + "/open311/")) {
				response.setContentType(MediaType.APPLICATION_JSON_VALUE);
				response.getWriter().write("{\"status\":400,\"code\":\"validation.controlCharacters\",\"field\":\""
						+ json(bad) + "\",\"message\":\"" + json(message) + "\"}");
			}
			else {
				response.setContentType(MediaType.TEXT_HTML_VALUE);
				response.getWriter().write("<!DOCTYPE html><meta charset=\"utf-8\"><p>" + HtmlUtils.htmlEscape(bad) + "："
						+ HtmlUtils.htmlEscape(message) + "</p>");
			}
			return;
		}
		chain.doFilter(request, response);
	}

	/** The first parameter whose name or a value holds a NUL, or null. */
	private static String badParameter(HttpServletRequest request) {
		Enumeration<String> names = request.getParameterNames();
		while (names.hasMoreElements()) {
			String name = names.nextElement();
			if (name.indexOf('\0') >= 0) {
				return name.replace('\0', '?');
			}
			for (String value : request.getParameterValues(name)) {
				if (value != null && value.indexOf('\0') >= 0) {
					return name;
				}
			}
		}
		return null;
	}

	private static String json(String s) {
		return s.replace("\\", "\\\\").replace("\"", "\\\"");
	}

}
