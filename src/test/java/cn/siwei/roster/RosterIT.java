package cn.siwei.roster;

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
import cn.siwei.roster.RosterTerms.ActivityKind;
import cn.siwei.roster.RosterTerms.Appointment;
import cn.siwei.roster.RosterTerms.Role;
import cn.siwei.roster.RosterTerms.Status;
import cn.siwei.support.SiweiIT;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A unit head is appointed, does things over two months and is counted active once in each; bad input changes
 * nothing; other regions see nothing; the seed's 1,026 red stewards and 269 capable residents of 阆中 are records, one for ten.
 */
class RosterIT extends SiweiIT {

	@Autowired
	Rosters rosters;

	@Autowired
	RosterQueries queries;

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
	void aHeadIsCountedActiveOnceInEachMonthTheyDidSomething() {
		Actor worker = actor("worker");
		long unit = id("region", "code", "650203001001-01-01-2");
		LocalDate today = LocalDate.now(this.clock);
		LocalDate lastMonth = today.minusMonths(1);
		Map<String, Long> before = this.dashboards.totals(worker, "roster_activity", unit, today.withDayOfMonth(1), today);
		Map<String, Long> beforeLast = this.dashboards.totals(worker, "roster_activity", unit, lastMonth.withDayOfMonth(1),
				lastMonth.withDayOfMonth(lastMonth.lengthOfMonth()));
		long count = this.jdbc.sql("select count(*) from roster_member").query(Long.class).single();
		assertThatThrownBy(() -> this.rosters.appoint(worker, new MemberForm(unit, null, null, " ", "abc", null,
				today.plusDays(1)))).isInstanceOf(Rejected.class)
			.satisfies(t -> assertThat(((Rejected) t).violations()).extracting(Rejected.Violation::field)
				.contains("role", "appointment", "name", "phone", "since"));
		long lz = this.jdbc.sql("select min(id) from person where name = '杨德明'").query(Long.class).single();
		assertThatThrownBy(() -> this.rosters.appoint(worker, new MemberForm(unit, Role.UNIT_HEAD, Appointment.ELECTED,
				"测试单元长", null, lz, null))).as("a resident of another city")
			.satisfies(t -> assertThat(((Rejected) t).violations()).extracting(Rejected.Violation::field)
				.contains("personId"));
		assertThat(this.jdbc.sql("select count(*) from roster_member").query(Long.class).single()).isEqualTo(count);

		long id = this.rosters.appoint(worker, new MemberForm(unit, Role.UNIT_HEAD, Appointment.ELECTED, "测试单元长",
				"13800001234", null, null));
		assertThat(this.queries.get(worker, id).phone()).isEqualTo("138****1234");
		this.rosters.record(worker, id, ActivityKind.VISIT, "走访", 2, today);
		this.rosters.record(worker, id, ActivityKind.SERVICE, "换灯泡", 1, today);
		this.rosters.record(worker, id, ActivityKind.VISIT, "上月走访", 1, today.withDayOfMonth(1).minusDays(1));
		assertThatThrownBy(() -> this.rosters.record(worker, id, ActivityKind.VISIT, "明天", 1, today.plusDays(1)))
			.isInstanceOf(Rejected.class);
		assertThatThrownBy(() -> this.rosters.record(worker, id, ActivityKind.VISIT, "去年", 1, today.minusYears(1)))
			.isInstanceOf(Rejected.class);

		Map<String, Long> after = this.dashboards.totals(worker, "roster_activity", unit, today.withDayOfMonth(1), today);
		assertThat(after.get("ACTIVITIES") - before.get("ACTIVITIES")).isEqualTo(2);
		assertThat(after.get("ACTIVE_MEMBERS") - before.get("ACTIVE_MEMBERS")).as("once this month").isEqualTo(1);
		assertThat(after.get("ACTIVE_HEADS") - before.get("ACTIVE_HEADS")).isEqualTo(1);
		Map<String, Long> afterLast = this.dashboards.totals(worker, "roster_activity", unit, lastMonth.withDayOfMonth(1),
				lastMonth.withDayOfMonth(lastMonth.lengthOfMonth()));
		assertThat(afterLast.get("ACTIVE_MEMBERS") - beforeLast.get("ACTIVE_MEMBERS")).as("and once last month").isEqualTo(1);
		String unitPath = this.jdbc.sql("select path from region where id = ?").param(unit).query(String.class).single();
		assertThat(this.queries.activities(worker, new RosterQueries.ActivityFilter(unitPath, null, null, null,
				RosterFigure.Activities.ACTIVE_MEMBERS, today.withDayOfMonth(1), today), 0, 100).total())
			.isEqualTo(after.get("ACTIVE_MEMBERS"));
		for (FigureSource s : this.rollups.sources()) {
			assertThat(this.rollups.mismatches(s)).as(s.kind()).isZero();
		}

		assertThatThrownBy(() -> this.queries.get(actor("worker9"), id)).isInstanceOf(NotFound.class);
		assertThatThrownBy(() -> this.rosters.end(actor("leader"), id, "x")).isInstanceOf(AccessDenied.class);
		assertThatThrownBy(() -> this.rosters.end(worker, id, " ")).isInstanceOf(Rejected.class);
		this.rosters.end(worker, id, "搬家");
		assertThat(this.queries.get(worker, id).status()).isEqualTo(Status.ENDED);
		assertThatThrownBy(() -> this.rosters.record(worker, id, ActivityKind.VISIT, "卸任后", 1, today))
			.satisfies(t -> assertThat(((Rejected) t).messageKey()).isEqualTo("roster.rejected.ended"));
		assertThat(this.queries.get(worker, id).activities()).isEqualTo(3);
	}

	@Test
	void langzhongsStewardsAndCapableResidentsAreTheSeedsCountsAsRecords() {
		Actor lz = actor("lzworker");
		LocalDate day = this.jdbc.sql("select (min(created_at) at time zone ?)::date from roster_member where created_by = 0")
			.param(this.clock.getZone().getId())
			.query(LocalDate.class)
			.single();
		long langzhong = id("region", "code", "511381");
		Actor lzAdmin = actor("lzadmin");
		Map<String, Long> members = this.dashboards.totals(lzAdmin, "roster_member", langzhong, day, day);
		assertThat(members.get("STEWARDS")).as("the seed's 1,026, one record for ten")
			.isEqualTo(RosterDemo.LANGZHONG_STEWARDS).isEqualTo(103);
		assertThat(members.get("CAPABLE")).as("the seed's 269, one record for ten")
			.isEqualTo(RosterDemo.LANGZHONG_CAPABLE).isEqualTo(27);
		String nanjie = this.jdbc.sql("select path from region where code = '511381001001'").query(String.class).single();
		assertThat(this.queries.members(lz, new RosterQueries.Filter(nanjie, Role.CAPABLE.category(), null, null, null,
				null, null, null), 0, 10).total()).isEqualTo(27);
	}

	@Test
	void aCapableResidentChosenFromTheRegisterIsNamedAsRegisteredAndTheirPairingShowsOnTheRosterPage() throws Exception {
		var worker = org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
			.user(this.users.loadUserByUsername("worker"));
		long yard = id("region", "code", "650203001001-01");
		long zhao = this.jdbc.sql("select id from person where name = '赵红梅'").query(Long.class).single();
		var post = org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/rosters")
			.param("regionId", String.valueOf(yard)).param("role", "CAPABLE").param("appointment", "RECOMMENDED")
			.param("name", "").param("personId", String.valueOf(zhao))
			.with(worker)
			.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf());
		String location = this.mvc.perform(post).andReturn().getResponse().getRedirectedUrl();
		assertThat(location).startsWith("/rosters/");
		String page = this.mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get(location)
			.with(worker)).andReturn().getResponse().getContentAsString();
		assertThat(page).as("named as registered, their 1+1 shown").contains("赵红梅", "/people/" + zhao, "王秀兰",
				"结对帮扶");

		// a resident of another city cannot be chosen: refused, nothing saved
		long other = this.jdbc.sql("""
				select p.id from person p join region g on g.id = p.region_id where g.path like (select path from region
				where code = '511300') || '%' order by p.id limit 1""").query(Long.class).single();
		long before = this.jdbc.sql("select count(*) from roster_member").query(Long.class).single();
		String refused = this.mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/rosters")
			.param("regionId", String.valueOf(yard)).param("role", "CAPABLE").param("appointment", "RECOMMENDED")
			.param("name", "").param("personId", String.valueOf(other))
			.with(worker)
			.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf()))
			.andReturn().getResponse().getContentAsString();
		assertThat(refused).contains("has-error");
		assertThat(this.jdbc.sql("select count(*) from roster_member").query(Long.class).single()).isEqualTo(before);
	}

}
