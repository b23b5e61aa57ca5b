package cn.siwei.access;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import cn.siwei.support.SiweiIT;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * Every page and endpoint against every role: who may not gets 403, who may but whose region does not cover the
 * record gets 404, everyone else gets through. A new endpoint that is not listed here fails the test, so no
 * endpoint can be added without deciding who may reach it.
 */
class AccessMatrixIT extends SiweiIT {

	/** The demo logins, one per role and place, that every endpoint is tried with. */
	static final List<String> LOGINS = List.of("admin", "leader", "street", "worker", "worker9", "handler", "cityhandler",
			"volunteer", "resident", "lzadmin", "lzworker");

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	@Autowired
	UserDetailsService users;

	/**
	 * An endpoint and what it needs.
	 *
	 * @param method HTTP method
	 * @param pattern the mapping's pattern
	 * @param need the permission, or null when any logged-in user may call it
	 * @param sample which demo record its path variable points at (all of them lie in Yong'an community)
	 */
	record Endpoint(HttpMethod method, String pattern, Permission need, String sample, int denied) {
	}

	static final List<Endpoint> ENDPOINTS = new ArrayList<>();

	static void add(String method, String pattern, Permission need, String sample) {
		ENDPOINTS.add(new Endpoint(HttpMethod.valueOf(method), pattern, need, sample, 403));
	}

	/** An endpoint whose record answers 404 to those without the permission (it may be their own). */
	static void addHidden(String method, String pattern, Permission need, String sample) {
		ENDPOINTS.add(new Endpoint(HttpMethod.valueOf(method), pattern, need, sample, 404));
	}

	static {
		add("GET", "/", null, null);
		add("GET", "/login", null, null);
		// the first setup: gone once the installation has an account, for everyone
		add("GET", "/setup", null, "closed");
		add("POST", "/setup", null, "closed");
		add("POST", "/locale", null, null);
		add("GET", "/account/password", null, null);
		add("POST", "/account/password", null, null);
		add("GET", "/regions", Permission.REGION_VIEW, null);
		add("GET", "/regions/{id}", Permission.REGION_VIEW, "region");
		add("GET", "/regions/{id}/children/new", Permission.REGION_MANAGE, "region");
		add("POST", "/regions/{id}/children", Permission.REGION_MANAGE, "region");
		add("GET", "/regions/{id}/edit", Permission.REGION_MANAGE, "region");
		add("POST", "/regions/{id}", Permission.REGION_MANAGE, "region");
		add("GET", "/regions/{id}/move", Permission.REGION_MANAGE, "region");
		add("POST", "/regions/{id}/move", Permission.REGION_MANAGE, "region");
		add("POST", "/regions/{id}/deactivate", Permission.REGION_MANAGE, "region");
		add("POST", "/regions/{id}/reactivate", Permission.REGION_MANAGE, "region");
		add("GET", "/api/v1/regions", Permission.REGION_VIEW, null);
		add("GET", "/api/v1/regions/{id}", Permission.REGION_VIEW, "region");
		add("GET", "/api/v1/regions/{id}/children", Permission.REGION_VIEW, "region");
		add("POST", "/api/v1/regions", Permission.REGION_MANAGE, null);
		add("PUT", "/api/v1/regions/{id}", Permission.REGION_MANAGE, "region");
		add("POST", "/api/v1/regions/{id}/move", Permission.REGION_MANAGE, "region");
		add("GET", "/people", Permission.PEOPLE_VIEW, null);
		add("GET", "/people/{id:\\d+}", Permission.PEOPLE_VIEW, "person");
		add("GET", "/people/picker", Permission.PEOPLE_VIEW, null);
		add("GET", "/people/new", Permission.PEOPLE_MANAGE, null);
		add("POST", "/people", Permission.PEOPLE_MANAGE, null);
		add("GET", "/people/{id}/edit", Permission.PEOPLE_MANAGE, "person");
		add("POST", "/people/{id}", Permission.PEOPLE_MANAGE, "person");
		add("POST", "/people/{id}/reveal", Permission.PERSONAL_DATA_REVEAL, "person");
		add("POST", "/people/{id}/deactivate", Permission.PEOPLE_MANAGE, "person");
		add("POST", "/people/{id}/reactivate", Permission.PEOPLE_MANAGE, "person");
		add("POST", "/people/{id}/pairings", Permission.PEOPLE_MANAGE, "person");
		add("POST", "/people/{id}/pairings/{pairingId}/end", Permission.PEOPLE_MANAGE, "person");
		add("GET", "/people/{id}/memberships", Permission.PEOPLE_VIEW, "person");
		add("GET", "/people/import", Permission.PEOPLE_MANAGE, null);
		add("POST", "/people/import", Permission.PEOPLE_MANAGE, null);
		add("GET", "/people/import/template", Permission.PEOPLE_MANAGE, null);
		add("GET", "/people/import/{id}", Permission.PEOPLE_MANAGE, "import");
		add("GET", "/people/import/{id}/progress", Permission.PEOPLE_MANAGE, "import");
		add("POST", "/people/import/{id}/commit", Permission.PEOPLE_MANAGE, "import");
		add("POST", "/people/import/{id}/discard", Permission.PEOPLE_MANAGE, "import");
		add("GET", "/api/v1/people", Permission.PEOPLE_VIEW, null);
		add("GET", "/api/v1/people/{id}", Permission.PEOPLE_VIEW, "person");
		add("POST", "/api/v1/people", Permission.PEOPLE_MANAGE, null);
		add("PUT", "/api/v1/people/{id}", Permission.PEOPLE_MANAGE, "person");
		add("POST", "/api/v1/people/{id}/reveal", Permission.PERSONAL_DATA_REVEAL, "person");
		add("GET", "/organisations", Permission.ORGANISATION_VIEW, null);
		add("GET", "/organisations/{id}", Permission.ORGANISATION_VIEW, "organisation");
		add("GET", "/organisations/new", Permission.ORGANISATION_MANAGE, null);
		add("POST", "/organisations", Permission.ORGANISATION_MANAGE, null);
		add("GET", "/organisations/{id}/edit", Permission.ORGANISATION_MANAGE, "organisation");
		add("POST", "/organisations/{id}", Permission.ORGANISATION_MANAGE, "organisation");
		add("POST", "/organisations/{id}/deactivate", Permission.ORGANISATION_MANAGE, "organisation");
		add("POST", "/organisations/{id}/reactivate", Permission.ORGANISATION_MANAGE, "organisation");
		add("POST", "/organisations/{id}/posts", Permission.ORGANISATION_MANAGE, "organisation");
		add("POST", "/organisations/{id}/posts/{postId}/end", Permission.ORGANISATION_MANAGE, "organisation");
		add("POST", "/organisations/{id}/liaisons", Permission.ORGANISATION_MANAGE, "organisation");
		add("POST", "/organisations/{id}/liaisons/{liaisonId}/end", Permission.ORGANISATION_MANAGE, "organisation");
		add("GET", "/teams", Permission.ORGANISATION_VIEW, null);
		add("GET", "/teams/{id}", Permission.ORGANISATION_VIEW, "team");
		add("GET", "/teams/new", Permission.ORGANISATION_MANAGE, null);
		add("POST", "/teams", Permission.ORGANISATION_MANAGE, null);
		add("GET", "/teams/{id}/edit", Permission.ORGANISATION_MANAGE, "team");
		add("POST", "/teams/{id}", Permission.ORGANISATION_MANAGE, "team");
		add("POST", "/teams/{id}/deactivate", Permission.ORGANISATION_MANAGE, "team");
		add("POST", "/teams/{id}/reactivate", Permission.ORGANISATION_MANAGE, "team");
		add("POST", "/teams/{id}/members", Permission.ORGANISATION_MANAGE, "team");
		add("POST", "/teams/{id}/members/{personId}/leave", Permission.ORGANISATION_MANAGE, "team");
		add("GET", "/accounts", Permission.ACCOUNT_MANAGE, null);
		add("GET", "/accounts/new", Permission.ACCOUNT_MANAGE, null);
		add("POST", "/accounts", Permission.ACCOUNT_MANAGE, null);
		add("GET", "/accounts/{id}/edit", Permission.ACCOUNT_MANAGE, "account");
		add("POST", "/accounts/{id}", Permission.ACCOUNT_MANAGE, "account");
		add("POST", "/accounts/{id}/password", Permission.ACCOUNT_MANAGE, "account");
		add("POST", "/accounts/{id}/active", Permission.ACCOUNT_MANAGE, "account");
		add("GET", "/audit", Permission.AUDIT_VIEW, null);
		add("GET", "/wishes", Permission.WISH_VIEW, null);
		add("GET", "/wishes/figures", Permission.WISH_VIEW, null);
		add("GET", "/wishes/export.xlsx", Permission.PEOPLE_VIEW, null);
		add("GET", "/wishes/new", Permission.WISH_COLLECT, null);
		add("POST", "/wishes", Permission.WISH_COLLECT, null);
		addHidden("GET", "/wishes/{id}", Permission.WISH_VIEW, "wish");
		add("POST", "/wishes/{id}/claim", Permission.WISH_CLAIM, "wish");
		add("POST", "/wishes/{id}/assign", Permission.WISH_FOLLOW_UP, "wish");
		add("POST", "/wishes/{id}/transfer", Permission.WISH_FOLLOW_UP, "wish");
		add("POST", "/wishes/{id}/note", Permission.WISH_FOLLOW_UP, "wish");
		add("POST", "/wishes/{id}/contact", null, "wish");
		add("POST", "/wishes/{id}/complete", null, "wish");
		add("POST", "/wishes/{id}/evaluate", null, "wish");
		add("GET", "/api/v1/wishes", Permission.WISH_VIEW, null);
		add("GET", "/api/v1/wishes/figures", Permission.WISH_VIEW, "region");
		add("POST", "/api/v1/wishes", Permission.WISH_COLLECT, null);
		add("POST", "/api/v1/wishes/mine", null, null);
		addHidden("GET", "/api/v1/wishes/{id}", Permission.WISH_VIEW, "wish");
		add("GET", "/api/v1/wishes/{id}/suggestions", Permission.WISH_FOLLOW_UP, "wish");
		add("POST", "/api/v1/wishes/{id}/claim", Permission.WISH_CLAIM, "wish");
		add("POST", "/api/v1/wishes/{id}/assign", Permission.WISH_FOLLOW_UP, "wish");
		add("POST", "/api/v1/wishes/{id}/transfer", Permission.WISH_FOLLOW_UP, "wish");
		add("POST", "/api/v1/wishes/{id}/notes", Permission.WISH_FOLLOW_UP, "wish");
		add("POST", "/api/v1/wishes/{id}/contact", null, "wish");
		add("POST", "/api/v1/wishes/{id}/complete", null, "wish");
		add("POST", "/api/v1/wishes/{id}/evaluate", null, "wish");
		add("GET", "/wishes/settings", Permission.RULES_MANAGE, null);
		add("POST", "/wishes/settings/contact-days", Permission.RULES_MANAGE, null);
		add("POST", "/wishes/categories", Permission.DICTIONARY_MANAGE, null);
		add("POST", "/wishes/categories/{id}", Permission.DICTIONARY_MANAGE, null);
		add("GET", "/notifications", null, null);
		add("POST", "/wishes/{id}/photos", null, "wish");
		add("GET", "/wishes/{id}/photos/{photoId}", null, "missing");
		add("GET", "/my/wishes", null, null);
		add("POST", "/my/wishes", null, null);
		add("GET", "/dashboard", Permission.WISH_VIEW, null);
		add("GET", "/api/v1/dashboard", Permission.WISH_VIEW, null);
		add("GET", "/rankings", Permission.REQUEST_VIEW, null);
		add("GET", "/rankings.xlsx", Permission.REQUEST_VIEW, null);
		add("POST", "/rankings/comments", Permission.RANKING_COMMENT, null);
		add("GET", "/hot-topics", Permission.REQUEST_VIEW, null);
		add("GET", "/requests", Permission.REQUEST_VIEW, null);
		add("GET", "/requests/new", Permission.REQUEST_RECORD, null);
		add("POST", "/requests", Permission.REQUEST_RECORD, null);
		add("GET", "/requests/tasks", Permission.REQUEST_HANDLE, null);
		add("GET", "/requests/supervision", Permission.REQUEST_VIEW, null);
		add("GET", "/requests/figures", Permission.REQUEST_VIEW, null);
		add("GET", "/requests/units", Permission.REQUEST_VIEW, null);
		add("GET", "/requests/units.xlsx", Permission.REQUEST_VIEW, null);
		add("GET", "/my/requests", null, null);
		add("POST", "/my/requests", null, null);
		addHidden("GET", "/requests/{id}", Permission.REQUEST_VIEW, "request");
		for (String act : List.of("accept", "decline", "route", "duplicate", "dispatch", "escalate")) {
			add("POST", "/requests/{id}/" + act, Permission.REQUEST_ACCEPT, "request");
			add("POST", "/api/v1/requests/{id}/" + act, Permission.REQUEST_ACCEPT, "request");
		}
		for (String act : List.of("study", "summon", "return")) {
			add("POST", "/requests/{id}/" + act, Permission.REQUEST_SUMMON, "request");
			add("POST", "/api/v1/requests/{id}/" + act, Permission.REQUEST_SUMMON, "request");
		}
		for (String act : List.of("report", "claim", "done")) {
			add("POST", "/requests/{id}/parts/{partId}/" + act, Permission.REQUEST_HANDLE, "request");
			add("POST", "/api/v1/requests/{id}/parts/{partId}/" + act, Permission.REQUEST_HANDLE, "request");
		}
		add("POST", "/requests/{id}/reveal", Permission.PERSONAL_DATA_REVEAL, "request");
		add("POST", "/api/v1/requests/{id}/reveal", Permission.PERSONAL_DATA_REVEAL, "request");
		add("POST", "/requests/{id}/remind", Permission.REQUEST_SUPERVISE, "request");
		add("POST", "/api/v1/requests/{id}/remind", Permission.REQUEST_SUPERVISE, "request");
		// a unit on its part or staff of the region: decided by the service after reading the request
		add("POST", "/requests/{id}/progress", null, "request");
		add("POST", "/api/v1/requests/{id}/progress", null, "request");
		add("POST", "/requests/{id}/evaluate", null, "request");
		add("POST", "/api/v1/requests/{id}/evaluate", null, "request");
		add("POST", "/requests/{id}/photos", null, "request");
		add("GET", "/requests/{id}/photos/{photoId}", null, "missing");
		add("GET", "/requests/settings", Permission.RULES_MANAGE, null);
		add("POST", "/requests/settings/limits", Permission.RULES_MANAGE, null);
		add("POST", "/requests/settings/calendar", Permission.DICTIONARY_MANAGE, null);
		add("POST", "/requests/settings/templates", Permission.DICTIONARY_MANAGE, null);
		add("POST", "/requests/settings/templates/{id}/deactivate", Permission.DICTIONARY_MANAGE, null);
		add("POST", "/requests/settings/clients", Permission.ACCOUNT_MANAGE, null);
		add("POST", "/requests/settings/clients/{id}/deactivate", Permission.ACCOUNT_MANAGE, null);
		add("POST", "/requests/settings/clients/{id}/public", Permission.ACCOUNT_MANAGE, null);
		add("GET", "/api/v1/requests", Permission.REQUEST_VIEW, null);
		add("GET", "/api/v1/requests/figures", Permission.REQUEST_VIEW, "region");
		add("GET", "/api/v1/requests/supervision", Permission.REQUEST_VIEW, null);
		add("GET", "/api/v1/requests/tasks", Permission.REQUEST_HANDLE, null);
		addHidden("GET", "/api/v1/requests/{id}", Permission.REQUEST_VIEW, "request");
		add("GET", "/api/v1/requests/{id}/similar", Permission.REQUEST_ACCEPT, "request");
		add("POST", "/api/v1/requests", Permission.REQUEST_RECORD, null);
		add("POST", "/api/v1/requests/mine", null, null);
		// other systems, with their own keys (tried in Open311IT and RequestIntakeIT)
		add("POST", "/api/v1/requests/intake", null, null);
		add("GET", "/open311/v2/discovery.{format}", null, null);
		add("GET", "/open311/v2/services.{format}", null, null);
		add("GET", "/open311/v2/services/{code}.{format}", null, null);
		add("POST", "/open311/v2/requests.{format}", null, null);
		add("GET", "/open311/v2/requests.{format}", null, null);
		add("GET", "/open311/v2/requests/{id}.{format}", null, null);
		add("GET", "/open311/v2/tokens/{token}.{format}", null, null);
	}

	static final Map<String, Long> SAMPLES = new LinkedHashMap<>();

	static String yonganPath;

	private void loadSamples() {
		if (!SAMPLES.isEmpty()) {
			return;
		}
		SAMPLES.put("region", id("region", "code", "650203001001"));
		SAMPLES.put("person", id("person", "name", "王秀兰"));
		SAMPLES.put("organisation", id("organisation", "name", "永安社区居委会"));
		SAMPLES.put("team", id("team", "name", "永安社区“红细胞”党员服务队"));
		SAMPLES.put("account", id("account", "username", "resident"));
		SAMPLES.put("import", 999_999L);
		SAMPLES.put("missing", 999_999L);
		SAMPLES.put("closed", 0L);
		SAMPLES.put("wish", this.jdbc.sql("select id from wish where description like '家里的电视机坏了%'").query(Long.class).single());
		SAMPLES.put("request", this.jdbc.sql("select id from request where description like '永安社区西侧道路%'").query(Long.class).single());
		SAMPLES.put("pushed", this.jdbc.sql("""
				select id from request where client_id in (select id from api_client where public_read) order by id limit 1""")
			.query(Long.class).single());
		this.jdbc.sql("insert into request_token (token, request_id) values ('matrix-token', ?) on conflict do nothing")
			.param(SAMPLES.get("pushed"))
			.update();
		yonganPath = this.jdbc.sql("select path from region where code = '650203001001'").query(String.class).single();
	}

	@Test
	void everyEndpointOfThePlatformIsListedWithWhatItNeeds() {
		Set<String> listed = new TreeSet<>();
		ENDPOINTS.forEach(e -> listed.add(e.method() + " " + e.pattern()));
		Set<String> actual = new TreeSet<>();
		for (Map.Entry<RequestMappingInfo, org.springframework.web.method.HandlerMethod> entry : this.mappings
			.getHandlerMethods()
			.entrySet()) {
			if (!entry.getValue().getBeanType().getPackageName().startsWith("cn.siwei")) {
				continue;
			}
			RequestMappingInfo info = entry.getKey();
			var methods = info.getMethodsCondition().getMethods();
			for (String pattern : info.getPatternValues()) {
				for (var m : methods) {
					actual.add(m.name() + " " + pattern);
				}
			}
		}
		assertThat(listed).as("endpoints in this test's table").containsExactlyInAnyOrderElementsOf(actual);
	}

	@Test
	void everyRoleGetsExactlyWhatItsPermissionsAndRegionAllow() throws Exception {
		loadSamples();
		List<String> wrong = new ArrayList<>();
		for (String login : LOGINS) {
			Actor actor = ((ActorPrincipal) this.users.loadUserByUsername(login)).actor();
			for (Endpoint e : ENDPOINTS) {
				if (e.pattern().equals("/login") || e.pattern().equals("/locale")
						|| e.pattern().equals("/account/password") && e.method() == HttpMethod.POST) {
					continue;
				}
				boolean allowed = e.need() == null || actor.can(e.need());
				boolean inScope = e.sample() == null || "closed".equals(e.sample()) || yonganPath.startsWith(actor.regionPath());
				boolean ownImport = !"import".equals(e.sample()) && !"missing".equals(e.sample());
				boolean closed = "closed".equals(e.sample());
				if (allowed && e.method() != HttpMethod.GET && inScope && !closed) {
					// Allowed writes inside the scope change data; their behaviour is tested elsewhere.
					continue;
				}
				// Need to know: a department handler reads only the wishes its unit took on (not the sample).
				boolean notTheirs = "wish".equals(e.sample()) && actor.role() == Role.DEPARTMENT_HANDLER;
				int expected = !allowed ? e.denied() : (!inScope || !ownImport || closed || notTheirs) ? 404 : 200;
				int status = call(login, e);
				boolean ok = expected == 200 ? status >= 200 && status < 400 : status == expected;
				if (!ok) {
					wrong.add(login + " " + e.method() + " " + e.pattern() + ": expected " + expected + ", got " + status);
				}
			}
		}
		assertThat(wrong).isEmpty();
	}

	private int call(String login, Endpoint e) throws Exception {
		String url = e.pattern()
			.replace("{format}", "json")
			.replace("{code}", "MUNICIPAL")
			.replace("{token}", "matrix-token")
			.replace("/open311/v2/requests/{id}", "/open311/v2/requests/" + SAMPLES.get("pushed"))
			.replaceAll("\\{id(:[^}]*)?\\}", e.sample() == null ? "0" : String.valueOf(SAMPLES.get(e.sample())))
			.replaceAll("\\{[a-zA-Z]+\\}", "1");
		org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder<?> request = MockMvcRequestBuilders.request(e.method(), url)
			.with(user(this.users.loadUserByUsername(login)))
			.with(csrf());
		if (url.endsWith("/picker")) {
			request.param("q", "王").param("field", "personId");
		}
		if (url.contains("/reveal")) {
			request.param("field", "PHONE").param("reason", "matrix");
		}
		if (e.method() == HttpMethod.POST && !url.startsWith("/api/")) {
			// Well-formed requests, so that what answers is the access rule and not a missing parameter.
			request.param("password", "another-password").param("active", "false");
		}
		if (url.startsWith("/api/") && e.method() != HttpMethod.GET) {
			request.contentType(MediaType.APPLICATION_JSON)
				.content("{\"parentId\": 1, \"reason\": \"test\", \"teamId\": 1, \"kind\": \"REMINDED\"}");
		}
		if (url.equals("/api/v1/wishes/figures") || url.equals("/api/v1/requests/figures")) {
			request.param("region", String.valueOf(SAMPLES.get("region"))).param("from", "2026-01-01").param("to", "2026-12-31");
		}
		if (url.equals("/people/import") && e.method() == HttpMethod.POST) {
			request = MockMvcRequestBuilders.multipart(url)
				.file(new org.springframework.mock.web.MockMultipartFile("file", "x.xlsx", null, new byte[0]))
				.with(user(this.users.loadUserByUsername(login)))
				.with(csrf());
		}
		return this.mvc.perform(request).andReturn().getResponse().getStatus();
	}

}
