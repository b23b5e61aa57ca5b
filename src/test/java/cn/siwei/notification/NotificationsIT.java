package cn.siwei.notification;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import cn.siwei.access.Actor;
import cn.siwei.access.ActorPrincipal;
import cn.siwei.support.SiweiIT;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Notifications read as sentences, twenty a page; each reader has read what they opened, not what a colleague
 * opened; "mark all read" clears a busy inbox at once.
 */
class NotificationsIT extends SiweiIT {

	@Autowired
	Notifications notifications;

	@Autowired
	UserDetailsService users;

	RequestPostProcessor as(String username) {
		return user(this.users.loadUserByUsername(username));
	}

	Actor actor(String username) {
		return ((ActorPrincipal) this.users.loadUserByUsername(username)).actor();
	}

	@Test
	void aNoticeReadsAsASentenceAndAColleaguesReadingHidesNothing() throws Exception {
		String yongan = this.jdbc.sql("select path from region where code = '650203001001'").query(String.class).single();
		// what other tests left for the worker (at whatever time their clocks said) is read first
		this.mvc.perform(post("/notifications/read").with(as("worker")).with(csrf()));
		for (int i = 0; i < 25; i++) {
			this.notifications.toRegion(yongan, "notice.request.new", List.of("通知测试第" + i + "件"), "/requests", "nt-" + i);
		}
		long streetUnread = this.notifications.unread(actor("street"));
		long workerUnread = this.notifications.unread(actor("worker"));
		assertThat(workerUnread).isEqualTo(25);

		this.mvc.perform(get("/notifications?unread=true").with(as("worker")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("新诉求待接单：通知测试第24件")))
			.andExpect(content().string(not(containsString("[Ljava"))))
			.andExpect(content().string(containsString("下一页")));
		// looking at the list reads nothing; opening one reads it for the worker only, and leads to it
		assertThat(this.notifications.unread(actor("worker"))).isEqualTo(workerUnread);
		long id = this.jdbc.sql("select id from notification where dedupe_key = 'nt-3'").query(Long.class).single();
		this.mvc.perform(get("/notifications/" + id).with(as("worker"))).andExpect(redirectedUrl("/requests"));
		assertThat(this.notifications.unread(actor("worker"))).isEqualTo(workerUnread - 1);
		assertThat(this.notifications.unread(actor("street"))).isEqualTo(streetUnread);
		// another community's worker neither sees nor opens it
		this.mvc.perform(get("/notifications/" + id).with(as("worker9"))).andExpect(status().isNotFound());
		this.mvc.perform(get("/notifications").with(as("worker9")))
			.andExpect(content().string(not(containsString("通知测试"))));

		this.mvc.perform(post("/notifications/read").with(as("worker")).with(csrf()))
			.andExpect(redirectedUrl("/notifications"));
		assertThat(this.notifications.unread(actor("worker"))).isZero();
		assertThat(this.notifications.unread(actor("street"))).isEqualTo(streetUnread);
		this.mvc.perform(get("/notifications?unread=true").with(as("worker")))
			.andExpect(content().string(containsString("没有未读通知。")));
		// a notice that comes afterwards is new again
		this.notifications.toRegion(yongan, "notice.request.new", List.of("通知测试之后"), "/requests", "nt-after");
		assertThat(this.notifications.unread(actor("worker"))).isEqualTo(1);
	}

	@Test
	void aBusyInboxIsCountedNoFurtherThanTheMenuShows() throws Exception {
		long person = actor("resident").personId();
		for (int i = 0; i < Notifications.UNREAD_CAP + 20; i++) {
			this.notifications.toPerson(person, "notice.request.new", List.of("满箱" + i), "/my", "busy-" + i);
		}
		// counted up to the cap and no further, whatever the inbox holds
		assertThat(this.notifications.unread(actor("resident"))).isEqualTo(Notifications.UNREAD_CAP);
		this.mvc.perform(get("/notifications").with(as("resident")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("通知（99+）")))
			.andExpect(content().string(containsString("仅看未读（99+）")));
		// opening one of them leaves the rest counted
		long id = this.jdbc.sql("select id from notification where dedupe_key = 'busy-0'").query(Long.class).single();
		this.mvc.perform(get("/notifications/" + id).with(as("resident"))).andExpect(redirectedUrl("/my"));
		assertThat(this.notifications.unread(actor("resident"))).isEqualTo(Notifications.UNREAD_CAP);
		this.mvc.perform(post("/notifications/read").with(as("resident")).with(csrf()));
		assertThat(this.notifications.unread(actor("resident"))).isZero();
		this.mvc.perform(get("/notifications").with(as("resident")))
			.andExpect(content().string(not(containsString("99+"))));
	}

}
