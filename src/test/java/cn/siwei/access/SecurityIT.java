package cn.siwei.access;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import cn.siwei.account.Accounts;
import cn.siwei.platform.Rejected;
import cn.siwei.request.RequestForm;
import cn.siwei.request.RequestQueries;
import cn.siwei.request.RequestRecording;
import cn.siwei.request.RequestTerms;
import cn.siwei.request.Requests;
import cn.siwei.support.SiweiIT;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The thirteen ways a determined insider or an attacker got through (issue 11), each tried again: every test here
 * failed before the fix it names.
 */
class SecurityIT extends SiweiIT {

	@Autowired
	UserDetailsService users;

	@Autowired
	Accounts accounts;

	@Autowired
	Requests requests;

	@Autowired
	RequestQueries queries;

	@Autowired
	RequestRecording recording;

	Actor actor(String username) {
		return ((ActorPrincipal) this.users.loadUserByUsername(username)).actor();
	}

	RequestPostProcessor as(String username) {
		return user(this.users.loadUserByUsername(username));
	}

	static RequestPostProcessor from(String address) {
		return request -> {
			request.setRemoteAddr(address);
			return request;
		};
	}

	/** A form login from a given source address. */
	MockHttpServletRequestBuilder login(String username, String password,
			String address) {
		return post("/login").param("username", username).param("password", password).with(csrf()).with(from(address));
	}

	long count(String sql, Object... params) {
		return this.jdbc.sql(sql).params(List.of(params)).query(Long.class).single();
	}

	// 1. A masked ID number could be completed from the birth date shown beside it.
	@Test
	void aMaskedIdNumberCannotBeCompletedFromAnythingShownBesideIt() throws Exception {
		var person = this.jdbc.sql("""
				select id, id_number, birth_date from person p where id_number is not null
				  and in_subtree(region_path, (select path from region where code = '650203001001')) limit 1""")
			.query((rs, n) -> Map.of("id", rs.getLong(1), "idNumber", rs.getString(2), "birth", rs.getDate(3).toLocalDate()))
			.single();
		String idNumber = (String) person.get("idNumber");
		var birth = (LocalDate) person.get("birth");
		for (String login : List.of("worker", "leader", "street")) {
			for (String url : List.of("/people/" + person.get("id"), "/api/v1/people/" + person.get("id"),
					"/people/" + person.get("id") + "/edit", "/people?q=" + person.get("id"))) {
				var response = this.mvc.perform(get(url).with(as(login))).andReturn().getResponse();
				if (response.getStatus() != 200) {
					continue;
				}
				String body = response.getContentAsString();
				assertThat(body).as(login + " " + url).doesNotContain(idNumber)
					.doesNotContain(idNumber.substring(6, 14))
					.doesNotContain(birth.format(DateTimeFormatter.ISO_LOCAL_DATE))
					.doesNotContain(birth.format(DateTimeFormatter.BASIC_ISO_DATE));
			}
		}
	}

	// 2. An administrator could bind an account to a person or organisation of another city.
	@Test
	void anAccountCannotBeBoundToAPersonOrOrganisationOfAnotherCity() {
		long region = id("region", "code", "650203001001");
		long langzhongPerson = this.jdbc.sql("""
				select p.id from person p join region r on r.id = p.region_id
				where r.path like (select path from region where code = '511300') || '%' limit 1""").query(Long.class).single();
		long langzhongOrg = this.jdbc.sql("""
				select o.id from organisation o
				where o.region_path like (select path from region where code = '511300') || '%' limit 1""").query(Long.class).single();
		long before = count("select count(*) from account");
		assertThatThrownBy(() -> this.accounts.create(actor("admin"), new Accounts.AccountForm("boundout1", "越界居民",
				Role.RESIDENT, region, null, langzhongPerson), "Safe-pass-77"))
			.isInstanceOfSatisfying(Rejected.class, r -> assertThat(r.field()).isEqualTo("personId"));
		assertThatThrownBy(() -> this.accounts.create(actor("admin"), new Accounts.AccountForm("boundout2", "越界办事员",
				Role.DEPARTMENT_HANDLER, region, langzhongOrg, null), "Safe-pass-77"))
			.isInstanceOfSatisfying(Rejected.class, r -> assertThat(r.field()).isEqualTo("organisationId"));
		assertThat(count("select count(*) from account")).isEqualTo(before);
	}

	// 3. Staff could record requests into any region of any city.
	@Test
	void staffCannotRecordARequestIntoARegionTheyDoNotServe() {
		long category = this.queries.categories(Locale.SIMPLIFIED_CHINESE).get(0).id();
		long langzhong = id("region", "code", "511300");
		long ninth = id("region", "code", "650202001009");
		long before = count("select count(*) from request");
		for (long region : List.of(langzhong, ninth)) {
			RequestForm form = RequestForm.of(category, "越界登记的诉求", region, RequestTerms.Channel.HOME_VISIT);
			form.setReporterName("某居民");
			assertThatThrownBy(() -> this.recording.record(actor("worker"), form))
				.isInstanceOfSatisfying(Rejected.class, r -> assertThat(r.violations())
					.anyMatch(v -> "regionId".equals(v.field())));
		}
		assertThat(count("select count(*) from request")).isEqualTo(before);
	}

	// 4. Wildcards in the people search recovered hidden phone digits; a backslash answered 500.
	@Test
	void phonesAreFoundOnlyWholeAndWildcardsAreJustCharacters() throws Exception {
		this.mvc.perform(get("/people").param("q", "13909901234").with(as("leader")))
			.andExpect(status().isOk()).andExpect(content().string(containsString("王秀兰")));
		for (String probe : List.of("1390990", "139%", "%1234", "139_______4", "_", "%")) {
			this.mvc.perform(get("/people").param("q", probe).with(as("leader")))
				.andExpect(status().isOk()).andExpect(content().string(not(containsString("王秀兰"))));
		}
		for (String odd : List.of("\\", "\\%", "'", "%_\\")) {
			this.mvc.perform(get("/people").param("q", odd).with(as("worker"))).andExpect(status().isOk());
			this.mvc.perform(get("/api/v1/people").param("q", odd).with(as("worker"))).andExpect(status().isOk());
		}
	}

	// 5. Full phones were shown without an audited reveal in request lists, pages and JSON.
	@Test
	void aReporterPhoneIsShownWholeOnlyThroughAReasonedAuditedReveal() throws Exception {
		long pushed = this.jdbc.sql("select id from request where external_id = '12345-20261127-0001'").query(Long.class).single();
		for (String url : List.of("/api/v1/requests", "/requests", "/api/v1/requests/" + pushed, "/requests/" + pushed)) {
			this.mvc.perform(get(url).with(as("worker")))
				.andExpect(status().isOk()).andExpect(content().string(not(containsString("13899990000"))));
		}
		long reveals = count("select count(*) from audit_event where entity_type = 'request' and action = 'VIEW_PERSONAL_DATA'");
		this.mvc.perform(post("/api/v1/requests/" + pushed + "/reveal").param("reason", "").with(httpBasic("worker", "demo1234")))
			.andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.field").value("reason"));
		this.mvc.perform(post("/api/v1/requests/" + pushed + "/reveal").param("reason", "回访核实")
			.with(httpBasic("worker", "demo1234")))
			.andExpect(status().isOk()).andExpect(jsonPath("$.value").value("13899990000"));
		assertThat(count("select count(*) from audit_event where entity_type = 'request' and action = 'VIEW_PERSONAL_DATA'"))
			.isEqualTo(reveals + 1);
		this.mvc.perform(post("/api/v1/requests/" + pushed + "/reveal").param("reason", "看看")
			.with(httpBasic("leader", "demo1234"))).andExpect(status().isForbidden());

		// A resident's own phone stays on their person record; it is not copied into their request.
		long category = this.queries.categories(Locale.SIMPLIFIED_CHINESE).get(0).id();
		long own = this.recording.submitOwn(actor("resident"), RequestForm.of(category, "楼道灯不亮", null, null));
		assertThat(this.jdbc.sql("select reporter_phone from request where id = ?").param(own).query(String.class).optional())
			.isEmpty();
	}

	// 6. Suggestions and linked duplicates showed a resident another resident's request.
	@Test
	void aResidentLearnsNothingAboutAnotherResidentsRequest() throws Exception {
		long category = this.queries.categories(Locale.SIMPLIFIED_CHINESE).stream()
			.filter(c -> c.code().equals("ENVIRONMENT")).findFirst().orElseThrow().id();
		RequestForm form = RequestForm.of(category, "永安小区南门垃圾桶满了没人清运", id("region", "code", "650203001001"),
				RequestTerms.Channel.HOME_VISIT);
		form.setReporterName("钱某某");
		form.setAddress("永安小区3号楼2单元402");
		long original = this.recording.record(actor("worker"), form);
		long mine = this.recording.submitOwn(actor("resident"), RequestForm.of(category, "永安小区南门垃圾桶满了，没人清运", null, null));

		this.mvc.perform(get("/api/v1/requests/" + mine + "/similar").with(httpBasic("resident", "demo1234")))
			.andExpect(status().isForbidden());
		this.requests.linkDuplicate(actor("worker"), mine, original);
		String seen = this.mvc.perform(get("/api/v1/requests/" + original).with(httpBasic("resident", "demo1234")))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		assertThat(seen).contains("南门垃圾桶").doesNotContain("钱某某").doesNotContain("3号楼2单元402");
		this.mvc.perform(get("/requests/" + original).with(as("resident")))
			.andExpect(status().isOk()).andExpect(content().string(not(containsString("钱某某"))));
	}

	// 7. HTTP Basic guesses never paused; form login let anyone lock anyone and told locked from unknown names.
	@Test
	void guessesArePausedPerNameAndSourceOnEveryLoginPathAndUnknownNamesLookTheSame() throws Exception {
		for (int i = 0; i < 5; i++) {
			this.mvc.perform(get("/api/v1/regions").with(httpBasic("leader", "wrong-" + i)).with(from("10.9.9.1")))
				.andExpect(status().isUnauthorized());
		}
		this.mvc.perform(get("/api/v1/regions").with(httpBasic("leader", "demo1234")).with(from("10.9.9.1")))
			.andExpect(status().isUnauthorized());
		this.mvc.perform(get("/api/v1/regions").with(httpBasic("leader", "demo1234")).with(from("10.9.9.2")))
			.andExpect(status().isOk());
		this.mvc.perform(login("leader", "demo1234", "10.9.9.3"))
			.andExpect(redirectedUrl("/dashboard"));

		for (String name : List.of("street", "nosuchname")) {
			for (int i = 0; i < 4; i++) {
				this.mvc.perform(login(name, "wrong", "10.9.9.4"))
					.andExpect(redirectedUrl("/login?error=bad&left=" + (4 - i)));
			}
			this.mvc.perform(login(name, "wrong", "10.9.9.4"))
				.andExpect(redirectedUrl("/login?error=locked"));
		}
		this.mvc.perform(login("street", "demo1234", "10.9.9.5"))
			.andExpect(redirectedUrl("/"));
	}

	// 8. Sessions survived deactivation, demotion and password reset.
	@Test
	void aSessionEndsWhenItsAccountIsDeactivatedDemotedOrGivenANewPassword() throws Exception {
		long region = id("region", "code", "650203001001");
		long wang = id("person", "name", "王秀兰");
		for (String change : List.of("deactivate", "demote", "reset")) {
			String name = "session" + change;
			var account = this.accounts.create(Actor.SYSTEM,
					new Accounts.AccountForm(name, name, Role.COMMUNITY_WORKER, region, null, null), "Session-pass-1");
			// the session lives in the database: the browser holds only its cookie
			Cookie session = this.mvc.perform(login(name, "Session-pass-1", "10.8.0.1"))
				.andExpect(redirectedUrl("/"))
				.andReturn().getResponse().getCookie("SESSION");
			this.mvc.perform(post("/people/" + wang + "/reveal").param("field", "PHONE").param("reason", "核实")
				.cookie(session).with(csrf())).andExpect(status().isOk())
				.andExpect(content().string(containsString("13909901234")));
			switch (change) {
				case "deactivate" -> this.accounts.setActive(Actor.SYSTEM, account.id(), false, "离职");
				case "demote" -> this.accounts.update(Actor.SYSTEM, account.id(),
						new Accounts.AccountForm(null, name, Role.LEADER, region, null, null));
				default -> this.accounts.resetPassword(Actor.SYSTEM, account.id(), "Session-pass-2");
			}
			long reveals = count("select count(*) from audit_event where action = 'VIEW_PERSONAL_DATA' and actor_id = ?",
					account.id());
			this.mvc.perform(post("/people/" + wang + "/reveal").param("field", "PHONE").param("reason", "核实")
				.cookie(session).with(csrf()))
				.andExpect(content().string(not(containsString("13909901234"))));
			this.mvc.perform(get("/").cookie(session).accept(MediaType.TEXT_HTML)).andExpect(status().is3xxRedirection());
			assertThat(count("select count(*) from audit_event where action = 'VIEW_PERSONAL_DATA' and actor_id = ?",
					account.id())).as(change).isEqualTo(reveals);
		}
	}

	// 9. The JSON API accepted token-less posts riding on the session cookie.
	@Test
	void anApiCallOnTheSessionCookieNeedsACsrfTokenButOneWithItsOwnCredentialsDoesNot() throws Exception {
		long wang = id("person", "name", "王秀兰");
		// A logged-in worker's browser, as a page on another origin would use it: the session cookie, no token.
		Cookie session = this.mvc.perform(login("worker", "demo1234", "10.7.0.1"))
			.andExpect(redirectedUrl("/")).andReturn().getResponse().getCookie("SESSION");
		long reveals = count("select count(*) from audit_event where action = 'VIEW_PERSONAL_DATA'");
		this.mvc.perform(post("/api/v1/people/" + wang + "/reveal").param("field", "ID_NUMBER").param("reason", "x")
			.cookie(session)).andExpect(status().is4xxClientError());
		this.mvc.perform(post("/api/v1/people/" + wang + "/reveal").param("field", "ID_NUMBER").param("reason", "x")
			.with(as("worker"))).andExpect(status().is4xxClientError());
		assertThat(count("select count(*) from audit_event where action = 'VIEW_PERSONAL_DATA'")).isEqualTo(reveals);
		this.mvc.perform(post("/api/v1/people/" + wang + "/reveal").param("field", "PHONE").param("reason", "核实")
			.cookie(session).with(csrf())).andExpect(status().isOk());
		this.mvc.perform(post("/api/v1/people/" + wang + "/reveal").param("field", "PHONE").param("reason", "核实")
			.with(httpBasic("worker", "demo1234"))).andExpect(status().isOk());
	}

	// 10. Open311 published hotline requests (names, illnesses, addresses) to anyone.
	@Test
	void open311PublishesOnlyWhatAnAdministratorOptedInAndRedactsIt() throws Exception {
		String list = this.mvc.perform(get("/open311/v2/requests.json")).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		assertThat(list).doesNotContain("13899990000").doesNotContain("刘先生").doesNotContain("下水道堵塞");
		long hotline = this.jdbc.sql("select id from request where external_id = '12345-20261127-0001'").query(Long.class).single();
		this.mvc.perform(get("/open311/v2/requests/" + hotline + ".json")).andExpect(status().isNotFound());

		String posted = this.mvc.perform(post("/open311/v2/requests.json").param("api_key", "demo-open311-key")
			.param("service_code", "MUNICIPAL").param("lat", "45.594321").param("long", "84.871234")
			.param("address_string", "永安小区3号楼2单元402").param("description", "路灯坏了，联系我 13912345678"))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		String id = posted.replaceAll("(?s).*\"service_request_id\":\"(\\d+)\".*", "$1");
		String read = this.mvc.perform(get("/open311/v2/requests/" + id + ".json")).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		assertThat(read).contains("路灯坏了").doesNotContain("13912345678").doesNotContain("3号楼2单元402")
			.contains("45.594").doesNotContain("45.594321");
	}

	// 11. Handlers read and exported the whole district's wish ledger; volunteers saw every beneficiary.
	@Test
	void handlersAndVolunteersSeeWishesByNeedToKnow() throws Exception {
		this.mvc.perform(get("/wishes/export.xlsx").with(as("handler"))).andExpect(status().isForbidden());
		this.mvc.perform(get("/wishes/export.xlsx").with(as("volunteer"))).andExpect(status().isForbidden());
		String handler = this.mvc.perform(get("/api/v1/wishes").with(httpBasic("handler", "demo1234")))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(handler).doesNotContain("王秀兰").doesNotContain("李建国");
		String volunteer = this.mvc.perform(get("/api/v1/wishes").param("status", "OPEN")
			.with(httpBasic("volunteer", "demo1234"))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(volunteer).contains("**").doesNotContain("王秀兰").doesNotContain("\"beneficiaryId\":" + id("person", "name", "王秀兰"));
	}

	// 12. Input that could not be stored answered 500: a long note, a NUL, a LIKE escape.
	@Test
	void inputThatCannotBeStoredIsRefusedNamingTheFieldAndChangesNothing() throws Exception {
		long req = this.jdbc.sql("select id from request where description like '永安社区西侧道路%'").query(Long.class).single();
		long events = count("select count(*) from request_event where owner_id = ?", req);
		this.mvc.perform(post("/api/v1/requests/" + req + "/progress").with(httpBasic("worker", "demo1234"))
			.contentType(MediaType.APPLICATION_JSON).content("{\"note\": \"" + "长".repeat(4100) + "\"}"))
			.andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.field").value("note"));
		this.mvc.perform(post("/api/v1/requests/" + req + "/progress").with(httpBasic("worker", "demo1234"))
			.contentType(MediaType.APPLICATION_JSON).content("{\"note\": \"a\\u0000b\"}"))
			.andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.field").value("note"));
		assertThat(count("select count(*) from request_event where owner_id = ?", req)).isEqualTo(events);
		this.mvc.perform(post("/api/v1/requests/intake").header("X-Api-Key", "demo-12345-key")
			.header("Idempotency-Key", "nul-test").contentType(MediaType.APPLICATION_JSON)
			.content("{\"categoryCode\": \"MUNICIPAL\", \"description\": \"x\\u0000y\"}"))
			.andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.field").value("description"));
		this.mvc.perform(post("/open311/v2/requests.json").param("api_key", "demo-open311-key").param("service_code", "MUNICIPAL")
			.param("lat", "45.59").param("long", "84.87").param("attribute[WHERE]", "a\u0000b"))
			.andExpect(status().isBadRequest());
		this.mvc.perform(get("/people").param("q", "a\u0000b").with(as("worker"))).andExpect(status().isBadRequest());
	}

	// 13. Weak passwords, missing headers, open metrics, formulas in exports, forged log lines, open redirects.
	@Test
	void theSmallerHolesAreClosed() throws Exception {
		long region = id("region", "code", "650203001001");
		for (String weak : List.of("12345678", "password", "11111111", "abcdefgh", "woaini1314")) {
			assertThatThrownBy(() -> this.accounts.create(Actor.SYSTEM, new Accounts.AccountForm("weak" + Math.abs(weak.hashCode()),
					"弱密码", Role.COMMUNITY_WORKER, region, null, null), weak))
				.as(weak).isInstanceOfSatisfying(Rejected.class, r -> assertThat(r.field()).isEqualTo("password"));
		}
		this.mvc.perform(get("/login"))
			.andExpect(header().string("Content-Security-Policy", containsString("script-src 'self'")))
			.andExpect(header().string("Referrer-Policy", "same-origin"));
		this.mvc.perform(get("/actuator/prometheus")).andExpect(status().isUnauthorized());
		this.mvc.perform(get("/actuator/prometheus").with(httpBasic("admin", "demo1234"))).andExpect(status().isOk());
		this.mvc.perform(get("/actuator/health")).andExpect(status().isOk());
		this.mvc.perform(post("/locale").param("lang", "en").header("Referer", "https://evil.example/phish").with(csrf()))
			.andExpect(redirectedUrl("/"));
		this.mvc.perform(post("/locale").param("lang", "en").header("Referer", "http://localhost//evil.example/x").with(csrf()))
			.andExpect(redirectedUrl("/"));
		this.mvc.perform(post("/locale").param("lang", "zh").header("Referer", "http://localhost/people?q=1").with(csrf()))
			.andExpect(redirectedUrl("/people?q=1"));
	}

}
