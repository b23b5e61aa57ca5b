package cn.siwei.request;

import java.time.Duration;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import cn.siwei.access.Actor;
import cn.siwei.access.ActorPrincipal;
import cn.siwei.request.Request.Part;
import cn.siwei.request.RequestTerms.PartEnd;
import cn.siwei.request.RequestTerms.PartStatus;
import cn.siwei.request.RequestTerms.Status;
import cn.siwei.support.SiweiIT;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The resident who placed a request urges it on (催办, once a day), adds to it (补充) and cancels it (撤单), on the
 * phone page and over the API; the community and the units working on it are told; nobody else may.
 */
class RequestFollowUpIT extends SiweiIT {

	@Autowired
	Requests requests;

	@Autowired
	RequestRecording recording;

	@Autowired
	RequestQueries queries;

	@Autowired
	RequestWork work;

	@Autowired
	UserDetailsService users;

	Actor actor(String username) {
		return ((ActorPrincipal) this.users.loadUserByUsername(username)).actor();
	}

	RequestPostProcessor as(String username) {
		return user(this.users.loadUserByUsername(username));
	}

	/** Placed by the demo resident, taken by the community and given to the housing bureau. */
	long dispatched(String text) {
		long category = this.queries.categories(Locale.SIMPLIFIED_CHINESE).get(0).id();
		long id = this.recording.submitOwn(actor("resident"), RequestForm.of(category, text, null, null));
		this.requests.accept(actor("worker"), id, null);
		this.requests.dispatch(actor("worker"), id, id("organisation", "name", "克拉玛依区住房和城乡建设局"), null, null,
				"内部指令：先核实产权再上门");
		return id;
	}

	Request request(long id) {
		return this.queries.get(Actor.SYSTEM, id, null);
	}

	long notices(String key, long id) {
		return this.jdbc.sql("select count(*) from notification where message_key = ? and link = ?")
			.params(key, "/requests/" + id).query(Long.class).single();
	}

	@Test
	void theResidentUrgesOnceADayAndTheCommunityAndTheUnitAreTold() throws Exception {
		long id = dispatched("催办测试：楼顶漏水三天了还没人来。");
		this.mvc.perform(get("/requests/" + id).with(as("resident")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("催一催")))
			.andExpect(content().string(not(containsString("内部指令"))));

		this.mvc.perform(post("/requests/" + id + "/urge").with(as("resident")).with(csrf()))
			.andExpect(status().is3xxRedirection()).andExpect(flash().attributeExists("flash"));
		assertThat(request(id).urgeCount()).isEqualTo(1);
		await().until(() -> notices("notice.request.urged", id) == 2);

		this.mvc.perform(post("/api/v1/requests/" + id + "/urge").with(as("resident")).with(csrf()))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.detail").value(containsString("明天")));
		assertThat(request(id).urgeCount()).isEqualTo(1);

		this.clock.advance(Duration.ofHours(25));
		this.mvc.perform(post("/api/v1/requests/" + id + "/urge").with(as("resident")).with(csrf()))
			.andExpect(status().isOk()).andExpect(jsonPath("$.request.urgeCount").value(2));
		this.mvc.perform(post("/requests/" + id + "/urge").with(as("worker")).with(csrf()))
			.andExpect(flash().attributeExists("flashError"));
		this.mvc.perform(post("/api/v1/requests/" + id + "/urge").with(as("worker")).with(csrf()))
			.andExpect(status().is4xxClientError());
		assertThat(request(id).urgeCount()).as("only the resident who placed it urges it").isEqualTo(2);
		this.mvc.perform(get("/requests/" + id).with(as("worker")))
			.andExpect(content().string(containsString("居民第 2 次催办")));
		this.mvc.perform(get("/requests").param("q", "催办测试").with(as("worker")))
			.andExpect(content().string(containsString("已催办 2 次")))
			.andExpect(content().string(containsString("昆仑路街道 › 永安社区 › 永安小区")));
		this.mvc.perform(get("/requests/tasks").with(as("handler")))
			.andExpect(content().string(containsString("催办测试")))
			.andExpect(content().string(containsString("昆仑路街道 › 永安社区 › 永安小区")))
			.andExpect(content().string(not(containsString("1单元 ·"))));
	}

	/** On a phone: their list first, each with its day and state, then the form; no 难易程度 to judge. */
	@Test
	void theResidentsOwnPagesListFirstWithDatesAndAskOnlyWhatTheyKnow() throws Exception {
		dispatched("列表测试：单元门禁坏了。");
		String mine = this.mvc.perform(get("/my/requests").with(as("resident"))).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		assertThat(mine).contains("列表测试：单元门禁坏了。").contains("11月27日");
		assertThat(mine.indexOf("列表测试")).as("the list comes before the form").isLessThan(mine.indexOf("<form class=\"card big\""));
		this.mvc.perform(get("/my/wishes").with(as("resident"))).andExpect(status().isOk())
			.andExpect(content().string(not(containsString("id=\"difficulty\""))));
		this.mvc.perform(get("/wishes/new").with(as("worker"))).andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"difficulty\"")));
	}

	@Test
	void theResidentAddsTextOrAPhotoButNotNothing() throws Exception {
		long id = dispatched("补充测试：小区门口井盖松动。");
		this.mvc.perform(multipart("/requests/" + id + "/supplement").param("text", " ").with(as("resident")).with(csrf()))
			.andExpect(status().is3xxRedirection()).andExpect(flash().attributeExists("flashError"));
		long entries = this.jdbc.sql("select count(*) from request_event where owner_id = ?").param(id).query(Long.class).single();

		byte[] png = { (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0 };
		this.mvc.perform(multipart("/requests/" + id + "/supplement")
				.file(new MockMultipartFile("photo", "p.png", "image/png", png))
				.param("text", "井盖在3号楼东侧，晚上看不清").with(as("resident")).with(csrf()))
			.andExpect(status().is3xxRedirection()).andExpect(flash().attributeExists("flash"));
		assertThat(this.jdbc.sql("select count(*) from request_event where owner_id = ? and kind = 'SUPPLEMENTED' and public")
			.param(id).query(Long.class).single()).isEqualTo(1);
		assertThat(this.jdbc.sql("select count(*) from request_event where owner_id = ?").param(id).query(Long.class).single())
			.isEqualTo(entries + 1);
		assertThat(this.jdbc.sql("select count(*) from attachment where owner_type = 'request' and owner_id = ?")
			.param(id).query(Long.class).single()).isEqualTo(1);
		await().until(() -> notices("notice.request.supplemented", id) == 2);

		this.mvc.perform(post("/api/v1/requests/" + id + "/supplement").with(as("resident")).with(csrf())
				.contentType(MediaType.APPLICATION_JSON).content("{\"note\": \"早上七点后积水最多\"}"))
			.andExpect(status().isOk());
		this.mvc.perform(post("/api/v1/requests/" + id + "/supplement").with(as("handler")).with(csrf())
				.contentType(MediaType.APPLICATION_JSON).content("{\"note\": \"冒充居民\"}"))
			.andExpect(status().is4xxClientError());
	}

	/** A resident says where the problem is: a place of their community, or one their words name; not elsewhere. */
	@Test
	void theResidentsRequestLiesWhereTheProblemIsInTheirCommunity() throws Exception {
		String category = String.valueOf(this.queries.categories(Locale.SIMPLIFIED_CHINESE).get(0).id());
		long yard = id("region", "code", "650203001001-01");
		long elsewhere = id("region", "code", "650202001009");
		this.mvc.perform(get("/my/requests").with(as("resident"))).andExpect(content().string(containsString("问题在哪里")))
			.andExpect(content().string(containsString(">永安小区<")));
		this.mvc.perform(post("/my/requests").param("categoryId", category).param("description", "地点测试：小区东门路灯坏了")
				.param("regionId", String.valueOf(yard)).with(as("resident")).with(csrf()))
			.andExpect(status().is3xxRedirection());
		assertThat(regionOf("地点测试：小区东门路灯坏了")).isEqualTo("永安小区");
		this.mvc.perform(post("/my/requests").param("categoryId", category).param("description", "地点测试：别的社区")
				.param("regionId", String.valueOf(elsewhere)).with(as("resident")).with(csrf()))
			.andExpect(status().isOk()).andExpect(content().string(containsString("has-error")));
		assertThat(this.jdbc.sql("select count(*) from request where description = '地点测试：别的社区'").query(Long.class)
			.single()).as("a place outside the resident's community saves nothing").isZero();
		this.mvc.perform(post("/my/requests").param("categoryId", category).param("description", "地点测试：垃圾桶满了")
				.param("address", "永安小区北侧").with(as("resident")).with(csrf()))
			.andExpect(status().is3xxRedirection());
		assertThat(regionOf("地点测试：垃圾桶满了")).as("the place the words name").isEqualTo("永安小区");
	}

	String regionOf(String description) {
		return this.jdbc.sql("select g.name from request r join region g on g.id = r.region_id where r.description = ?")
			.param(description).query(String.class).single();
	}

	/** The unit working on a request reaches the reporter to call back; nobody else this way, and not after. */
	@Test
	void theUnitWorkingOnItCallsTheReporterBackAndEachViewIsRecorded() throws Exception {
		long id = dispatched("回电测试：楼道灯坏了。");
		long part = this.queries.parts(Actor.SYSTEM, id).get(0).id();
		this.mvc.perform(get("/requests/" + id).with(as("handler"))).andExpect(content().string(containsString("联系诉求人")));
		this.mvc.perform(get("/requests/" + id).with(as("worker"))).andExpect(content().string(not(containsString("联系诉求人"))));
		long before = this.jdbc.sql("select count(*) from audit_event where entity_type = 'request' and entity_id = ?"
				+ " and action = 'VIEW_PERSONAL_DATA'").param(id).query(Long.class).single();
		this.mvc.perform(post("/requests/" + id + "/reporter-contact").with(as("handler")).with(csrf()))
			.andExpect(status().isOk()).andExpect(content().string(containsString("href=\"tel:")));
		assertThat(this.jdbc.sql("select count(*) from audit_event where entity_type = 'request' and entity_id = ?"
				+ " and action = 'VIEW_PERSONAL_DATA'").param(id).query(Long.class).single()).isEqualTo(before + 1);
		this.mvc.perform(post("/api/v1/requests/" + id + "/reporter-contact").with(as("worker")).with(csrf()))
			.andExpect(status().isForbidden());
		this.work.claim(actor("handler"), id, part, null);
		this.work.finishPart(actor("handler"), id, part, "已换灯泡");
		this.mvc.perform(post("/api/v1/requests/" + id + "/reporter-contact").with(as("handler")).with(csrf()))
			.andExpect(status().isForbidden());
	}

	@Test
	void aCancelledRequestEndsWithItsPartsAndTheUnitIsTold() throws Exception {
		long id = dispatched("撤单测试：楼下噪音扰民。");
		long part = this.queries.parts(Actor.SYSTEM, id).get(0).id();
		this.mvc.perform(post("/requests/" + id + "/cancel").param("reason", "").with(as("resident")).with(csrf()))
			.andExpect(status().is3xxRedirection()).andExpect(flash().attributeExists("flashError"));
		assertThat(request(id).status()).isEqualTo(Status.DISPATCHED);

		this.mvc.perform(post("/requests/" + id + "/cancel").param("reason", "邻居已经搬走了").with(as("resident")).with(csrf()))
			.andExpect(status().is3xxRedirection()).andExpect(flash().attributeExists("flash"));
		assertThat(request(id).status()).isEqualTo(Status.CANCELLED);
		Part ended = this.queries.parts(Actor.SYSTEM, id).stream().filter(p -> p.id() == part).findFirst().orElseThrow();
		assertThat(ended.status()).isEqualTo(PartStatus.ENDED);
		assertThat(ended.end()).isEqualTo(PartEnd.CANCELLED);
		assertThat(request(id).dueAt()).isNull();
		await().until(() -> notices("notice.request.cancelled", id) == 2);

		this.mvc.perform(post("/api/v1/requests/" + id + "/urge").with(as("resident")).with(csrf()))
			.andExpect(status().isUnprocessableContent());
		this.mvc.perform(get("/requests/" + id).with(as("resident")))
			.andExpect(content().string(containsString("已撤单")))
			.andExpect(content().string(containsString("邻居已经搬走了")))
			.andExpect(content().string(not(containsString("催一催"))));
		assertThat(this.jdbc.sql("select count(*) from request r where r.id = ? and " + RequestFigure.CANCELLED.condition())
			.param(id).query(Long.class).single()).isEqualTo(1);
	}

}
