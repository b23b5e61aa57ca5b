package cn.siwei.request;

import org.assertj.core.api.Assertions;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import cn.siwei.access.AccessDenied;
import cn.siwei.access.Actor;
import cn.siwei.access.ActorPrincipal;
import cn.siwei.platform.Satisfaction;
import cn.siwei.request.Request.Part;
import cn.siwei.request.RequestTerms.EvaluationMethod;
import cn.siwei.request.RequestTerms.Status;
import cn.siwei.support.SiweiIT;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * 回访: a request from the 12345 hotline, whose caller has no login, is evaluated all the same: the community calls
 * back and records the answer, or the hotline passes on its own; it counts as the resident's evaluation, marked as
 * gathered by whom and how. A resolved-but-dissatisfied answer reopens the request and it no longer counts as
 * resolved.
 */
class RequestCallBackIT extends SiweiIT {

	static final String HOTLINE = "demo-12345-key";

	@Autowired
	Requests requests;

	@Autowired
	RequestWork work;

	@Autowired
	RequestQueries queries;

	@Autowired
	UserDetailsService users;

	RequestPostProcessor as(String username) {
		return user(this.users.loadUserByUsername(username));
	}

	Actor actor(String username) {
		return ((ActorPrincipal) this.users.loadUserByUsername(username)).actor();
	}

	/** A 12345 work order pushed, taken, dispatched to the community worker and finished: waiting for evaluation. */
	long resolvedHotlineRequest(String workOrder, String text) throws Exception {
		this.mvc.perform(post("/api/v1/requests/intake").header("X-Api-Key", HOTLINE).header("Idempotency-Key", workOrder)
				.contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"categoryCode": "MUNICIPAL", "description": "%s", "regionCode": "650203001001",
						 "reporterName": "刘先生", "reporterPhone": "13899990077"}""".formatted(text)))
			.andExpect(status().isCreated());
		long id = this.jdbc.sql("select id from request where description = ?").param(text).query(Long.class).single();
		this.requests.accept(actor("worker"), id, null);
		this.requests.dispatch(actor("worker"), id, null, null, id("person", "name", "马丽"), "上门处理");
		Part part = this.queries.parts(actor("admin"), id).get(0);
		this.work.claim(actor("worker"), id, part.id(), null);
		this.work.finishPart(actor("worker"), id, part.id(), "已处理");
		assertThat(request(id).status()).isEqualTo(Status.RESOLVED);
		return id;
	}

	Request request(long id) {
		return this.queries.get(Actor.SYSTEM, id, null);
	}

	@Test
	void theCommunityCallsTheHotlinesCallerBackAndTheAnswerCountsAsTheirs() throws Exception {
		long id = resolvedHotlineRequest("cb-phone", "回访测试：路灯不亮。");
		this.mvc.perform(get("/requests/" + id).with(as("worker")))
			.andExpect(content().string(containsString("回访：记录居民的评价")));
		this.mvc.perform(post("/requests/" + id + "/call-back").with(as("worker")).with(csrf())
				.param("method", "PHONE").param("resolved", "true").param("satisfaction", "SATISFIED")
				.param("respondent", "刘先生的爱人").param("comment", "灯修好了"))
			.andExpect(status().is3xxRedirection());
		Request r = request(id);
		assertThat(r.status()).isEqualTo(Status.CLOSED);
		assertThat(r.evaluationMethod()).isEqualTo(EvaluationMethod.PHONE);
		assertThat(r.evaluatedBy()).isEqualTo("马丽（永安社区）");
		assertThat(r.satisfaction()).isEqualTo(Satisfaction.SATISFIED);
		this.mvc.perform(get("/requests/" + id).with(as("worker")))
			.andExpect(content().string(containsString("电话回访（马丽（永安社区））")))
			.andExpect(content().string(containsString("已解决 · 满意 · 电话回访（答复人：刘先生的爱人）")));
		// counted as resolved and satisfied, from the record
		assertThat(count(RequestFigure.RESOLVED, id)).isOne();
		assertThat(count(RequestFigure.SATISFIED, id)).isOne();
		assertThat(count(RequestFigure.EVALUATED, id)).isOne();
	}

	@Test
	void theHotlinePassesOnItsOwnCallBackForTheWorkOrderItPushedAndNoOther() throws Exception {
		long id = resolvedHotlineRequest("cb-hotline", "回访测试：井盖松动。");
		this.mvc.perform(post("/api/v1/requests/intake/cb-hotline/evaluation").header("X-Api-Key", "demo-open311-key")
				.contentType(MediaType.APPLICATION_JSON).content("{\"resolved\": true, \"satisfaction\": \"SATISFIED\"}"))
			.andExpect(status().isNotFound());
		this.mvc.perform(post("/api/v1/requests/intake/cb-hotline/evaluation").header("X-Api-Key", HOTLINE)
				.contentType(MediaType.APPLICATION_JSON).content("{\"resolved\": true}"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.field").value("satisfaction"));
		this.mvc.perform(post("/api/v1/requests/intake/cb-hotline/evaluation").header("X-Api-Key", HOTLINE)
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"resolved\": true, \"satisfaction\": \"BASICALLY_SATISFIED\", \"comment\": \"修得还行\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.id").value(id));
		Request r = request(id);
		assertThat(r.status()).isEqualTo(Status.CLOSED);
		assertThat(r.evaluationMethod()).isEqualTo(EvaluationMethod.HOTLINE);
		// a second answer for a closed request is refused, the first stands
		this.mvc.perform(post("/api/v1/requests/intake/cb-hotline/evaluation").header("X-Api-Key", HOTLINE)
				.contentType(MediaType.APPLICATION_JSON).content("{\"resolved\": false, \"satisfaction\": \"DISSATISFIED\", \"comment\": \"x\"}"))
			.andExpect(status().isUnprocessableContent());
		assertThat(request(id).satisfaction()).isEqualTo(Satisfaction.BASICALLY_SATISFIED);
	}

	@Test
	void resolvedButDissatisfiedReopensAndNoLongerCountsAsResolved() throws Exception {
		long id = resolvedHotlineRequest("cb-dissatisfied", "回访测试：垃圾清运不及时。");
		this.work.callBack(actor("worker"), id, true, Satisfaction.DISSATISFIED, "清了但态度不好", EvaluationMethod.VISIT, null);
		Request r = request(id);
		assertThat(r.status()).isEqualTo(Status.ACCEPTED);
		assertThat(r.resolved()).as("the answer is kept as given").isTrue();
		assertThat(count(RequestFigure.RESOLVED, id)).as("but the reopened request is not resolved").isZero();
		assertThat(count(RequestFigure.SATISFIED, id)).isZero();
		assertThat(count(RequestFigure.EVALUATED, id)).isOne();
	}

	@Test
	void onlyStaffWithThePermissionCallBack() {
		Assertions.assertThatThrownBy(() -> this.work.callBack(actor("leader"), 1L, true,
				Satisfaction.SATISFIED, null, EvaluationMethod.PHONE, null))
			.isInstanceOf(AccessDenied.class);
	}

	@Test
	void theTimelineSpeaksTheReadersLanguageForThePlatformsOwnEntries() throws Exception {
		long id = resolvedHotlineRequest("cb-system", "回访测试：系统记录。");
		this.jdbc.sql("""
				insert into request_event (owner_id, at, actor_id, actor_name, kind, public)
				values (?, now(), 0, 'system', 'OVERDUE', true)""").param(id).update();
		this.mvc.perform(get("/requests/" + id).with(as("worker")))
			.andExpect(content().string(containsString(" · 系统")))
			.andExpect(content().string(Matchers.not(containsString(" · system"))));
	}

	@Test
	void aCallerWithARegisteredResidentsPhoneAndNameIsThatResidentAndAnotherNameIsPutToAWorker() throws Exception {
		long wang = id("person", "name", "王秀兰");
		long sure = push("cb-link-sure", "回访测试：来电人就是登记居民。", "王秀兰", "139 0990 1234");
		assertThat(request(sure).reporterPersonId()).isEqualTo(wang);
		long unsure = push("cb-link-unsure", "回访测试：家人代为反映。", "王秀兰的儿子", "13909901234");
		assertThat(request(unsure).reporterPersonId()).isNull();
		this.mvc.perform(get("/requests/" + unsure).with(as("worker")))
			.andExpect(content().string(containsString("来电号码是居民 王秀兰")));
		this.mvc.perform(get("/requests/" + unsure).with(as("leader")))
			.andExpect(content().string(Matchers.not(containsString("来电号码是居民"))));
		this.mvc.perform(post("/requests/" + unsure + "/reporter").with(as("worker")).with(csrf()).param("same", "true"))
			.andExpect(status().is3xxRedirection());
		assertThat(request(unsure).reporterPersonId()).isEqualTo(wang);
		this.mvc.perform(get("/requests/" + unsure).with(as("worker")))
			.andExpect(content().string(Matchers.not(containsString("来电号码是居民"))))
			.andExpect(content().string(containsString("关联到登记居民")));
		// nobody with that phone: nothing to link, nothing to confirm
		long stranger = push("cb-link-none", "回访测试：陌生号码。", "赵先生", "13700000001");
		assertThat(request(stranger).reporterPersonId()).isNull();
		assertThat(this.queries.reporterCandidate(actor("worker"), stranger)).isEmpty();
	}

	long push(String workOrder, String text, String name, String phone) throws Exception {
		this.mvc.perform(post("/api/v1/requests/intake").header("X-Api-Key", HOTLINE).header("Idempotency-Key", workOrder)
				.contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"categoryCode": "MUNICIPAL", "description": "%s", "regionCode": "650203001001",
						 "reporterName": "%s", "reporterPhone": "%s"}""".formatted(text, name, phone)))
			.andExpect(status().isCreated());
		return this.jdbc.sql("select id from request where description = ?").param(text).query(Long.class).single();
	}

	long count(RequestFigure figure, long id) {
		return this.jdbc.sql("select count(*) from request r where r.id = ? and " + figure.condition()).param(id)
			.query(Long.class).single();
	}

}
