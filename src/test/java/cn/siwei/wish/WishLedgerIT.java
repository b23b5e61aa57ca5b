package cn.siwei.wish;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import cn.siwei.access.Actor;
import cn.siwei.access.ActorPrincipal;
import cn.siwei.platform.Page;
import cn.siwei.platform.Rejected;
import cn.siwei.platform.Satisfaction;
import cn.siwei.support.SiweiIT;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The wish ledger as staff read it: searched by words, open work first by default; a transfer says to whom and
 * why; the same wish entered twice for one person is flagged.
 */
class WishLedgerIT extends SiweiIT {

	@Autowired
	Wishes wishes;

	@Autowired
	WishQueries queries;

	@Autowired
	UserDetailsService users;

	Actor actor(String username) {
		return ((ActorPrincipal) this.users.loadUserByUsername(username)).actor();
	}

	RequestPostProcessor as(String username) {
		return user(this.users.loadUserByUsername(username));
	}

	long category(String code) {
		return this.queries.categories(Locale.SIMPLIFIED_CHINESE).stream().filter(c -> c.code().equals(code)).findFirst()
			.orElseThrow().id();
	}

	long collect(String person, String category, String description) {
		return this.wishes.collect(actor("worker"),
				WishForm.of(id("person", "name", person), category(category), description, WishTerms.Channel.PHONE));
	}

	@Test
	void theLedgerIsSearchedByWordsAndShowsWorkToDoFirst() throws Exception {
		long chair = collect("王秀兰", "REPAIR", "检索测试：轮椅刹车坏了，想请人修一修");
		collect("王秀兰", "REPAIR", "检索对照：窗户关不严");
		this.mvc.perform(get("/wishes").param("q", "轮椅刹车").with(as("worker")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("检索测试：轮椅刹车坏了")))
			.andExpect(content().string(not(containsString("检索对照"))));
		this.mvc.perform(get("/api/v1/wishes").param("q", "轮椅刹车").with(as("worker")))
			.andExpect(jsonPath("$.total").value(1))
			.andExpect(jsonPath("$.items[0].id").value(chair));
		this.mvc.perform(get("/api/v1/wishes").param("q", "%").with(as("worker")))
			.andExpect(status().isOk()).andExpect(jsonPath("$.total").value(0));

		long done = collect("王秀兰", "REPAIR", "检索测试：门锁换好了");
		this.wishes.assign(actor("worker"), done, null, id("person", "name", "马丽"));
		this.wishes.recordContact(actor("worker"), done, LocalDate.now(this.clock), null);
		this.wishes.complete(actor("worker"), done, "已更换");
		this.wishes.evaluate(actor("worker"), done, Satisfaction.SATISFIED, null);
		this.mvc.perform(get("/api/v1/wishes").param("praiseDue", "true").param("q", "门锁换好了").with(as("worker")))
			.andExpect(jsonPath("$.total").value(1));
		this.wishes.note(actor("worker"), done, WishTerms.EventKind.PRAISED, "感谢马丽及时换锁");
		this.mvc.perform(get("/api/v1/wishes").param("praiseDue", "true").param("q", "门锁换好了").with(as("worker")))
			.andExpect(jsonPath("$.total").value(0));
		Page<Wish> ledger = this.queries.ledger(actor("worker"), null, WishFilter.none(), WishSort.OPEN_FIRST, null, 0, 500);
		List<WishStatus> order = ledger.items().stream().map(Wish::status).toList();
		assertThat(order).contains(WishStatus.CLOSED).contains(WishStatus.OPEN);
		assertThat(order.indexOf(WishStatus.CLOSED)).as("closed wishes come after every open one")
			.isGreaterThan(order.lastIndexOf(WishStatus.OPEN));
		this.mvc.perform(get("/wishes").with(as("worker"))).andExpect(content().string(containsString("value=\"OPEN_FIRST\" selected=\"selected\"")));
	}

	@Test
	void aTransferSaysToWhomAndWhyAndAnAssignmentToWhom() {
		long id = collect("王秀兰", "REPAIR", "转办测试：厨房水龙头漏水");
		long ma = id("person", "name", "马丽");
		this.wishes.assign(actor("worker"), id, null, ma);
		assertThatThrownBy(() -> this.wishes.transfer(actor("worker"), id, null, ma, " "))
			.isInstanceOfSatisfying(Rejected.class, r -> assertThat(r.field()).isEqualTo("reason"));
		long team = id("team", "name", "永安社区“红细胞”党员服务队");
		this.wishes.transfer(actor("worker"), id, team, null, "马丽出差一周");
		List<String> notes = this.queries.timeline(actor("worker"), id).stream().map(TimelineEntry::note).toList();
		assertThat(notes).contains("交给：马丽").contains("转给：永安社区“红细胞”党员服务队；原因：马丽出差一周");
	}

	@Test
	void theSameWishEnteredTwiceForOnePersonIsFlagged() throws Exception {
		long first = collect("王秀兰", "ERRANDS", "重复测试：希望有人帮忙买一袋大米送到家");
		long again = collect("王秀兰", "ERRANDS", "重复测试：想请志愿者帮我买大米送上楼");
		long other = collect("王秀兰", "ERRANDS", "学习用手机视频通话");
		this.mvc.perform(get("/wishes/" + again).with(as("worker")))
			.andExpect(content().string(containsString("可能重复的心愿")))
			.andExpect(content().string(containsString("/wishes/" + first + "\"")));
		this.mvc.perform(get("/wishes/" + other).with(as("worker")))
			.andExpect(content().string(not(containsString("/wishes/" + again + "\""))))
			.andExpect(content().string(not(containsString("/wishes/" + first + "\""))));
	}

}
