package cn.siwei.platform;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.BindException;
import org.springframework.web.bind.MissingPathVariableException;
import org.springframework.web.bind.MissingRequestHeaderException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.ServletRequestBindingException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.ModelAndView;
import tools.jackson.databind.DatabindException;

import cn.siwei.access.AccessDenied;

/**
 * Turns the platform's typed refusals into answers in the user's language: a page for a browser, a JSON
 * body for the API.
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class ErrorAdvice {

	private final MessageSource messages;

	private final ApiProblems problems;

	ErrorAdvice(MessageSource messages, ApiProblems problems) {
		this.messages = messages;
		this.problems = problems;
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
		if (ApiProblems.isApi(request)) {
			// Every reason at once, so that a client can show each next to its field.
			var errors = ex.violations().stream().map(v -> {
				Map<String, Object> e = new LinkedHashMap<>();
				e.put("field", v.field());
				e.put("code", v.messageKey());
				e.put("message", this.messages.getMessage(v.messageKey(), v.args(), v.messageKey(), locale));
				return e;
			}).toList();
			ProblemDetail problem = this.problems.problem(request, HttpStatus.UNPROCESSABLE_CONTENT, ex.messageKey(),
					ex.args(), ex.field(), locale);
			problem.setProperty("errors", errors);
			return ApiProblems.response(problem);
		}
		return answer(request, HttpStatus.UNPROCESSABLE_CONTENT, ex.messageKey(), ex.args(), ex.field(), locale);
	}

	/** A body that is not JSON, or a field of the wrong type or an unknown choice: 400, naming the field. */
	@ExceptionHandler(HttpMessageNotReadableException.class)
	Object unreadable(HttpMessageNotReadableException ex, HttpServletRequest request,
			Locale locale) {
		String field = null;
		Throwable cause = ex.getCause();
		while (cause != null && field == null) {
			if (cause instanceof DatabindException bind && !bind.getPath().isEmpty()) {
				field = bind.getPath().stream()
					.map(p -> p.getPropertyName() != null ? p.getPropertyName() : "[" + p.getIndex() + "]")
					.reduce((a, b) -> b.startsWith("[") ? a + b : a + "." + b)
					.orElse(null);
			}
			cause = cause.getCause();
		}
		return answer(request, HttpStatus.BAD_REQUEST, field == null ? "validation.unreadable" : "validation.badValue",
				new Object[0], field == null ? "body" : field, locale);
	}

	/** A parameter or path variable of the wrong type (a letter for an id, an unknown choice): 400, naming it. */
	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	Object mismatch(MethodArgumentTypeMismatchException ex,
			HttpServletRequest request, Locale locale) {
		return answer(request, HttpStatus.BAD_REQUEST, "validation.badValue", new Object[0], ex.getName(), locale);
	}

	/** A required parameter missing: 400, naming it. */
	@ExceptionHandler(MissingServletRequestParameterException.class)
	Object missing(MissingServletRequestParameterException ex, HttpServletRequest request,
			Locale locale) {
		return answer(request, HttpStatus.BAD_REQUEST, "validation.required", new Object[0], ex.getParameterName(), locale);
	}

	/** A path variable or header that is missing or empty once read (a blank id): 400, naming it. */
	@ExceptionHandler(ServletRequestBindingException.class)
	Object unbound(ServletRequestBindingException ex, HttpServletRequest request,
			Locale locale) {
		String field = ex instanceof MissingPathVariableException path ? path.getVariableName()
				: ex instanceof MissingRequestHeaderException header ? header.getHeaderName()
				: ex instanceof MissingServletRequestParameterException param
						? param.getParameterName() : "request";
		return answer(request, HttpStatus.BAD_REQUEST, "validation.badValue", new Object[0], field, locale);
	}

	/** An upload that is not one (a form posted without its file part): 400, naming the file. */
	@ExceptionHandler(MultipartException.class)
	Object notAnUpload(MultipartException ex, HttpServletRequest request, Locale locale) {
		if (ex instanceof MaxUploadSizeExceededException) {
			return answer(request, HttpStatus.CONTENT_TOO_LARGE, "validation.fileTooLarge", new Object[0], "file", locale);
		}
		return answer(request, HttpStatus.BAD_REQUEST, "validation.fileRequired", new Object[0], "file", locale);
	}

	/** A form field that could not be bound (a letter for a number in a form posted to the API). */
	@ExceptionHandler(BindException.class)
	Object binding(BindException ex, HttpServletRequest request, Locale locale) {
		var error = ex.getFieldError();
		return answer(request, HttpStatus.BAD_REQUEST, "validation.badValue", new Object[0],
				error == null ? null : error.getField(), locale);
	}

	private Object answer(HttpServletRequest request, HttpStatus status, String key, Object[] args, String field,
			Locale locale) {
		if (ApiProblems.isApi(request)) {
			return ApiProblems.response(this.problems.problem(request, status, key, args, field, locale));
		}
		String message = this.messages.getMessage(key, args, key, locale);
		ModelAndView page = new ModelAndView("error/problem");
		page.setStatus(status);
		page.addObject("status", status.value());
		page.addObject("message", message);
		return page;
	}

}
