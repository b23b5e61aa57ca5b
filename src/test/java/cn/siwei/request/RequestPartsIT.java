package cn.siwei.request;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

import cn.siwei.access.AccessDenied;
import cn.siwei.access.Actor;
import cn.siwei.access.ActorPrincipal;
import cn.siwei.platform.NotFound;
import cn.siwei.platform.Rejected;
import cn.siwei.request.Request.Part;
import cn.siwei.request.RequestTerms.PartEnd;
import cn.siwei.request.RequestTerms.PartStatus;
import cn.siwei.request.RequestTerms.Status;
import cn.siwei.support.SiweiIT;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * A handler sends a wrong dispatch back (退单) and asks for more time (延期申请); the dispatcher withdraws a part
 * nobody claims and decides on extensions; the request goes back to whoever gives it out when no part is left, and
 * the limits follow.
 */
class RequestPartsIT extends SiweiIT {

	@Autowired
	Requests requests;

	@Autowired
	RequestWork work;

	@Autowired
	RequestRecording recording;

	@Autowired
	RequestQueries queries;

	@Autowired
	WorkingCalendar calendar;

	@Autowired
	UserDetailsService users;

	Actor actor(String username) {
		return ((ActorPrincipal) this.users.loadUserByUsername(username)).actor();
	}

	long accepted(String text) {
		long category = this.queries.categories(Locale.SIMPLIFIED_CHINESE).get(0).id();
		long id = this.recording.submitOwn(actor("resident"), RequestForm.of(category, text, null, null));
		this.requests.accept(actor("worker"), id, null);
		return id;
	}

	Request get(long id) {
		return this.queries.get(Actor.SYSTEM, id, null);
	}

	Part part(long id, long partId) {
		return this.queries.parts(Actor.SYSTEM, id).stream().filter(p -> p.id() == partId).findFirst().orElseThrow();
	}

	@Test
	void aWrongDispatchIsSentBackToTheCommunityWhichGivesItToTheRightUnit() {
		long id = accepted("退单测试：小区路灯不亮（派错给住建局）。");
		long housing = id("organisation", "name", "克拉玛依区住房和城乡建设局");
		long city = id("organisation", "name", "克拉玛依区城市管理局");
		long wrong = this.requests.dispatch(actor("worker"), id, housing, null, null, "维修路灯");

		assertThatThrownBy(() -> this.work.sendBack(actor("handler"), id, wrong, " "))
			.isInstanceOfSatisfying(Rejected.class, r -> assertThat(r.field()).isEqualTo("reason"));
		assertThatThrownBy(() -> this.work.sendBack(actor("cityhandler"), id, wrong, "不是我们的"))
			.as("another department does not even see a request not given to it").isInstanceOf(NotFound.class);
		this.work.sendBack(actor("handler"), id, wrong, "路灯归城管局，不属于住建局职责");
		Part sent = part(id, wrong);
		assertThat(sent.status()).isEqualTo(PartStatus.ENDED);
		assertThat(sent.end()).isEqualTo(PartEnd.SENT_BACK);
		assertThat(get(id).status()).as("back to the community to dispatch again").isEqualTo(Status.ACCEPTED);
		assertThat(get(id).dueAt()).isNotNull();
		await().until(() -> this.jdbc.sql("select count(*) from notification where message_key = 'notice.request.sentBack' and link = ?")
			.param("/requests/" + id).query(Long.class).single() == 1);

		long right = this.requests.dispatch(actor("worker"), id, city, null, null, "维修路灯");
		this.work.claim(actor("cityhandler"), id, right, null);
		var due = part(id, right).dueAt();

		// more time: asked with a reason, one at a time, granted by the dispatcher: the limit moves
		assertThatThrownBy(() -> this.work.askExtension(actor("cityhandler"), id, right, 40, "等配件"))
			.isInstanceOfSatisfying(Rejected.class, r -> assertThat(r.field()).isEqualTo("days"));
		this.work.askExtension(actor("cityhandler"), id, right, 3, "灯具需要从厂家调货");
		assertThat(part(id, right).extensionPending()).isTrue();
		assertThatThrownBy(() -> this.work.askExtension(actor("cityhandler"), id, right, 2, "再等等"))
			.isInstanceOfSatisfying(Rejected.class, r -> assertThat(r.messageKey()).isEqualTo("request.rejected.extensionPending"));
		assertThatThrownBy(() -> this.requests.decideExtension(actor("cityhandler"), id, right, true, null))
			.isInstanceOf(AccessDenied.class);
		this.requests.decideExtension(actor("worker"), id, right, true, "同意");
		assertThat(part(id, right).dueAt()).isEqualTo(this.calendar.due(due, 3));
		assertThat(part(id, right).extensionPending()).isFalse();
		// a second request refused: the limit stays
		this.work.askExtension(actor("cityhandler"), id, right, 5, "还要等");
		this.requests.decideExtension(actor("worker"), id, right, false, "请按期完成");
		assertThat(part(id, right).dueAt()).isEqualTo(this.calendar.due(due, 3));

		this.work.finishPart(actor("cityhandler"), id, right, "路灯已修好");
		assertThat(get(id).status()).as("the sent-back part does not hold the request up").isEqualTo(Status.RESOLVED);
	}

	@Test
	void theDispatcherWithdrawsAPartNobodyClaimedButNotOneBeingWorked() {
		long id = accepted("撤回测试：楼道堆放杂物。");
		long housing = id("organisation", "name", "克拉玛依区住房和城乡建设局");
		long city = id("organisation", "name", "克拉玛依区城市管理局");
		long silent = this.requests.dispatch(actor("worker"), id, housing, null, null, "清理杂物");
		long working = this.requests.dispatch(actor("worker"), id, city, null, null, "清理杂物");
		this.work.claim(actor("cityhandler"), id, working, null);

		assertThatThrownBy(() -> this.requests.withdrawPart(actor("worker"), id, working, "改派"))
			.isInstanceOfSatisfying(Rejected.class, r -> assertThat(r.messageKey()).isEqualTo("request.rejected.partClaimed"));
		this.requests.withdrawPart(actor("worker"), id, silent, "住建局一直无人接单");
		assertThat(part(id, silent).end()).isEqualTo(PartEnd.WITHDRAWN);
		assertThat(get(id).status()).as("another part is still being worked").isEqualTo(Status.DISPATCHED);
		assertThatThrownBy(() -> this.work.claim(actor("handler"), id, silent, null)).isInstanceOf(Rejected.class);
		this.work.finishPart(actor("cityhandler"), id, working, "已清理");
		assertThat(get(id).status()).isEqualTo(Status.RESOLVED);
	}

	@Test
	void summonedUnitsThatAllSendBackReturnTheRequestToTheStreet() {
		long id = accepted("退单测试：路面塌陷（吹哨）。");
		this.requests.escalate(actor("worker"), id, "需要街道协调");
		long housing = id("organisation", "name", "克拉玛依区住房和城乡建设局");
		List<Long> parts = this.requests.summon(actor("street"), id, List.of(housing), 1, "联合处置");
		this.work.report(actor("handler"), id, parts.get(0), null);
		this.work.sendBack(actor("handler"), id, parts.get(0), "属于城管职责");
		assertThat(get(id).status()).isEqualTo(Status.ESCALATED);
	}

}
