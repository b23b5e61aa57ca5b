package cn.siwei.platform;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

import cn.siwei.support.SiweiIT;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Every API error is an RFC 9457 problem in the reader's language, with the fields clients read before: from the
 * security chain (no login, no permission) as from the services (a refusal naming its fields) and the binding (a
 * malformed value).
 */
class ApiProblemsIT extends SiweiIT {

	@Test
	void noLoginIsAProblemThatSaysSo() throws Exception {
		this.mvc.perform(get("/api/v1/regions"))
			.andExpect(status().isUnauthorized())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.type").value("urn:siwei:problem:error.loginNeeded"))
			.andExpect(jsonPath("$.title").value("需要登录"))
			.andExpect(jsonPath("$.status").value(401))
			.andExpect(jsonPath("$.instance").value("/api/v1/regions"));
	}

	@Test
	void aRoleWithoutThePermissionGetsAForbiddenProblem() throws Exception {
		this.mvc.perform(get("/api/v1/accounts").with(httpBasic("resident", "demo1234")))
			.andExpect(status().isForbidden())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.type").value("urn:siwei:problem:error.forbidden"))
			.andExpect(jsonPath("$.detail").value("您没有权限执行此操作。"));
	}

	@Test
	void aRefusalNamesEveryFieldInTheProblem() throws Exception {
		this.mvc.perform(post("/api/v1/wishes").with(httpBasic("worker", "demo1234"))
				.contentType(MediaType.APPLICATION_JSON).content("{}"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.type").value("urn:siwei:problem:validation.required"))
			.andExpect(jsonPath("$.code").value("validation.required"))
			.andExpect(jsonPath("$.field").exists())
			.andExpect(jsonPath("$.errors.length()").value(Matchers.greaterThan(1)));
	}

	@Test
	void aMalformedValueIsABadRequestNamingItsField() throws Exception {
		this.mvc.perform(get("/api/v1/requests/abc").with(httpBasic("worker", "demo1234")))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.field").value("id"))
			.andExpect(jsonPath("$.title").value("请求有误"));
	}

}
