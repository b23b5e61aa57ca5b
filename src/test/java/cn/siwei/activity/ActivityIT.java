package cn.siwei.activity;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

import cn.siwei.access.Actor;
import cn.siwei.access.ActorPrincipal;
import cn.siwei.activity.ActivityTerms.Kind;
import cn.siwei.figures.Dashboards;
import cn.siwei.platform.NotFound;
import cn.siwei.platform.Rejected;
import cn.siwei.region.Region;
import cn.siwei.region.Regions;
import cn.siwei.support.SiweiIT;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The activities ledger: counted or signed in (each person once), its figures on the dashboard, the demo's counts. */
class ActivityIT extends SiweiIT {

	@Autowired
	Activities activities;

	@Autowired
	Regions regions;

	@Autowired
	Dashboards dashboards;

	@Autowired
	UserDetailsService users;

	Actor actor(String username) {
		return ((ActorPrincipal) this.users.loadUserByUsername(username)).actor();
	}

	@Test
	void activitiesAreCountedOrSignedInAndFeedTheDashboard() {
		Actor worker = actor("worker");
		Region yongan = this.regions.findByCode("650203001001").orElseThrow();
		LocalDateTime start = LocalDate.now(this.clock).atTime(9, 0);
		long counted = this.activities.record(worker, new ActivityForm(yongan.id(), Kind.CULTURAL, "测试：广场舞展演",
				"永安社区居委会", null, "永安小区广场", start, start.plusHours(2), 45, null));
		long signed = this.activities.record(worker, new ActivityForm(yongan.id(), Kind.DOOR_TO_DOOR, "测试：上门理发",
				"永安社区“红细胞”党员服务队", null, "1 号楼", start, start.plusHours(1), null, null));
		long zhao = this.jdbc.sql("select id from person where name = '赵红梅'").query(Long.class).single();
		this.activities.signIn(worker, signed, zhao);
		assertThatThrownBy(() -> this.activities.signIn(worker, signed, zhao))
			.satisfies(t -> assertThat(((Rejected) t).messageKey()).isEqualTo("activity.rejected.signedAlready"));
		assertThatThrownBy(() -> this.activities.signIn(worker, counted, zhao))
			.satisfies(t -> assertThat(((Rejected) t).messageKey()).isEqualTo("activity.rejected.counted"));
		long foreign = this.jdbc.sql("select min(id) from person where region_path like (select path from region where code = '511300') || '%'")
			.query(Long.class).single();
		assertThatThrownBy(() -> this.activities.signIn(worker, signed, foreign))
			.satisfies(t -> assertThat(((Rejected) t).messageKey()).isEqualTo("activity.rejected.person"));
		assertThatThrownBy(() -> this.activities.get(actor("worker9"), signed)).isInstanceOf(NotFound.class);
		assertThatThrownBy(() -> this.activities.record(worker, new ActivityForm(yongan.id(), Kind.CULTURAL, "",
				"", null, "", start, start.minusHours(1), -3, null)))
			.satisfies(t -> assertThat(((Rejected) t).violations()).extracting(Rejected.Violation::field)
				.contains("title", "organiser", "place", "endsAt", "participants"));

		LocalDate today = LocalDate.now(this.clock);
		Map<String, Long> totals = this.dashboards.totals(worker, "activity", yongan.id(), today, today);
		long listed = this.activities.list(worker, new Activities.Filter(yongan.path(), ActivityFigure.ACTIVITIES, null,
				null, today, today, null), 0, 100).total();
		assertThat(totals.get("ACTIVITIES")).isEqualTo(listed).isGreaterThanOrEqualTo(2);
		long people = this.activities.list(worker, new Activities.Filter(yongan.path(), null, null, null, today, today,
				null), 0, 100).items().stream().mapToLong(Activity::participants).sum();
		assertThat(totals.get("PARTICIPANTS")).isEqualTo(people);
	}

	@Test
	void langzhongsSquadsAndCultureAreInTheLedgerAsTheSeedCountsThem() {
		Actor lz = actor("lzadmin");
		Region nanjie = this.regions.findByCode("511381001001").orElseThrow();
		assertThat(this.activities.list(lz, new Activities.Filter(nanjie.path(), null, Kind.SQUAD_SERVICE.category(), null,
				null, null, null), 0, 1).total()).isEqualTo(ActivityDemo.SQUAD_SERVICES);
		assertThat(this.activities.list(lz, new Activities.Filter(nanjie.path(), null, Kind.CULTURAL.category(), null,
				null, null, null), 0, 1).total()).isEqualTo(ActivityDemo.CULTURAL);
		assertThat(this.jdbc.sql("select count(distinct team_id) from activity where category_id = 3")
			.query(Long.class).single()).isEqualTo(ActivityDemo.SQUADS);
	}

}
