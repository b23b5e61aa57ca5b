package cn.siwei.platform;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import cn.siwei.support.SiweiIT;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * Bad input of every kind to every endpoint of the platform, as an administrator (who may reach them all) and as a
 * community worker: malformed JSON, values of the wrong type, unknown choices, texts too long to store or holding
 * NUL, impossible dates, pages and sizes out of range, path ids that are not ids. Nothing may answer 5xx, and an API
 * refusal of a value (400 or 422) must name the field it refuses. Path ids never point at a real record, so the
 * shared demo data is not changed by whatever is accepted.
 */
class InputFuzzIT extends SiweiIT {

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	@Autowired
	UserDetailsService users;

	static final String HUGE = "长".repeat(10_001);

	static final List<String> ID_FIELDS = List.of("id", "regionId", "parentId", "personId", "organisationId", "teamId",
			"categoryId", "beneficiaryId", "partId", "originalId", "unitId", "helperId", "communityId",
			"reporterPersonId", "organisationIds");

	static final List<String> TEXT_FIELDS = List.of("description", "note", "reason", "name", "code", "title", "address",
			"comment", "task", "text", "body", "displayName", "username", "password", "reporterName", "reporterPhone",
			"phone", "idNumber", "skills", "nameZh", "nameEn", "q", "categoryCode", "regionCode", "externalId");

	static final List<String> CHOICE_FIELDS = List.of("channel", "urgency", "status", "role", "kind", "satisfaction",
			"evaluation", "field", "difficulty", "level", "gender", "careTag", "step", "sort", "lang");

	static final List<String> DATE_FIELDS = List.of("from", "to", "dueDate", "committedDate", "birthDate", "month",
			"date");

	static final List<String> NUMBER_FIELDS = List.of("page", "size", "days", "reportWithin", "year", "stars", "lat",
			"long", "lon");

	/**
	 * Bodies for JSON endpoints: malformed ones, each kind of field spoilt at once, and each text and id field
	 * spoilt alone (so that an earlier refusal cannot hide a later field that breaks).
	 */
	static List<String> jsonBodies() {
		List<String> bodies = new ArrayList<>(List.of("{", "[]", "\"text\"", "null", "{\"a\":", "{}"));
		bodies.add(allOf(ID_FIELDS, "\"abc\""));
		bodies.add(allOf(ID_FIELDS, "1e30"));
		bodies.add(allOf(ID_FIELDS, "-1"));
		bodies.add(allOf(ID_FIELDS, "[\"x\", {}]"));
		bodies.add(allOf(TEXT_FIELDS, "{\"nested\": 1}"));
		bodies.add(allOf(TEXT_FIELDS, "\"\\\\%_'\\\"<script>\""));
		bodies.add(allOf(CHOICE_FIELDS, "\"NO_SUCH_CHOICE\""));
		bodies.add(allOf(CHOICE_FIELDS, "42"));
		bodies.add(allOf(DATE_FIELDS, "\"2026-13-45\""));
		bodies.add(allOf(NUMBER_FIELDS, "\"many\""));
		bodies.add(allOf(NUMBER_FIELDS, "-99999999999"));
		for (String f : TEXT_FIELDS) {
			bodies.add("{\"" + f + "\": \"" + HUGE + "\"}");
			bodies.add("{\"" + f + "\": \"a\\u0000b\"}");
		}
		for (String f : ID_FIELDS) {
			bodies.add("{\"" + f + "\": \"abc\"}");
		}
		return bodies;
	}

	private static String allOf(List<String> fields, String value) {
		return "{" + String.join(", ", fields.stream().map(f -> "\"" + f + "\": " + value).toList()) + "}";
	}

	/** Parameter sets for forms and queries: each kind spoilt at once, and each text field too long alone. */
	static List<Map<String, String>> parameterSets() {
		List<Map<String, String>> sets = new ArrayList<>();
		sets.add(Map.of());
		sets.add(each(ID_FIELDS, "abc"));
		sets.add(each(ID_FIELDS, "99999999999999999999"));
		sets.add(each(TEXT_FIELDS, "\\%_'\"<script>"));
		sets.add(each(CHOICE_FIELDS, "NO_SUCH_CHOICE"));
		sets.add(each(DATE_FIELDS, "2026-13-45"));
		sets.add(each(NUMBER_FIELDS, "many"));
		sets.add(each(NUMBER_FIELDS, "-99999999999"));
		sets.add(Map.of("page", "2147483647", "size", "2147483647"));
		sets.add(Map.of("page", "-1", "size", "0"));
		for (String f : TEXT_FIELDS) {
			sets.add(Map.of(f, HUGE));
		}
		return sets;
	}

	private static Map<String, String> each(List<String> fields, String value) {
		Map<String, String> m = new LinkedHashMap<>();
		fields.forEach(f -> m.put(f, value));
		return m;
	}

	/** Path values that are never a real record. */
	static final List<String> PATH_VALUES = List.of("abc", "0", "-1", "99999999999999999999", "%20", "1.5");

	@Test
	void noBadInputAnswersAServerErrorAndEveryApiRefusalNamesTheField() throws Exception {
		List<String> wrong = new ArrayList<>();
		Set<String> seen = new LinkedHashSet<>();
		int calls = 0;
		for (String login : List.of("admin", "worker")) {
			for (var entry : endpoints()) {
				String pattern = entry.getValue();
				HttpMethod method = entry.getKey();
				if (pattern.equals("/logout") || pattern.startsWith("/setup")) {
					continue;
				}
				for (String pathValue : PATH_VALUES) {
					String url = pattern.replaceAll("\\{[^}]+\\}", pathValue);
					List<MockHttpServletRequestBuilder> requests = new ArrayList<>();
					boolean api = url.startsWith("/api/");
					boolean full = login.equals("admin") && pathValue.equals(PATH_VALUES.get(0));
					if (api && full && (method == HttpMethod.POST || method == HttpMethod.PUT)) {
						for (String body : jsonBodies()) {
							requests.add(MockMvcRequestBuilders.request(method, url).contentType(MediaType.APPLICATION_JSON)
								.content(body));
						}
					}
					// Only the first path value gets the whole set of parameters: the path is what the others try.
					List<Map<String, String>> sets = full ? parameterSets() : List.of(Map.of());
					for (Map<String, String> params : sets) {
						MockHttpServletRequestBuilder r = MockMvcRequestBuilders.request(method, url);
						params.forEach(r::param);
						requests.add(r);
					}
					for (MockHttpServletRequestBuilder r : requests) {
						MockHttpServletResponse response;
						try {
							response = this.mvc.perform(r.with(user(this.users.loadUserByUsername(login))).with(csrf()))
								.andReturn()
								.getResponse();
						}
						catch (Exception ex) {
							// what escapes MockMvc is what a servlet container answers with 500
							String what = login + " " + method + " " + url;
							if (seen.add(what + " exception")) {
								Throwable root = ex;
								while (root.getCause() != null) {
									root = root.getCause();
								}
								wrong.add(what + ": 500 " + root.getClass().getSimpleName() + ": "
										+ String.valueOf(root.getMessage()).lines().findFirst().orElse(""));
							}
							continue;
						}
						calls++;
						int status = response.getStatus();
						String what = login + " " + method + " " + url;
						if (status >= 500 && seen.add(what + " " + status)) {
							wrong.add(what + ": " + status);
						}
						if (api && (status == 400 || status == 422)
								&& !response.getContentAsString().contains("\"field\"") && seen.add(what + " nofield")) {
							wrong.add(what + ": " + status + " without the field: "
									+ response.getContentAsString().substring(0, Math.min(200, response.getContentAsString().length())));
						}
					}
					if (!pattern.contains("{")) {
						break;
					}
				}
			}
		}
		assertThat(calls).isGreaterThan(5_000);
		assertThat(wrong).isEmpty();
	}

	/** Every endpoint of the platform: method and pattern. */
	private List<Map.Entry<HttpMethod, String>> endpoints() {
		List<Map.Entry<HttpMethod, String>> all = new ArrayList<>();
		for (Map.Entry<RequestMappingInfo, HandlerMethod> e : this.mappings.getHandlerMethods()
			.entrySet()) {
			if (!e.getValue().getBeanType().getPackageName().startsWith("cn.siwei")) {
				continue;
			}
			for (String pattern : e.getKey().getPatternValues()) {
				for (var m : e.getKey().getMethodsCondition().getMethods()) {
					all.add(Map.entry(HttpMethod.valueOf(m.name()),
							pattern.replace("{id:\\d+}", "{id}").replace(".{format}", ".json")));
				}
			}
		}
		return all;
	}

}
