package cn.siwei.platform;

import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import cn.siwei.support.SiweiIT;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

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
				"/api/v1/requests/{id}/parts/{partId}/report");
		for (String path : paths) {
			assertThat(doc).as(path).contains("\"" + path + "\"");
		}
	}

}
