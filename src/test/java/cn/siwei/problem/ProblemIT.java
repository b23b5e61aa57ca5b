package cn.siwei.problem;

import java.time.Duration;
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
import cn.siwei.problem.ProblemTerms.Kind;
import cn.siwei.problem.ProblemTerms.Source;
import cn.siwei.problem.ProblemTerms.Status;
import cn.siwei.support.SiweiIT;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A problem found on a walk goes onto the governance list with an owner and a limit, is flagged once past it,
 * solved, reopened when the fix did not hold and solved again; the figures count it exactly and open onto it;
 * other regions see nothing; the seed's 341 problems of 阆中 are records, one for ten.
 */
class ProblemIT extends SiweiIT {

	@Autowired
	Problems problems;

	@Autowired
	ProblemQueries queries;

	@Autowired
	ProblemSweep sweep;

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
	void aProblemGoesOnTheListIsSolvedReopenedAndCountedExactly() {
		Actor worker = actor("worker");
		long yard = id("region", "code", "650203001001-01");
		LocalDate today = LocalDate.now(this.clock);
		Map<String, Long> before = this.dashboards.totals(worker, "problem", yard, today, today);
		long id = this.problems.record(worker, new ProblemForm(yard, Kind.SAFETY, Source.WALK, "测试：单元门损坏",
				"2 号楼单元门锁坏了，外人随意进出。", "马丽"));
		assertThat(this.queries.get(worker, id).status()).isEqualTo(Status.FOUND);
		assertThatThrownBy(() -> this.problems.finish(worker, id, "修好了")).as("solved only once on the list")
			.satisfies(t -> assertThat(key(t)).isEqualTo("problem.rejected.wrongState"));
		assertThatThrownBy(() -> this.problems.assign(worker, id, null, " ", 0))
			.satisfies(t -> assertThat(((Rejected) t).violations()).extracting(Rejected.Violation::field)
				.contains("owner", "workingDays"));
		long otherCityUnit = this.jdbc.sql("select min(id) from organisation where name = '财源小区党支部'")
			.query(Long.class).single();
		assertThatThrownBy(() -> this.problems.assign(worker, id, otherCityUnit, null, 5)).as("a unit out of scope")
			.satisfies(t -> assertThat(((Rejected) t).violations()).extracting(Rejected.Violation::field)
				.contains("organisationId"));
		long property = this.jdbc.sql("select id from organisation where name = '克拉玛依永安物业服务有限公司'")
			.query(Long.class).single();
		this.problems.assign(worker, id, property, null, 5);
		Problem listed = this.queries.get(worker, id);
		assertThat(listed.owner()).isEqualTo("克拉玛依永安物业服务有限公司");
		assertThat(listed.organisationId()).isEqualTo(property);
		assertThat(listed.dueAt()).isAfter(this.clock.instant().plus(Duration.ofDays(4)));
		this.problems.progress(worker, id, "已报修");

		// the limit passes: flagged once, and it shows among the overdue
		this.clock.advance(Duration.ofDays(30));
		try {
			this.sweep.sweep();
			assertThat(this.queries.get(worker, id).late()).isTrue();
			assertThat(this.sweep.sweep()).as("flagged once").isZero();
			assertThat(this.queries.list(worker, new ProblemQueries.Filter(null, null, null, null, null, null, null,
					true, "单元门损坏"), 0, 10).items()).extracting(Problem::id).containsExactly(id);
		}
		finally {
			this.clock.advance(Duration.ofDays(-30));
		}
		this.problems.finish(worker, id, "已换新门锁");
		assertThat(this.queries.get(worker, id).status()).isEqualTo(Status.DONE);
		this.problems.reopen(worker, id, "新锁又坏了", 3);
		Problem reopened = this.queries.get(worker, id);
		assertThat(reopened.status()).isEqualTo(Status.ASSIGNED);
		assertThat(reopened.late()).as("a new limit").isFalse();
		assertThat(reopened.result()).isNull();
		this.problems.finish(worker, id, "换了防盗门");
		assertThat(this.queries.timeline(worker, id)).extracting(e -> e.kind()).containsSubsequence("FOUND", "ASSIGNED",
				"PROGRESS", "DONE", "REOPENED", "DONE").contains("OVERDUE");

		Map<String, Long> after = this.dashboards.totals(worker, "problem", yard, today, today);
		assertThat(after.get("DISCOVERED") - before.get("DISCOVERED")).isEqualTo(1);
		assertThat(after.get("LISTED") - before.get("LISTED")).isEqualTo(1);
		assertThat(after.get("SOLVED") - before.get("SOLVED")).isEqualTo(1);
		assertThat(after.get("SOLVED_ON_TIME") - before.get("SOLVED_ON_TIME")).as("solved within its new limit")
			.isEqualTo(1);
		for (FigureSource s : this.rollups.sources()) {
			assertThat(this.rollups.mismatches(s)).as(s.kind()).isZero();
		}
		String yardPath = this.jdbc.sql("select path from region where id = ?").param(yard).query(String.class).single();
		assertThat(this.queries.list(worker, new ProblemQueries.Filter(yardPath, null, null, null, ProblemFigure.SOLVED,
				today, today, false, null), 0, 100).total()).isEqualTo(after.get("SOLVED"));
	}

	@Test
	void otherRegionsSeeNothingLeadersOnlyLookAndBadInputChangesNothing() {
		Actor worker = actor("worker");
		long yard = id("region", "code", "650203001001-01");
		long id = this.problems.record(worker, new ProblemForm(yard, Kind.OTHER, Source.RESIDENT, "测试：范围", "x", "y"));
		assertThatThrownBy(() -> this.queries.get(actor("worker9"), id)).isInstanceOf(NotFound.class);
		assertThatThrownBy(() -> this.problems.drop(actor("worker9"), id, "x")).isInstanceOf(NotFound.class);
		assertThatThrownBy(() -> this.problems.drop(actor("leader"), id, "x")).isInstanceOf(AccessDenied.class);
		long otherCity = id("region", "code", "511381001001");
		assertThatThrownBy(() -> this.problems.record(worker, new ProblemForm(otherCity, Kind.OTHER, Source.WALK, "x",
				"x", "x"))).isInstanceOf(NotFound.class);
		long count = this.jdbc.sql("select count(*) from problem").query(Long.class).single();
		assertThatThrownBy(() -> this.problems.record(worker, new ProblemForm(yard, null, null, " ", "", "")))
			.isInstanceOf(Rejected.class)
			.satisfies(t -> assertThat(((Rejected) t).violations()).extracting(Rejected.Violation::field)
				.contains("kind", "source", "title", "description", "foundBy"));
		assertThatThrownBy(() -> this.problems.drop(worker, id, "")).isInstanceOf(Rejected.class);
		assertThat(this.jdbc.sql("select count(*) from problem").query(Long.class).single()).isEqualTo(count);
		assertThat(this.queries.get(worker, id).status()).isEqualTo(Status.FOUND);
		this.problems.drop(worker, id, "重复登记");
		assertThat(this.queries.get(worker, id).droppedReason()).isEqualTo("重复登记");
	}

	@Test
	void langzhongsInventoryIsTheSeedsProblemsOneRecordForTenAllOnTheList() {
		Actor lz = actor("lzworker");
		String nanjie = this.jdbc.sql("select path from region where code = '511381001001'").query(String.class).single();
		long demo = this.jdbc.sql("select count(*) from problem where in_subtree(region_path, ?) and created_by = 0")
			.param(nanjie)
			.query(Long.class)
			.single();
		assertThat(demo).isEqualTo(ProblemDemo.LANGZHONG_PROBLEMS).isEqualTo(34);
		assertThat(demo * ProblemDemo.SCALE).as("the seed's 341, one record for ten").isCloseTo(341L,
				org.assertj.core.data.Offset.offset(5L));
		LocalDate day = this.jdbc.sql("select (min(created_at) at time zone ?)::date from problem where created_by = 0")
			.param(this.clock.getZone().getId())
			.query(LocalDate.class)
			.single();
		long nanjieId = id("region", "code", "511381001001");
		Map<String, Long> figures = this.dashboards.totals(lz, "problem", nanjieId, day, day);
		assertThat(figures.get("DISCOVERED")).isEqualTo(34);
		assertThat(figures.get("LISTED")).as("全面纳入治理清单, but the one dropped before").isEqualTo(33);
		assertThat(this.queries.list(lz, new ProblemQueries.Filter(null, null, null, null, ProblemFigure.DISCOVERED, day, day,
				false, null), 0, 20).total()).isEqualTo(34);
	}

}
