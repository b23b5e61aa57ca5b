package cn.siwei.home;

import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

import cn.siwei.access.Actor;
import cn.siwei.access.ActorPrincipal;
import cn.siwei.request.Request;
import cn.siwei.request.RequestFilter;
import cn.siwei.request.RequestForm;
import cn.siwei.request.RequestQueries;
import cn.siwei.request.RequestRecording;
import cn.siwei.support.SiweiIT;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The one search: words in any order and place, not substrings; requests, wishes and people in one page, within
 * the reader's region; any text a resident writes can be stored and searched.
 */
class SearchIT extends SiweiIT {

	@Autowired
	RequestRecording recording;

	@Autowired
	RequestQueries queries;

	@Autowired
	UserDetailsService users;

	Actor actor(String username) {
		return ((ActorPrincipal) this.users.loadUserByUsername(username)).actor();
	}

	long category() {
		return this.queries.categories(Locale.SIMPLIFIED_CHINESE).stream()
			.filter(c -> c.code().equals("MUNICIPAL")).findFirst().orElseThrow().id();
	}

	RequestFilter words(String q) {
		return new RequestFilter(null, null, null, null, false, null, null, null, null, null, q);
	}

	long count(String q) {
		return this.queries.ledger(actor("worker"), null, words(q), Locale.CHINA, 0, 50).total();
	}

	@Test
	void wordsAreFoundInAnyOrderAndPlaceWhereASubstringSearchFindsNothing() {
		// counted against what the demo and other tests already hold
		long gate = count("北门");
		long both = count("北门 喷泉");
		long lift = count("加装电梯");
		long lamp = this.recording.submitOwn(actor("resident"),
				RequestForm.of(category(), "搜索测试：喷泉在小区北门那边坏了好几天，晚上很吵", null, null));
		this.recording.submitOwn(actor("resident"), RequestForm.of(category(), "搜索测试：北门口堆了很多垃圾", null, null));
		this.recording.submitOwn(actor("resident"), RequestForm.of(category(), "搜索测试：希望加装电梯，老人上下楼不便", null, null));
		// nothing a resident writes is refused by the index: quotes, backslashes, emoji, long texts
		this.recording.submitOwn(actor("resident"), RequestForm.of(category(),
				"搜索测试：it's a \\ 'quoted' 问题 😀 " + "很长".repeat(400), null, null));

		assertThat(this.jdbc.sql("select count(*) from request where description like '%北门喷泉%'").query(Long.class)
			.single()).as("no substring holds both words").isZero();
		assertThat(count("北门喷泉") - both).as("both words, apart and in the other order").isEqualTo(1);
		assertThat(count("喷泉 北门") - both).isEqualTo(1);
		assertThat(this.queries.ledger(actor("worker"), null, words("北门 喷泉 搜索测试"), Locale.CHINA, 0, 5).items())
			.extracting(Request::id).containsExactly(lamp);
		assertThat(count("北门") - gate).isEqualTo(2);
		assertThat(count("加装电梯") - lift).isEqualTo(1);
		assertThat(count("加装电梯")).as("the phrase is narrower than its words apart").isLessThanOrEqualTo(count("电梯 加装"));
		assertThat(count("北门 电梯 搜索测试")).as("every word must occur").isZero();
		assertThat(count("quoted")).isEqualTo(1);
		assertThat(count("“，。")).as("punctuation alone: searched as written").isZero();
	}

	@Test
	void theSearchPageShowsRequestsWishesAndPeopleWithTheWordsMarked() throws Exception {
		this.recording.submitOwn(actor("resident"), RequestForm.of(category(), "搜索页测试：楼道里的声控灯不亮了", null, null));
		String page = this.mvc.perform(get("/search").param("q", "声控灯 楼道")
				.with(user(this.users.loadUserByUsername("worker"))))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		assertThat(page).contains("<mark>楼道</mark>", "<mark>声控灯</mark>", "微诉求", "微心愿", "人员");

		this.mvc.perform(get("/api/v1/search").param("q", "声控灯 楼道").with(user(this.users.loadUserByUsername("worker"))))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].titleKey").value("nav.requests"))
			.andExpect(jsonPath("$[0].found.total").value(1))
			.andExpect(jsonPath("$[0].found.more").value("/requests?q=%E5%A3%B0%E6%8E%A7%E7%81%AF%20%E6%A5%BC%E9%81%93"));

		// people by name, masked
		String people = this.mvc.perform(get("/search").param("q", "王秀兰").with(user(this.users.loadUserByUsername("worker"))))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(people).contains("王秀兰").doesNotContainPattern("1[3-9]\\d{9}");

		// another community's worker does not find this community's request
		this.mvc.perform(get("/api/v1/search").param("q", "声控灯 楼道").with(user(this.users.loadUserByUsername("worker9"))))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].found.total").value(0));
	}

}
