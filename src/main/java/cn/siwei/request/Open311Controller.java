package cn.siwei.request;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import cn.siwei.platform.Rejected;
import cn.siwei.region.Region;
import cn.siwei.region.Regions;
import cn.siwei.request.ApiClients.Client;
import cn.siwei.request.RequestTerms.Status;

/**
 * Open311 GeoReport v2 (http://wiki.open311.org/GeoReport_v2), so that existing 311 clients work unchanged: the
 * service list and definitions, posting and reading requests, tokens, in XML and JSON, with the specification's
 * error format and codes. The jurisdiction_id is a region code; posting needs a client's api_key. Reading lists only
 * requests that systems pushed: what residents tell their community in person is not published.
 */
@RestController
class Open311Controller {

	/** Reads any W3C date-time (with or without fractions of a second). */
	private static final DateTimeFormatter W3C = DateTimeFormatter.ISO_OFFSET_DATE_TIME;

	/** Writes whole seconds, as clients expect: {@code 2026-11-27T10:00:59+08:00} (a fraction made some read null). */
	private static final DateTimeFormatter W3C_OUT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssXXX");

	private final RequestIntake intake;

	private final ApiClients clients;

	private final RequestRepository repository;

	private final Regions regions;

	private final MessageSource messages;

	private final Clock clock;

	private final JsonMapper json = JsonMapper.builder().build();

	private final RequestLedger ledger;

	private final Open311Store store;

	private final RequestQueries queries;

	Open311Controller(RequestQueries queries, Open311Store store, RequestLedger ledger, RequestIntake intake, ApiClients clients, RequestRepository repository,
			Regions regions, MessageSource messages, Clock clock) {
		this.queries = queries;
		this.store = store;
		this.ledger = ledger;
		this.intake = intake;
		this.clients = clients;
		this.repository = repository;
		this.regions = regions;
		this.messages = messages;
		this.clock = clock;
	}

	/** An answer of the specification's error format. */
	static final class Open311Error extends RuntimeException {

		final int code;

		Open311Error(int code, String description) {
			super(description);
			this.code = code;
		}

	}

	@GetMapping("/open311/v2/discovery.{format}")
	ResponseEntity<String> discovery(@PathVariable String format, HttpServletRequest http) {
		return answer(format, "discovery", null, () -> {
			String base = http.getRequestURL().toString().replaceFirst("/discovery\\.[a-z]+$", "/");
			Map<String, Object> endpoint = map("specification", "http://wiki.open311.org/GeoReport_v2", "url", base,
					"changeset", "2026-11-27T00:00:00+08:00", "type", "production", "formats",
					List.of("text/xml", "application/json"));
			// one object, as the specification's example shows (not a list of them)
			return map("changeset", "2026-11-27T00:00:00+08:00", "contact", "四微 Siwei", "key_service",
					"API keys are issued by the platform's administrators.", "endpoints", List.of(endpoint));
		});
	}

	@GetMapping("/open311/v2/services.{format}")
	ResponseEntity<String> services(@PathVariable String format,
			@RequestParam(name = "jurisdiction_id", required = false) String jurisdiction, Locale locale) {
		return answer(format, "services", "service", () -> {
			jurisdiction(jurisdiction, locale);
			List<Map<String, Object>> list = new ArrayList<>();
			for (var c : this.queries.categories(locale)) {
				list.add(map("service_code", c.code(), "service_name", c.name(), "description", c.description(),
						"metadata", !"[]".equals(c.attributes()), "type", "realtime", "keywords", c.keywords(), "group",
						c.group()));
			}
			return list;
		});
	}

	@GetMapping("/open311/v2/services/{code}.{format}")
	ResponseEntity<String> definition(@PathVariable String code, @PathVariable String format,
			@RequestParam(name = "jurisdiction_id", required = false) String jurisdiction, Locale locale) {
		return answer(format, "service_definition", null, () -> {
			jurisdiction(jurisdiction, locale);
			var c = category(code, locale);
			List<Map<String, Object>> attributes = new ArrayList<>();
			for (Map<String, Object> a : this.json.readValue(c.attributes(),
					new TypeReference<List<Map<String, Object>>>() {
					})) {
				attributes.add(map("variable", true, "code", a.get("code"), "datatype", a.get("datatype"), "required",
						a.get("required"), "datatype_description", "", "order", a.get("order"), "description",
						a.get("description"), "values", a.get("values")));
			}
			return map("service_code", c.code(), "attributes", attributes);
		});
	}

	@PostMapping("/open311/v2/requests.{format}")
	ResponseEntity<String> post(@PathVariable String format, HttpServletRequest http, Locale locale) {
		return answer(format, "service_requests", "request", () -> {
			Client client = this.clients.authenticate(http.getParameter("api_key"))
				.orElseThrow(() -> new Open311Error(403, text("open311.error.apiKey", locale)));
			Optional<Region> place = jurisdiction(http.getParameter("jurisdiction_id"), locale);
			if (place.isPresent() && !place.get().path().startsWith(client.regionPath())) {
				throw new Open311Error(403, text("open311.error.jurisdictionNotYours", locale));
			}
			String code = http.getParameter("service_code");
			if (code == null || code.isBlank()) {
				throw new Open311Error(400, text("open311.error.required", locale, "service_code"));
			}
			var category = category(code, locale);
			Double lat = number(http.getParameter("lat"), "lat", locale);
			Double lon = number(http.getParameter("long"), "long", locale);
			String address = http.getParameter("address_string");
			if ((lat == null || lon == null) && (address == null || address.isBlank())
					&& blank(http.getParameter("address_id"))) {
				throw new Open311Error(400, text("open311.error.location", locale));
			}
			Map<String, String> answers = new LinkedHashMap<>();
			http.getParameterMap().forEach((k, v) -> {
				if (k.startsWith("attribute[") && k.endsWith("]") && v.length > 0) {
					answers.put(k.substring(10, k.length() - 1), String.join(",", v));
				}
			});
			for (Map<String, Object> a : this.json.readValue(category.attributes(),
					new TypeReference<List<Map<String, Object>>>() {
					})) {
				if (Boolean.TRUE.equals(a.get("required")) && blank(answers.get(String.valueOf(a.get("code"))))) {
					throw new Open311Error(400, text("open311.error.required", locale, "attribute[" + a.get("code") + "]"));
				}
			}
			String name = String.join(" ", nonBlank(http.getParameter("last_name")), nonBlank(http.getParameter("first_name"))).trim();
			// The specification makes the description optional (a pothole at a pin says enough); the ledger needs a
			// text, so a request without one reads as its service, marked as having none.
			String description = blank(http.getParameter("description"))
					? this.messages.getMessage("open311.noDescription", new Object[] { category.name() },
							Locale.SIMPLIFIED_CHINESE)
					: http.getParameter("description");
			var push = new RequestIntake.Push(code.trim(), description,
					place.filter(p -> !p.path().equals(client.regionPath())).map(Region::code).orElse(null), address,
					lat, lon, name.isEmpty() ? null : name, http.getParameter("phone"), null, null,
					http.getParameter("media_url"), answers);
			RequestIntake.Received received;
			try {
				received = this.intake.receive(client, http.getHeader("Idempotency-Key"), push);
			}
			catch (Rejected ex) {
				var first = ex.violations().get(0);
				throw new Open311Error(400, (first.field() == null ? "" : first.field() + ": ")
						+ this.messages.getMessage(first.messageKey(), first.args(), first.messageKey(), locale));
			}
			String token = this.store.newToken(received.requestId());
			return List.of(map("service_request_id", String.valueOf(received.requestId()), "token", token,
					"service_notice", text("open311.notice", locale), "account_id", null));
		});
	}

	@GetMapping("/open311/v2/requests.{format}")
	ResponseEntity<String> list(@PathVariable String format,
			@RequestParam(name = "jurisdiction_id", required = false) String jurisdiction,
			@RequestParam(name = "service_request_id", required = false) String ids,
			@RequestParam(name = "service_code", required = false) String codes,
			@RequestParam(name = "start_date", required = false) String start,
			@RequestParam(name = "end_date", required = false) String end,
			@RequestParam(name = "status", required = false) String status, Locale locale) {
		return answer(format, "service_requests", "request", () -> {
			Optional<Region> place = jurisdiction(jurisdiction, locale);
			Open311Store.Query query;
			if (ids != null && !ids.isBlank()) {
				query = new Open311Store.Query(place.map(Region::path).orElse(null), longs(ids, locale), null, null, null, null);
			}
			else {
				Instant to = end == null ? this.clock.instant() : instant(end, "end_date", locale);
				Instant from = start == null ? to.minus(Duration.ofDays(90)) : instant(start, "start_date", locale);
				List<String> serviceCodes = codes == null || codes.isBlank() ? null
						: Arrays.stream(codes.split(",")).map(String::trim).toList();
				Boolean open = null;
				if (status != null && !status.isBlank()) {
					List<String> wanted = Arrays.stream(status.split(",")).map(String::trim).toList();
					if (wanted.stream().anyMatch(s -> !s.equals("open") && !s.equals("closed"))) {
						throw new Open311Error(400, text("open311.error.status", locale));
					}
					open = wanted.size() == 1 ? wanted.get(0).equals("open") : null;
				}
				query = new Open311Store.Query(place.map(Region::path).orElse(null), null, from, to, serviceCodes, open);
			}
			List<Long> found = this.store.published(query);
			Map<Long, Request> rows = this.ledger.findAll(found, RequestQueries.english(locale));
			Map<Long, String> agencies = this.store.agencies(found);
			Map<Long, String> done = this.store.finishNotes(found);
			return found.stream().map(rows::get).map(r -> describe(r, agencies.get(r.id()), done.get(r.id()))).toList();
		});
	}

	@GetMapping("/open311/v2/requests/{id}.{format}")
	ResponseEntity<String> one(@PathVariable String id, @PathVariable String format,
			@RequestParam(name = "jurisdiction_id", required = false) String jurisdiction, Locale locale) {
		return answer(format, "service_requests", "request", () -> {
			jurisdiction(jurisdiction, locale);
			long n = longs(id, locale)[0];
			Request r = this.repository.find(n, RequestQueries.english(locale))
				.filter(x -> this.store.isPublished(x.id()))
				.orElseThrow(() -> new Open311Error(404, text("open311.error.requestNotFound", locale, id)));
			return List.of(describe(r, this.store.agencies(List.of(r.id())).get(r.id()),
					this.store.finishNotes(List.of(r.id())).get(r.id())));
		});
	}

	@GetMapping("/open311/v2/tokens/{token}.{format}")
	ResponseEntity<String> token(@PathVariable String token, @PathVariable String format,
			@RequestParam(name = "jurisdiction_id", required = false) String jurisdiction, Locale locale) {
		return answer(format, "service_requests", "request", () -> {
			jurisdiction(jurisdiction, locale);
			Long id = this.store.requestOfToken(token)
				.orElseThrow(() -> new Open311Error(404, text("open311.error.tokenNotFound", locale, token)));
			return List.of(map("service_request_id", String.valueOf(id), "token", token));
		});
	}

	/** @param done what the units said they did when they finished, for a request no longer being worked */
	private Map<String, Object> describe(Request r, String agencies, String done) {
		boolean open = r.status().open();
		String notes = r.status() == Status.DECLINED ? r.declinedReason()
				: r.status() == Status.DUPLICATE ? "duplicate of " + r.duplicateOf()
				: r.status() == Status.RESOLVED || r.status() == Status.CLOSED ? redact(done) : null;
		// Published to anyone: no address, the location to about 100 m, long digit runs (phones, ID numbers) hidden.
		return map("service_request_id", String.valueOf(r.id()), "status", open ? "open" : "closed", "status_notes", notes,
				"service_name", r.categoryName(), "service_code", r.categoryCode(), "description", redact(r.description()),
				"agency_responsible", agencies, "service_notice", null, "requested_datetime",
				w3c(r.createdAt()), "updated_datetime", w3c(r.updatedAt()), "expected_datetime", w3c(r.dueAt()), "address",
				null, "address_id", null, "zipcode", null, "lat", coarse(r.lat()), "long", coarse(r.lon()), "media_url",
				r.mediaUrl());
	}

	private static final Pattern DIGIT_RUN = Pattern.compile("[0-9][0-9 -]*[0-9Xx]");

	/** A run of 7 or more digits (a phone, an ID number, even with spaces or dashes) hidden, its last two kept. */
	static String redact(String text) {
		if (text == null) {
			return null;
		}
		return DIGIT_RUN.matcher(text).replaceAll(m -> {
			String run = m.group();
			long digits = run.chars().filter(c -> Character.isDigit(c) || c == 'X' || c == 'x').count();
			return Matcher.quoteReplacement(
					digits >= 7 ? "****" + run.substring(run.length() - 2) : run);
		});
	}

	/** A coordinate to three decimals (about 100 m): where the problem is, not which door. */
	static Double coarse(Double degrees) {
		return degrees == null ? null : Math.round(degrees * 1000) / 1000.0;
	}

	// --- helpers ---

	private Optional<Region> jurisdiction(String code, Locale locale) {
		if (code == null || code.isBlank()) {
			return Optional.empty();
		}
		return Optional.of(this.regions.findByCode(code.trim())
			.filter(Region::active)
			.orElseThrow(() -> new Open311Error(404, text("open311.error.jurisdiction", locale, code))));
	}

	private Request.Category category(String code, Locale locale) {
		return this.queries.categories(locale)
			.stream()
			.filter(c -> c.code().equals(code.trim()))
			.findFirst()
			.orElseThrow(() -> new Open311Error(404, text("open311.error.service", locale, code)));
	}

	private Double number(String value, String name, Locale locale) {
		if (blank(value)) {
			return null;
		}
		try {
			return Double.valueOf(value.trim());
		}
		catch (NumberFormatException ex) {
			throw new Open311Error(400, text("open311.error.number", locale, name));
		}
	}

	private Long[] longs(String csv, Locale locale) {
		try {
			return Arrays.stream(csv.split(",")).map(String::trim).map(Long::valueOf).toArray(Long[]::new);
		}
		catch (NumberFormatException ex) {
			throw new Open311Error(400, text("open311.error.number", locale, "service_request_id"));
		}
	}

	private Instant instant(String value, String name, Locale locale) {
		try {
			return OffsetDateTime.parse(value.trim(), W3C).toInstant();
		}
		catch (DateTimeParseException ex) {
			throw new Open311Error(400, text("open311.error.datetime", locale, name));
		}
	}

	private String w3c(Instant i) {
		return i == null ? null : OffsetDateTime.ofInstant(i, this.clock.getZone()).format(W3C_OUT);
	}

	private String text(String key, Locale locale, Object... args) {
		return this.messages.getMessage(key, args, key, locale);
	}

	private static boolean blank(String s) {
		return s == null || s.isBlank();
	}

	private static String nonBlank(String s) {
		return s == null ? "" : s.trim();
	}

	static Map<String, Object> map(Object... pairs) {
		Map<String, Object> m = new LinkedHashMap<>();
		for (int i = 0; i < pairs.length; i += 2) {
			m.put((String) pairs[i], pairs[i + 1]);
		}
		return m;
	}

	/** Writes the body in the format asked for, or the specification's errors with their HTTP code. */
	private ResponseEntity<String> answer(String format, String root, String item, Supplier<Object> body) {
		boolean xml = "xml".equals(format);
		if (!xml && !"json".equals(format)) {
			return ResponseEntity.status(HttpStatus.NOT_FOUND)
				.contentType(MediaType.parseMediaType("text/xml;charset=UTF-8"))
				.body(Open311Xml.write("errors", "error", List.of(map("code", 404, "description",
						text("open311.error.format", LocaleContextHolder.getLocale(), format)))));
		}
		try {
			Object value = body.get();
			return ResponseEntity.ok()
				.contentType(xml ? MediaType.parseMediaType("text/xml;charset=UTF-8") : MediaType.parseMediaType("application/json;charset=UTF-8"))
				.body(xml ? Open311Xml.write(root, item, value) : this.json.writeValueAsString(value));
		}
		catch (Open311Error ex) {
			List<Map<String, Object>> errors = List.of(map("code", ex.code, "description", ex.getMessage()));
			return ResponseEntity.status(ex.code)
				.contentType(xml ? MediaType.parseMediaType("text/xml;charset=UTF-8") : MediaType.parseMediaType("application/json;charset=UTF-8"))
				.body(xml ? Open311Xml.write("errors", "error", errors) : this.json.writeValueAsString(errors));
		}
	}

}
