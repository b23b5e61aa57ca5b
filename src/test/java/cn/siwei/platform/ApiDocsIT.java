package cn.siwei.platform;

import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import cn.siwei.support.SiweiIT;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The OpenAPI document describes every endpoint of the JSON API: none is added without appearing there.
 */
class ApiDocsIT extends SiweiIT {

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	@Test
	void everyJsonEndpointIsInTheOpenApiDocument() throws Exception {
		String doc = this.mvc.perform(get("/v3/api-docs").with(httpBasic("admin", "demo1234")))
			.andReturn().getResponse().getContentAsString();
		var paths = new TreeSet<String>();
		this.mappings.getHandlerMethods().keySet().forEach(info -> info.getPatternValues().stream()
			.filter(p -> p.startsWith("/api/v1/"))
			.forEach(paths::add));
		assertThat(paths).contains("/api/v1/requests/intake", "/api/v1/requests/{id}/summon",
				"/api/v1/requests/{id}/parts/{partId}/report", "/api/v1/requests/categories", "/api/v1/requests/mine",
				"/api/v1/wishes/categories", "/api/v1/wishes/mine", "/api/v1/wishes/export.xlsx",
				"/api/v1/organisations", "/api/v1/teams/{id}/members", "/api/v1/accounts");
		for (String path : paths) {
			assertThat(doc).as(path).contains("\"" + path + "\"");
		}
	}

	/** What an integration met missing: the catalogues it needs ids from, and a resident's own lists. */
	@Test
	void catalogsAndOwnListsAnswerWithoutLeakingWhatTheyShouldNot() throws Exception {
		this.mvc.perform(get("/api/v1/requests/categories").with(httpBasic("resident", "demo1234")))
			.andExpect(status().isOk()).andExpect(jsonPath("$[0].code").isNotEmpty());
		this.mvc.perform(get("/api/v1/wishes/categories").with(httpBasic("resident", "demo1234")))
			.andExpect(status().isOk()).andExpect(jsonPath("$[0].name").isNotEmpty());
		this.mvc.perform(get("/api/v1/requests/mine").with(httpBasic("resident", "demo1234")))
			.andExpect(status().isOk()).andExpect(jsonPath("$[0].id").isNumber());
		this.mvc.perform(get("/api/v1/wishes/mine").with(httpBasic("resident", "demo1234")))
			.andExpect(status().isOk()).andExpect(jsonPath("$.items").isArray());
		this.mvc.perform(get("/api/v1/teams").with(httpBasic("worker", "demo1234")))
			.andExpect(status().isOk()).andExpect(jsonPath("$.items[0].name").isNotEmpty());
		this.mvc.perform(get("/api/v1/accounts").with(httpBasic("admin", "demo1234")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items[0].username").isNotEmpty())
			.andExpect(content().string(not(containsString("passwordHash"))))
			.andExpect(content().string(not(containsString("{bcrypt}"))))
			.andExpect(content().string(not(containsString("$2a$"))));
	}

}
