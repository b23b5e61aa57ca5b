package cn.siwei.mediation;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

import cn.siwei.access.Actor;
import cn.siwei.access.ActorPrincipal;
import cn.siwei.figures.Dashboards;
import cn.siwei.figures.FigureSource;
import cn.siwei.figures.Rollups;
import cn.siwei.mediation.MediationTerms.Kind;
import cn.siwei.mediation.MediationTerms.Performance;
import cn.siwei.mediation.MediationTerms.Source;
import cn.siwei.mediation.MediationTerms.Status;
import cn.siwei.platform.NotFound;
import cn.siwei.platform.Rejected;
import cn.siwei.support.SiweiIT;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A property dispute from reception to the follow-up visit within its clocks: a conflicted mediator refused, an
 * objection acted on, the one-month clock extended only with both parties' consent and flagged once when it runs
 * out, the agreement written from its fields, the 30 days for judicial confirmation, the figures exact.
 */
class MediationIT extends SiweiIT {

	@Autowired
	Mediations mediations;

	@Autowired
	MediationQueries queries;

	@Autowired
	MediationSweep sweep;

	@Autowired
	Rollups rollups;

	@Autowired
	Dashboards dashboards;

	@Autowired
	UserDetailsService users;

	Actor actor(String username) {
		return ((ActorPrincipal) this.users.loadUserByUsername(username)).actor();
	}

	static String key(Throwable t) {
		return ((Rejected) t).messageKey();
	}

	@Test
	void aPropertyDisputeGoesFromReceptionToTheFollowUpVisitWithinItsClocks() {
		Actor worker = actor("worker");
		long yongan = id("region", "code", "650203001001");
		LocalDate today = LocalDate.now(this.clock);
		Map<String, Long> before = this.dashboards.totals(worker, "mediation", yongan, today, today);
		long id = this.mediations.receive(worker, new MediationForm(yongan, Kind.PROPERTY, Source.VISIT, "测试业主",
				"13800009999", "测试物业公司", null, "测试：车位被占用"));
		assertThat(this.queries.get(worker, id).applicantPhone()).isEqualTo("138****9999");
		assertThatThrownBy(() -> this.mediations.accept(worker, id)).as("accepted only once a mediator talks to them")
			.satisfies(t -> assertThat(key(t)).isEqualTo("mediation.rejected.wrongState"));
		assertThatThrownBy(() -> this.mediations.assign(worker, id, "测试业主"))
			.satisfies(t -> assertThat(key(t)).isEqualTo("mediation.rejected.mediatorIsParty"));
		this.mediations.assign(worker, id, "王调解");
		this.mediations.object(worker, id, "测试物业公司", "调解员是业主的亲戚");
		assertThat(this.queries.get(worker, id).mediator()).as("stepped down").isNull();
		this.mediations.assign(worker, id, "马丽");
		this.mediations.accept(worker, id);
		Mediation accepted = this.queries.get(worker, id);
		assertThat(accepted.status()).isEqualTo(Status.ACCEPTED);
		assertThat(accepted.dueAt()).isAfter(this.clock.instant().plus(Duration.ofDays(28)));
		this.mediations.session(worker, id, "双方到场陈述。", true);
		assertThatThrownBy(() -> this.mediations.extend(worker, id, 5, true, false, "需要物业总部批复"))
			.satisfies(t -> assertThat(((Rejected) t).violations()).extracting(Rejected.Violation::field).contains("consent"));
		this.mediations.extend(worker, id, 5, true, true, "需要物业总部批复");
		assertThat(this.queries.get(worker, id).dueAt()).isAfter(accepted.dueAt());

		// the clock runs out: flagged once
		this.clock.advance(Duration.ofDays(60));
		try {
			this.sweep.sweep();
			assertThat(this.queries.get(worker, id).late()).isTrue();
			assertThat(this.sweep.sweep()).as("flagged once").isZero();
		}
		finally {
			this.clock.advance(Duration.ofDays(-60));
		}
		this.mediations.agree(worker, id, "物业三日内清理占用车位。", "由社区监督，三日内完成。");
		Mediation agreed = this.queries.get(worker, id);
		assertThat(agreed.confirmationDue()).isEqualTo(today.plusDays(30));
		assertThat(agreed.agreementText()).contains("测试业主", "测试物业公司", "测试：车位被占用", "物业三日内清理占用车位",
				"三日内完成", "三十日内", "马丽");
		this.mediations.confirmation(worker, id, today);
		this.mediations.followUp(worker, id, Performance.PERFORMED, "已清理");
		assertThat(this.queries.get(worker, id).status()).isEqualTo(Status.CLOSED);
		// (the overdue entry carries the moved clock's time, so it sorts last)
		assertThat(this.queries.timeline(worker, id)).extracting(e -> e.kind()).containsSubsequence("RECEIVED",
				"ASSIGNED", "OBJECTED", "ASSIGNED", "ACCEPTED", "SESSION", "EXTENDED", "AGREED", "CONFIRMATION",
				"FOLLOWED_UP").contains("OVERDUE");

		Map<String, Long> after = this.dashboards.totals(worker, "mediation", yongan, today, today);
		assertThat(after.get("RECEIVED") - before.get("RECEIVED")).isEqualTo(1);
		assertThat(after.get("PROPERTY") - before.get("PROPERTY")).as("property disputes apart").isEqualTo(1);
		assertThat(after.get("AGREED") - before.get("AGREED")).isEqualTo(1);
		assertThat(after.get("PERFORMED") - before.get("PERFORMED")).isEqualTo(1);
		for (FigureSource s : this.rollups.sources()) {
			assertThat(this.rollups.mismatches(s)).as(s.kind()).isZero();
		}
		assertThat(this.queries.list(worker, new MediationQueries.Filter(null, null, null, null, MediationFigure.PROPERTY,
				today, today), 0, 100).total()).isEqualTo(after.get("PROPERTY"));
	}

	@Test
	void aFailedMediationClosesWithGuidanceAndOtherRegionsSeeNothing() {
		Actor worker = actor("worker");
		long yongan = id("region", "code", "650203001001");
		long id = this.mediations.receive(worker, new MediationForm(yongan, Kind.NEIGHBOUR, Source.PHONE, "甲", null,
				"乙", null, "测试：噪音"));
		this.mediations.assign(worker, id, "马丽");
		this.mediations.fail(worker, id, "告知可向人民法院起诉");
		this.mediations.close(worker, id);
		assertThat(this.queries.get(worker, id).status()).isEqualTo(Status.CLOSED);
		assertThatThrownBy(() -> this.queries.get(actor("worker9"), id)).isInstanceOf(NotFound.class);
		long otherCity = id("region", "code", "511381001001");
		assertThatThrownBy(() -> this.mediations.receive(worker, new MediationForm(otherCity, Kind.OTHER, Source.VISIT,
				"甲", null, "乙", null, "x"))).isInstanceOf(NotFound.class);
		assertThatThrownBy(() -> this.mediations.receive(worker, new MediationForm(yongan, null, null, " ", "abc", "",
				null, ""))).isInstanceOf(Rejected.class)
			.satisfies(t -> assertThat(((Rejected) t).violations()).extracting(Rejected.Violation::field)
				.contains("kind", "source", "applicant", "applicantPhone", "respondent", "facts"));
	}

}
