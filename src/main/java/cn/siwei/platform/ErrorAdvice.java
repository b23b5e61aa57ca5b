package cn.siwei.platform;

import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

import cn.siwei.access.AccessDenied;

/**
 * Turns the platform's typed refusals into answers in the user's language: a page for a browser, a JSON
 * body for the API.
 */
@ControllerAdvice
class ErrorAdvice {

	private final MessageSource messages;

	ErrorAdvice(MessageSource messages) {
		this.messages = messages;
	}

	@ExceptionHandler(NotFound.class)
	Object notFound(NotFound ex, HttpServletRequest request, Locale locale) {
		return answer(request, HttpStatus.NOT_FOUND, "error.notFound", new Object[0], null, locale);
	}

	@ExceptionHandler(AccessDenied.class)
	Object denied(AccessDenied ex, HttpServletRequest request, Locale locale) {
		return answer(request, HttpStatus.FORBIDDEN, "error.forbidden", new Object[0], null, locale);
	}

	@ExceptionHandler(Rejected.class)
	Object rejected(Rejected ex, HttpServletRequest request, Locale locale) {
		if (isApi(request)) {
			// Every reason at once, so that a client can show each next to its field.
			var errors = ex.violations().stream().map(v -> {
				Map<String, Object> e = new java.util.LinkedHashMap<>();
				e.put("field", v.field());
				e.put("code", v.messageKey());
				e.put("message", this.messages.getMessage(v.messageKey(), v.args(), v.messageKey(), locale));
				return e;
			}).toList();
			Map<String, Object> body = new java.util.LinkedHashMap<>(errors.get(0));
			body.put("status", HttpStatus.UNPROCESSABLE_CONTENT.value());
			body.put("errors", errors);
			return ResponseEntity.status(HttpStatus.UNPROCESSABLE_CONTENT).body(body);
		}
		return answer(request, HttpStatus.UNPROCESSABLE_CONTENT, ex.messageKey(), ex.args(), ex.field(), locale);
	}

	private static boolean isApi(HttpServletRequest request) {
		return request.getRequestURI().startsWith(request.getContextPath() + "/api/");
	}

	private Object answer(HttpServletRequest request, HttpStatus status, String key, Object[] args, String field,
			Locale locale) {
		String message = this.messages.getMessage(key, args, key, locale);
		if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
			return ResponseEntity.status(status)
				.body(field == null ? Map.of("status", status.value(), "code", key, "message", message)
						: Map.of("status", status.value(), "code", key, "message", message, "field", field));
		}
		ModelAndView page = new ModelAndView("error/problem");
		page.setStatus(status);
		page.addObject("status", status.value());
		page.addObject("message", message);
		return page;
	}

}
