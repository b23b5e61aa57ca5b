package cn.siwei.renovation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

import cn.siwei.access.AccessDenied;
import cn.siwei.access.Actor;
import cn.siwei.access.ActorPrincipal;
import cn.siwei.figures.Dashboards;
import cn.siwei.figures.FigureSource;
import cn.siwei.figures.Rollups;
import cn.siwei.platform.NotFound;
import cn.siwei.platform.Rejected;
import cn.siwei.renovation.RenovationTerms.Funding;
import cn.siwei.renovation.RenovationTerms.Status;
import cn.siwei.renovation.RenovationTerms.Works;
import cn.siwei.support.SiweiIT;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A renovation refused by one household short of two thirds, revised, agreed at exactly two thirds, worked with
 * progress its residents read, failed once at acceptance and then accepted; the figures exact; the seed's 343
 * renovations of 阆中 are accepted projects, one record for ten.
 */
class RenovationIT extends SiweiIT {

	@Autowired
	Renovations renovations;

	@Autowired
	RenovationQueries queries;

	@Autowired
	Dashboards dashboards;

	@Autowired
	Rollups rollups;

	@Autowired
	UserDetailsService users;

	Actor actor(String username) {
		return ((ActorPrincipal) this.users.loadUserByUsername(username)).actor();
	}

	@Test
	void aRenovationIsAgreedAtExactlyTwoThirdsWorkedAndAccepted() {
		Actor worker = actor("worker");
		Actor resident = actor("resident");
		long yard = id("region", "code", "650203001001-01");
		LocalDate today = LocalDate.now(this.clock);
		Map<String, Long> before = this.dashboards.totals(worker, "renovation", yard, today, today);
		assertThatThrownBy(() -> this.renovations.plan(worker, new RenovationForm(yard, null, null, " ", "", 0,
				new BigDecimal("-1")))).isInstanceOf(Rejected.class)
			.satisfies(t -> assertThat(((Rejected) t).violations()).extracting(Rejected.Violation::field)
				.contains("works", "funding", "title", "plan", "households", "budget"));
		long id = this.renovations.plan(worker, new RenovationForm(yard, Works.BASIC, Funding.GOVERNMENT, "测试：屋面防水",
				"3号楼屋面防水翻新。", 30, new BigDecimal("120000.50")));
		assertThatThrownBy(() -> this.renovations.tally(worker, id, 20, 1)).as("counted only once asked")
			.satisfies(t -> assertThat(((Rejected) t).messageKey()).isEqualTo("renovation.rejected.wrongState"));
		this.renovations.consult(worker, id, null);
		assertThatThrownBy(() -> this.renovations.tally(worker, id, 25, 6)).as("more than the households")
			.isInstanceOf(Rejected.class);
		assertThat(this.renovations.tally(worker, id, 19, 2)).as("one household short of two thirds").isFalse();
		assertThat(this.queries.get(worker, id).status()).isEqualTo(Status.REJECTED);
		this.renovations.consult(worker, id, "3号楼屋面防水翻新，同时更换落水管。");
		assertThat(this.renovations.tally(worker, id, 20, 3)).as("exactly two thirds").isTrue();
		Renovation agreed = this.queries.get(worker, id);
		assertThat(agreed.status()).isEqualTo(Status.WORKS);
		assertThat(agreed.plan()).contains("落水管");
		this.renovations.progress(worker, id, 60, "防水层已铺设");
		assertThatThrownBy(() -> this.renovations.progress(worker, id, 101, "x")).isInstanceOf(Rejected.class);

		// residents of the community read the project and its progress, and cannot act on it
		assertThat(this.queries.get(resident, id).progress()).isEqualTo(60);
		assertThat(this.queries.timeline(resident, id)).extracting(e -> e.note()).anyMatch(n -> n != null && n.contains("防水层已铺设"));
		assertThatThrownBy(() -> this.renovations.progress(resident, id, 70, "x")).isInstanceOf(AccessDenied.class);
		assertThatThrownBy(() -> this.queries.get(actor("worker9"), id)).isInstanceOf(NotFound.class);

		this.renovations.accept(worker, id, false, "住建局", "落水管未固定");
		assertThat(this.queries.get(worker, id).status()).as("the works go on").isEqualTo(Status.WORKS);
		assertThatThrownBy(() -> this.renovations.accept(worker, id, false, "住建局", " ")).as("a failure says why")
			.isInstanceOf(Rejected.class);
		this.renovations.accept(worker, id, true, "住建局", null);
		Renovation done = this.queries.get(worker, id);
		assertThat(done.status()).isEqualTo(Status.ACCEPTED);
		assertThat(done.progress()).isEqualTo(100);
		assertThat(this.queries.timeline(worker, id)).extracting(e -> e.kind()).containsSubsequence("PLANNED",
				"CONSULTED", "REFUSED", "REVISED", "CONSENTED", "PROGRESS", "FAILED_ACCEPTANCE", "ACCEPTED");

		Map<String, Long> after = this.dashboards.totals(worker, "renovation", yard, today, today);
		assertThat(after.get("PROJECTS") - before.get("PROJECTS")).isEqualTo(1);
		assertThat(after.get("CONSENTED") - before.get("CONSENTED")).isEqualTo(1);
		assertThat(after.get("COMPLETED") - before.get("COMPLETED")).isEqualTo(1);
		for (FigureSource s : this.rollups.sources()) {
			assertThat(this.rollups.mismatches(s)).as(s.kind()).isZero();
		}
	}

	@Test
	void langzhongsRenovationsAreAcceptedProjectsOneForTen() {
		Actor lz = actor("lzworker");
		LocalDate day = this.jdbc.sql("select (min(created_at) at time zone ?)::date from renovation where created_by = 0")
			.param(this.clock.getZone().getId())
			.query(LocalDate.class)
			.single();
		long nanjie = id("region", "code", "511381001001");
		Map<String, Long> figures = this.dashboards.totals(lz, "renovation", nanjie, day, day);
		assertThat(figures.get("COMPLETED")).as("the seed's 343, one record for ten")
			.isEqualTo(RenovationDemo.LANGZHONG_RENOVATIONS).isEqualTo(34);
		assertThat(this.queries.list(lz, new RenovationQueries.Filter(null, null, null, null, RenovationFigure.COMPLETED,
				day, day, null), 0, 20).total()).isEqualTo(34);
	}

}
