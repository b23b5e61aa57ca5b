package cn.siwei.access;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiFunction;
import java.util.function.Function;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.mock.web.MockServletContext;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.RequestBuilder;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import cn.siwei.support.AccessRows;
import cn.siwei.support.SiweiIT;
import cn.siwei.wish.WishPermissions;

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

	static final Map<String, String> SAMPLE_QUERIES = new LinkedHashMap<>();

	static final Map<String, String> PREPARATIONS = new LinkedHashMap<>();

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
		add("POST", "/regions/{id}/centre", Permission.REGION_MANAGE, "region");
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
		add("GET", "/organisations/picker", Permission.ORGANISATION_VIEW, null);
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
		add("GET", "/api/v1/organisations", Permission.ORGANISATION_VIEW, null);
		add("GET", "/api/v1/organisations/{id}", Permission.ORGANISATION_VIEW, "organisation");
		add("GET", "/api/v1/organisations/{id}/posts", Permission.ORGANISATION_VIEW, "organisation");
		add("GET", "/api/v1/teams", Permission.ORGANISATION_VIEW, null);
		add("GET", "/api/v1/teams/{id}", Permission.ORGANISATION_VIEW, "team");
		add("GET", "/api/v1/teams/{id}/members", Permission.ORGANISATION_VIEW, "team");
		add("GET", "/api/v1/accounts", Permission.ACCOUNT_MANAGE, null);
		add("GET", "/api/v1/accounts/{id}", Permission.ACCOUNT_MANAGE, "account");
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
		add("GET", "/audit/export.xlsx", Permission.AUDIT_VIEW, null);
		add("GET", "/notifications", null, null);
		add("GET", "/search", null, null);
		add("GET", "/api/v1/search", null, null);
		add("GET", "/notifications/{id}", null, "missing");
		add("POST", "/notifications/read", null, null);
		add("GET", "/dashboard", WishPermissions.VIEW, null);
		add("GET", "/api/v1/dashboard", WishPermissions.VIEW, null);
		// and each capability's own, listed beside its tests (an AccessRows in its test package)
		AccessRows.Rows rows = new AccessRows.Rows() {

			@Override
			public void add(String method, String pattern, Permission need, String sample) {
				AccessMatrixIT.add(method, pattern, need, sample);
			}

			@Override
			public void addHidden(String method, String pattern, Permission need, String sample) {
				AccessMatrixIT.addHidden(method, pattern, need, sample);
			}

			@Override
			public void sample(String name, String sql) {
				SAMPLE_QUERIES.put(name, sql);
			}

			@Override
			public void prepare(String sql, String sample) {
				PREPARATIONS.put(sql, sample);
			}

		};
		AccessRows.all().forEach(r -> r.list(rows));
	}

	static final Map<String, Long> SAMPLES = new LinkedHashMap<>();

	static String yonganPath;

	/** The demo records the path variables point at (all of them in Yong'an community). */
	static void loadSamples(JdbcClient jdbc) {
		if (!SAMPLES.isEmpty()) {
			return;
		}
		BiFunction<String, String, Long> id = (table, where) -> jdbc
			.sql("select id from " + table + " where " + where).query(Long.class).single();
		SAMPLES.put("region", id.apply("region", "code = '650203001001'"));
		SAMPLES.put("person", id.apply("person", "name = '王秀兰'"));
		SAMPLES.put("organisation", id.apply("organisation", "name = '永安社区居委会'"));
		SAMPLES.put("team", id.apply("team", "name = '永安社区“红细胞”党员服务队'"));
		SAMPLES.put("account", id.apply("account", "username = 'resident'"));
		SAMPLES.put("import", 999_999L);
		SAMPLES.put("missing", 999_999L);
		SAMPLES.put("closed", 0L);
		SAMPLE_QUERIES.forEach((name, sql) -> SAMPLES.put(name, jdbc.sql(sql).query(Long.class).single()));
		PREPARATIONS.forEach((sql, sample) -> jdbc.sql(sql).param(SAMPLES.get(sample)).update());
		yonganPath = jdbc.sql("select path from region where code = '650203001001'").query(String.class).single();
	}

	@Test
	void everyEndpointOfThePlatformIsListedWithWhatItNeeds() {
		Set<String> listed = new TreeSet<>();
		ENDPOINTS.forEach(e -> listed.add(e.method() + " " + e.pattern()));
		Set<String> actual = new TreeSet<>();
		for (Map.Entry<RequestMappingInfo, HandlerMethod> entry : this.mappings
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
		loadSamples(this.jdbc);
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

	/**
	 * Writes and side channels with an id of another city (Nanchong/Langzhong) in every place a form or an API call
	 * takes one, by actors of Karamay who may use the endpoint: each is refused and nothing changes (every change
	 * writes an audit event, so their count stays put) and nothing of the other city is shown.
	 */
	@Test
	void everyIdNamedInAFormOrAnApiCallIsCheckedAgainstTheActorsScope() throws Exception {
		loadSamples(this.jdbc);
		String nanchong = this.jdbc.sql("select path from region where code = '511300'").query(String.class).single();
		Function<String, String> foreign = table -> String.valueOf(this.jdbc
			.sql("select id from " + table + " where region_path like ? || '%' order by id limit 1")
			.param(nanchong).query(Long.class).single());
		String region = String.valueOf(id("region", "code", "511381001001"));
		String person = foreign.apply("person");
		String organisation = foreign.apply("organisation");
		String team = foreign.apply("team");
		String request = foreign.apply("request");
		String wish = foreign.apply("wish");
		long yRequest = SAMPLES.get("request");
		long yWish = SAMPLES.get("wish");
		long yPerson = SAMPLES.get("person");
		long yOrg = SAMPLES.get("organisation");
		long yTeam = SAMPLES.get("team");
		long yRegion = SAMPLES.get("region");
		long category = this.jdbc.sql("select id from request_category where code = 'MUNICIPAL'").query(Long.class).single();
		long wishCategory = this.jdbc.sql("select id from wish_category order by id limit 1").query(Long.class).single();

		record Case(String login, MockHttpServletRequestBuilder call) {
		}
		List<Case> writes = new ArrayList<>();
		for (String[] f : new String[][] { { "regionId", region, "organisationId", "", "personId", "" },
				{ "regionId", String.valueOf(yRegion), "organisationId", organisation, "personId", "" },
				{ "regionId", String.valueOf(yRegion), "organisationId", "", "personId", person } }) {
			writes.add(new Case("admin", MockMvcRequestBuilders.post("/accounts").param("username", "bind" + f[1] + f[3] + f[5])
				.param("displayName", "越界").param("role", f[3].isEmpty() ? (f[5].isEmpty() ? "COMMUNITY_WORKER" : "RESIDENT")
						: "DEPARTMENT_HANDLER").param("password", "Bind-pass-99")
				.param(f[0], f[1]).param(f[2], f[3]).param(f[4], f[5])));
		}
		String requestJson = "{\"categoryId\": " + category + ", \"description\": \"越界\", \"channel\": \"HOME_VISIT\", "
				+ "\"reporterName\": \"某\", \"regionId\": %s, \"reporterPersonId\": %s}";
		writes.add(new Case("worker", MockMvcRequestBuilders.post("/api/v1/requests").contentType(MediaType.APPLICATION_JSON)
			.content(requestJson.formatted(region, "null"))));
		writes.add(new Case("worker", MockMvcRequestBuilders.post("/api/v1/requests").contentType(MediaType.APPLICATION_JSON)
			.content(requestJson.formatted(yRegion, person))));
		writes.add(new Case("worker", MockMvcRequestBuilders.post("/requests").param("categoryId", String.valueOf(category))
			.param("description", "越界").param("channel", "HOME_VISIT").param("reporterName", "某").param("regionId", region)));
		for (String unit : List.of("organisationId", "teamId", "personId")) {
			String value = unit.equals("organisationId") ? organisation : unit.equals("teamId") ? team : person;
			writes.add(new Case("worker", MockMvcRequestBuilders.post("/api/v1/requests/" + yRequest + "/dispatch")
				.contentType(MediaType.APPLICATION_JSON).content("{\"" + unit + "\": " + value + ", \"task\": \"x\"}")));
		}
		writes.add(new Case("worker", MockMvcRequestBuilders.post("/api/v1/requests/" + yRequest + "/duplicate")
			.contentType(MediaType.APPLICATION_JSON).content("{\"originalId\": " + request + "}")));
		writes.add(new Case("worker", MockMvcRequestBuilders.post("/api/v1/requests/" + yRequest + "/route")
			.contentType(MediaType.APPLICATION_JSON).content("{\"regionId\": " + region + "}")));
		writes.add(new Case("street", MockMvcRequestBuilders.post("/api/v1/requests/" + yRequest + "/summon")
			.contentType(MediaType.APPLICATION_JSON).content("{\"organisationIds\": [" + organisation + "]}")));
		writes.add(new Case("worker", MockMvcRequestBuilders.post("/api/v1/wishes").contentType(MediaType.APPLICATION_JSON)
			.content("{\"beneficiaryId\": " + person + ", \"categoryId\": " + wishCategory
					+ ", \"description\": \"越界\", \"channel\": \"PHONE\"}")));
		writes.add(new Case("worker", MockMvcRequestBuilders.post("/api/v1/wishes/" + yWish + "/assign")
			.contentType(MediaType.APPLICATION_JSON).content("{\"teamId\": " + team + "}")));
		writes.add(new Case("worker", MockMvcRequestBuilders.post("/api/v1/wishes/" + yWish + "/assign")
			.contentType(MediaType.APPLICATION_JSON).content("{\"personId\": " + person + "}")));
		writes.add(new Case("worker", MockMvcRequestBuilders.post("/api/v1/wishes/" + yWish + "/transfer")
			.contentType(MediaType.APPLICATION_JSON).content("{\"teamId\": " + team + ", \"reason\": \"x\"}")));
		writes.add(new Case("volunteer", MockMvcRequestBuilders.post("/api/v1/wishes/" + yWish + "/claim")
			.contentType(MediaType.APPLICATION_JSON).content("{\"teamId\": " + team + "}")));
		writes.add(new Case("worker", MockMvcRequestBuilders.post("/people").param("name", "越界居民").param("regionId", region)));
		writes.add(new Case("worker", MockMvcRequestBuilders.post("/people/" + yPerson + "/pairings").param("helperId", person)));
		writes.add(new Case("worker", MockMvcRequestBuilders.post("/organisations").param("name", "越界单位")
			.param("kind", "PROPERTY_COMPANY").param("regionId", region)));
		writes.add(new Case("worker", MockMvcRequestBuilders.post("/organisations/" + yOrg + "/posts").param("personId", person)
			.param("title", "越界")));
		writes.add(new Case("street", MockMvcRequestBuilders.post("/organisations/" + yOrg + "/liaisons").param("communityId", region)));
		writes.add(new Case("worker", MockMvcRequestBuilders.post("/teams").param("name", "越界队").param("kind", "VOLUNTEER_TEAM")
			.param("regionId", region)));
		writes.add(new Case("worker", MockMvcRequestBuilders.post("/teams").param("name", "越界队").param("kind", "VOLUNTEER_TEAM")
			.param("regionId", String.valueOf(yRegion)).param("organisationId", organisation)));
		writes.add(new Case("worker", MockMvcRequestBuilders.post("/teams").param("name", "越界队").param("kind", "VOLUNTEER_TEAM")
			.param("regionId", String.valueOf(yRegion)).param("serviceRegionIds", region)));
		writes.add(new Case("worker", MockMvcRequestBuilders.post("/teams/" + yTeam + "/members").param("personId", person)));
		writes.add(new Case("admin", MockMvcRequestBuilders.post("/regions/" + yRegion + "/move").param("parentId",
				String.valueOf(id("region", "code", "511381001")))));
		writes.add(new Case("admin", MockMvcRequestBuilders.post("/requests/settings/clients").param("name", "越界系统")
			.param("channel", "OPEN311").param("regionId", region)));
		writes.add(new Case("street", MockMvcRequestBuilders.post("/wishes/settings/contact-days").param("region", region)
			.param("days", "3")));

		List<String> wrong = new ArrayList<>();
		for (Case c : writes) {
			long before = this.jdbc.sql("select count(*) from audit_event").query(Long.class).single();
			int status = this.mvc.perform(c.call().with(user(this.users.loadUserByUsername(c.login()))).with(csrf()))
				.andReturn().getResponse().getStatus();
			long after = this.jdbc.sql("select count(*) from audit_event").query(Long.class).single();
			if (after != before || status >= 500) {
				var r = c.call().buildRequest(new MockServletContext());
				wrong.add(c.login() + " " + r.getMethod() + " " + r.getRequestURI() + " " + r.getParameterMap().keySet()
						+ ": status " + status + ", " + (after - before) + " changes");
			}
		}

		// Side channels: what a Karamay reader asks about the other city answers nothing of it.
		for (String url : List.of("/api/v1/wishes/figures?region=" + region + "&from=2026-01-01&to=2026-12-31",
				"/api/v1/requests/figures?region=" + region + "&from=2026-01-01&to=2026-12-31",
				"/api/v1/dashboard?region=" + region, "/api/v1/regions/" + region + "/children",
				"/api/v1/requests/" + request, "/api/v1/wishes/" + wish, "/api/v1/people/" + person,
				"/people/picker?field=personId&q=" + URLEncoder.encode(this.jdbc
					.sql("select name from person where id = ?").param(Long.parseLong(person)).query(String.class).single(),
						StandardCharsets.UTF_8),
				"/rankings?region=" + region, "/hot-topics?region=" + region, "/requests/units?region=" + region)) {
			var response = this.mvc.perform(MockMvcRequestBuilders.get(url).with(user(this.users.loadUserByUsername("admin"))))
				.andReturn().getResponse();
			String body = response.getContentAsString();
			String name = this.jdbc.sql("select name from person where id = ?").param(Long.parseLong(person))
				.query(String.class).single();
			if (response.getStatus() == 200 && (body.contains(name) || body.contains("南街社区"))) {
				wrong.add("admin GET " + url + " shows the other city");
			}
			if (response.getStatus() >= 500) {
				wrong.add("admin GET " + url + ": " + response.getStatus());
			}
		}
		assertThat(wrong).isEmpty();
	}

	private int call(String login, Endpoint e) throws Exception {
		return this.mvc.perform(request(e, user(this.users.loadUserByUsername(login)))).andReturn().getResponse().getStatus();
	}

	/** A well-formed call of an endpoint on its sample record, so that what answers is the access rule. */
	static RequestBuilder request(Endpoint e,
			RequestPostProcessor who) {
		String url = e.pattern()
			.replace("{format}", "json")
			.replace("{code}", "MUNICIPAL")
			.replace("{token}", "matrix-token")
			.replace("/open311/v2/requests/{id}", "/open311/v2/requests/" + SAMPLES.get("pushed"))
			.replaceAll("\\{id(:[^}]*)?\\}", e.sample() == null ? "0" : String.valueOf(SAMPLES.get(e.sample())))
			.replaceAll("\\{[a-zA-Z]+\\}", "1");
		AbstractMockHttpServletRequestBuilder<?> request = MockMvcRequestBuilders.request(e.method(), url)
			.with(who)
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
				.file(new MockMultipartFile("file", "x.xlsx", null, new byte[0]))
				.with(who)
				.with(csrf());
		}
		return request;
	}

}
