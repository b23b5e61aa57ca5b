package cn.siwei.wish;

import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import cn.siwei.support.SiweiIT;

import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The wish loop through the JSON API, as another system or an app would drive it.
 */
class WishApiIT extends SiweiIT {

	@Autowired
	UserDetailsService users;

	@Autowired
	Wishes wishes;

	@Autowired
	WishQueries wishQueries;

	/** API clients log in with HTTP Basic (a call that rides on a session cookie needs a CSRF token). */
	RequestPostProcessor as(String username) {
		return httpBasic(username, "demo1234");
	}

	@Test
	void collectClaimAndReadBackWithItsTimelineAndARefusalSaysWhy() throws Exception {
		long wang = id("person", "name", "王秀兰");
		long category = this.wishQueries.categories(Locale.SIMPLIFIED_CHINESE).get(0).id();
		String created = this.mvc.perform(post("/api/v1/wishes").with(httpBasic("worker", "demo1234"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"beneficiaryId\": %d, \"categoryId\": %d, \"description\": \"想办老年证\", \"channel\": \"PHONE\"}"
				.formatted(wang, category)))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.status", is("OPEN")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		long id = Long.parseLong(created.replaceAll("^\\{\"id\":(\\d+),.*$", "$1"));

		this.mvc.perform(post("/api/v1/wishes/" + id + "/claim").with(as("volunteer")).contentType(MediaType.APPLICATION_JSON).content("{}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status", is("CLAIMED")));
		this.mvc.perform(post("/api/v1/wishes/" + id + "/claim").with(as("volunteer")).contentType(MediaType.APPLICATION_JSON).content("{}"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.code", is("wish.rejected.alreadyClaimed")))
			.andExpect(jsonPath("$.message", is("这个心愿已被认领了，请选择其他心愿。")));
		this.mvc.perform(get("/api/v1/wishes/" + id).with(as("worker")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.timeline[0].kind", is("COLLECTED")))
			.andExpect(jsonPath("$.timeline[1].kind", is("CLAIMED")));
		// the acts each caller may do now, from the loop: the claimant contacts, nobody claims a claimed wish
		this.mvc.perform(get("/api/v1/wishes/" + id).with(as("volunteer")))
			.andExpect(jsonPath("$.allowed", hasItem("CONTACT")))
			.andExpect(jsonPath("$.allowed", not(hasItem("CLAIM"))))
			.andExpect(jsonPath("$.allowed", not(hasItem("EVALUATE"))));
	}

	@Test
	void aBadRequestNamesTheFieldAtFault() throws Exception {
		this.mvc.perform(post("/api/v1/wishes").with(as("worker")).contentType(MediaType.APPLICATION_JSON).content("{\"description\": \"\"}"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.field", is("description")))
			.andExpect(jsonPath("$.errors[1].field", is("categoryId")))
			.andExpect(jsonPath("$.errors[1].message", is("此项必填。")));
	}

}
