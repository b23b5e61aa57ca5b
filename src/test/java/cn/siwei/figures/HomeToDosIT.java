package cn.siwei.figures;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import cn.siwei.access.ActorPrincipal;
import cn.siwei.platform.ToDoSource;
import cn.siwei.support.SiweiIT;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * Every staff member's home page counts what waits for them, and each count is the length of the list it opens.
 */
class HomeToDosIT extends SiweiIT {

	@Autowired
	List<ToDoSource> sources;

	@Autowired
	UserDetailsService users;

	final JsonMapper json = JsonMapper.builder().build();

	@Test
	void eachToDoCountIsTheLengthOfItsList() throws Exception {
		int checked = 0;
		for (String login : List.of("worker", "street", "handler", "cityhandler", "volunteer", "leader", "admin")) {
			var details = this.users.loadUserByUsername(login);
			var actor = ((ActorPrincipal) details).actor();
			for (ToDoSource source : this.sources) {
				for (ToDoSource.ToDo t : source.toDos(actor)) {
					String body = this.mvc.perform(get("/api/v1" + t.link()).with(user(details)))
						.andReturn().getResponse().getContentAsString();
					JsonNode list = this.json.readTree(body);
					long length = list.isArray() ? list.size() : list.get("total").asLong();
					assertThat(length).as(login + " " + t.messageKey() + " " + t.link()).isEqualTo(t.count());
					checked++;
				}
			}
			String home = this.mvc.perform(get("/").with(user(details))).andReturn().getResponse().getContentAsString();
			assertThat(home).contains("class=\"tiles\"");
		}
		assertThat(checked).isGreaterThanOrEqualTo(12);
	}

	/** A worker's biggest buttons register for a resident; a resident's place their own. */
	@Test
	void theBigButtonsAreTheActsOfWhoeverIsLoggedIn() throws Exception {
		String worker = this.mvc.perform(get("/").with(user(this.users.loadUserByUsername("worker"))))
			.andReturn().getResponse().getContentAsString();
		assertThat(worker).contains("href=\"/wishes/new\"").contains("href=\"/requests/new\"")
			.contains("登记微心愿（为居民）").doesNotContain("class=\"btn\" style=\"font-size:1.2rem;width:100%;text-align:center\" href=\"/my/wishes\"");
		String resident = this.mvc.perform(get("/").with(user(this.users.loadUserByUsername("resident"))))
			.andReturn().getResponse().getContentAsString();
		assertThat(resident).contains("href=\"/my/wishes\"").contains("href=\"/my/requests\"")
			.doesNotContain("href=\"/wishes/new\"").doesNotContain("href=\"/requests/new\"");
	}

}
