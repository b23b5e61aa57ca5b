package cn.siwei.platform;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.LocaleResolver;
import tools.jackson.databind.json.JsonMapper;

/**
 * The API's errors as RFC 9457 problems ({@code application/problem+json}): the type names the refusal
 * ({@code urn:siwei:problem:validation.required}), the title is the status's in the reader's language, the detail
 * the reason; and {@code status}, {@code code}, {@code message} and {@code field} stay at the top for the clients
 * that read those. Used by the MVC error handling and by the security chain, which answers before MVC does.
 */
@Component
public class ApiProblems {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final MessageSource messages;

	private final LocaleResolver locales;

	ApiProblems(MessageSource messages, LocaleResolver locales) {
		this.messages = messages;
		this.locales = locales;
	}

	/** Whether the request is the API's (its errors are problems, not pages). */
	public static boolean isApi(HttpServletRequest request) {
		return request.getRequestURI().startsWith(request.getContextPath() + "/api/");
	}

	public ProblemDetail problem(HttpServletRequest request, HttpStatus status, String key, Object[] args, String field,
			Locale locale) {
		String message = this.messages.getMessage(key, args, key, locale);
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, message);
		problem.setType(URI.create("urn:siwei:problem:" + key));
		problem.setTitle(this.messages.getMessage("error.status." + status.value(), null, status.getReasonPhrase(),
				locale));
		try {
			problem.setInstance(new URI(request.getRequestURI()));
		}
		catch (URISyntaxException ex) {
			// an address the firewall let through but that is no URI: the problem goes without its instance
		}
		problem.setProperty("code", key);
		problem.setProperty("message", message);
		if (field != null) {
			problem.setProperty("field", field);
		}
		return problem;
	}

	public static ResponseEntity<ProblemDetail> response(ProblemDetail problem) {
		return ResponseEntity.status(problem.getStatus()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}

	/** Writes a problem straight to the response, for a filter that answers before MVC. */
	public void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String key)
			throws IOException {
		ProblemDetail problem = problem(request, status, key, new Object[0], null, this.locales.resolveLocale(request));
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("type", problem.getType().toString());
		body.put("title", problem.getTitle());
		body.put("status", problem.getStatus());
		body.put("detail", problem.getDetail());
		if (problem.getInstance() != null) {
			body.put("instance", problem.getInstance().toString());
		}
		body.putAll(problem.getProperties());
		response.setStatus(status.value());
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.setCharacterEncoding(StandardCharsets.UTF_8.name());
		response.getWriter().write(JSON.writeValueAsString(body));
	}

}
