package cn.siwei.request;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

import cn.siwei.access.Actor;
import cn.siwei.access.ActorPrincipal;
import cn.siwei.figures.Dashboards;
import cn.siwei.platform.Rejected;
import cn.siwei.platform.Satisfaction;
import cn.siwei.request.Request.Part;
import cn.siwei.request.RequestTerms.Channel;
import cn.siwei.request.RequestTerms.EvaluationMethod;
import cn.siwei.request.RequestTerms.Status;
import cn.siwei.support.SiweiIT;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * 商圈一站式: a merchant's matter received at the business district's station is one request with a part per
 * department; while staff wait for the merchant's documents the clock stands still (nothing is flagged late, the
 * limits move by the time waited); both departments finish on time, the merchant's evaluation is called back, and
 * the request loop's figures count it under its merchant category.
 */
class MerchantMatterIT extends SiweiIT {

	@Autowired
	Requests requests;

	@Autowired
	RequestWork work;

	@Autowired
	RequestRecording recording;

	@Autowired
	RequestQueries queries;

	@Autowired
	RequestSweep sweep;

	@Autowired
	Dashboards dashboards;

	@Autowired
	UserDetailsService users;

	Actor actor(String username) {
		return ((ActorPrincipal) this.users.loadUserByUsername(username)).actor();
	}

	@Test
	void aMerchantsMatterWithTwoDepartmentsWaitsWithoutLosingTimeAndIsResolvedAndEvaluated() {
		Actor worker = actor("worker");
		long yongan = id("region", "code", "650203001001");
		long loans = this.queries.categories(Locale.SIMPLIFIED_CHINESE).stream()
			.filter(c -> c.code().equals("MERCHANT_LOAN")).findFirst().orElseThrow().id();
		RequestForm f = RequestForm.of(loans, "测试商户申请创业担保贷款，需要住建和城管分别出具经营场所证明。", yongan,
				Channel.BUSINESS_DISTRICT);
		f.setReporterName("测试商户 王店长");
		long id = this.recording.record(worker, f);
		this.requests.accept(worker, id, "商圈党群服务站一窗受理");
		long housing = this.jdbc.sql("select organisation_id from account where username = 'handler'").query(Long.class).single();
		long city = this.jdbc.sql("select organisation_id from account where username = 'cityhandler'").query(Long.class).single();
		this.requests.dispatch(worker, id, housing, null, null, "出具经营场所房屋证明");
		this.requests.dispatch(worker, id, city, null, null, "出具外摆经营许可说明");
		List<Part> parts = this.queries.parts(worker, id);
		assertThat(parts).hasSize(2);
		Map<Long, Instant> due = new java.util.HashMap<>();
		parts.forEach(p -> due.put(p.id(), p.dueAt()));

		assertThatThrownBy(() -> this.requests.waitForReporter(worker, id, " "))
			.satisfies(t -> assertThat(((Rejected) t).violations()).isNotEmpty());
		this.requests.waitForReporter(worker, id, "等待商户补充近半年纳税记录");
		assertThatThrownBy(() -> this.requests.waitForReporter(worker, id, "again"))
			.satisfies(t -> assertThat(((Rejected) t).messageKey()).isEqualTo("request.rejected.waitingAlready"));
		assertThatThrownBy(() -> this.requests.waitForReporter(actor("worker9"), id, "x"))
			.isInstanceOf(cn.siwei.platform.NotFound.class);
		Request waiting = this.queries.get(worker, id, null);
		assertThat(waiting.waiting()).isTrue();
		assertThat(waiting.dueAt()).isNull();

		// three weeks waiting: far past the parts' limits, nothing is flagged
		Duration waited = Duration.ofDays(21);
		this.clock.advance(waited);
		try {
			this.sweep.sweep();
			assertThat(this.jdbc.sql("select count(*) from request_event where owner_id = ? and kind = 'OVERDUE'")
				.param(id).query(Long.class).single()).isZero();
			this.requests.resume(worker, id, "商户已送来纳税记录");
			assertThatThrownBy(() -> this.requests.resume(worker, id, null))
				.satisfies(t -> assertThat(((Rejected) t).messageKey()).isEqualTo("request.rejected.notWaiting"));
			for (Part p : this.queries.parts(worker, id)) {
				assertThat(p.dueAt()).as("moved by the time waited").isEqualTo(due.get(p.id()).plus(waited));
			}
			// each department claims and finishes its part, on time
			for (String handler : List.of("handler", "cityhandler")) {
				Actor unit = actor(handler);
				Part own = this.queries.parts(unit, id).stream()
					.filter(p -> p.organisationId() != null && p.organisationId().equals(unit.organisationId()))
					.findFirst().orElseThrow();
				this.work.claim(unit, id, own.id(), null);
				this.work.finishPart(unit, id, own.id(), "证明已出具");
			}
			assertThat(this.queries.get(worker, id, null).status()).isEqualTo(Status.RESOLVED);
			assertThat(this.jdbc.sql("select count(*) from request_part where request_id = ? and late").param(id)
				.query(Long.class).single()).as("no part late: the wait did not count").isZero();
			this.work.callBack(worker, id, true, Satisfaction.SATISFIED, "贷款已放款，商户满意", EvaluationMethod.PHONE, null);
		}
		finally {
			this.clock.advance(waited.negated());
		}
		assertThat(this.queries.get(worker, id, null).status()).isEqualTo(Status.CLOSED);
		assertThat(this.queries.timeline(worker, id).stream().map(e -> e.kind().name()).toList())
			.contains("WAITING", "RESUMED");

		// the request loop's figures count it under its merchant category and channel
		LocalDate today = LocalDate.now(this.clock);
		Map<String, Long> all = this.dashboards.totals(worker, "request", yongan, today, today);
		assertThat(all.get("RESOLVED")).isPositive();
		java.time.ZoneId zone = this.clock.getZone();
		var merchant = this.queries.ledger(worker, null, new RequestFilter(null, loans, Channel.BUSINESS_DISTRICT, null,
				false, null, RequestFigure.SATISFIED, today.atStartOfDay(zone).toInstant(),
				today.plusDays(1).atStartOfDay(zone).toInstant(), null, null), Locale.SIMPLIFIED_CHINESE, 0, 20);
		assertThat(merchant.items()).extracting(Request::id).contains(id);
	}

}
