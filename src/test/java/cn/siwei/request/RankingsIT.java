package cn.siwei.request;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.Locale;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

import cn.siwei.access.AccessDenied;
import cn.siwei.access.Actor;
import cn.siwei.access.ActorPrincipal;
import cn.siwei.platform.Rejected;
import cn.siwei.region.Region;
import cn.siwei.region.Regions;
import cn.siwei.support.SiweiIT;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The monthly ranking by weighted rates, its comments and export, and the month's hot topics.
 */
class RankingsIT extends SiweiIT {

	@Autowired
	Rankings rankings;

	@Autowired
	HotTopics hotTopics;

	@Autowired
	Regions regions;

	@Autowired
	UserDetailsService users;

	static final YearMonth MONTH = YearMonth.of(2025, 3);

	Actor actor(String username) {
		return ((ActorPrincipal) this.users.loadUserByUsername(username)).actor();
	}

	/** {@code n} requests placed in March 2025 (or another month) in a region, taken, evaluated as given. */
	void insert(Region region, int n, String text, String day, boolean onTime, boolean resolved, String satisfaction) {
		this.jdbc.sql("""
				insert into request (region_id, region_path, category_id, description, channel, urgency, status,
				  accept_due_at, responded_at, accepted_at, resolved, satisfaction, evaluated_at, created_by, created_at, updated_at)
				select :region, :path, (select id from request_category where code = 'ENVIRONMENT'), :text, 'ONLINE', 'NORMAL',
				  'CLOSED', cast(:day as timestamptz) + interval '1 day', cast(:day as timestamptz) + case when :onTime then interval '1 hour' else interval '3 days' end,
				  cast(:day as timestamptz) + interval '1 hour', :resolved, :satisfaction, cast(:day as timestamptz) + interval '5 days',
				  0, cast(:day as timestamptz), cast(:day as timestamptz)
				from generate_series(1, :n)""")
			.param("region", region.id()).param("path", region.path()).param("text", text)
			.param("day", day + " 10:00+08").param("onTime", onTime).param("resolved", resolved)
			.param("satisfaction", satisfaction).param("n", n)
			.update();
	}

	@Test
	void streetsAreRankedByTheirWeightedRatesAndLeadersCommentOnTheRanking() throws Exception {
		Region city = this.regions.findByCode("650200").orElseThrow();
		Region district = this.regions.create(Actor.SYSTEM, city.id(), "T-RANK-D", "排名测试区");
		Region a = this.regions.create(Actor.SYSTEM, district.id(), "T-RANK-A", "甲街道");
		Region b = this.regions.create(Actor.SYSTEM, district.id(), "T-RANK-B", "乙街道");
		this.regions.create(Actor.SYSTEM, district.id(), "T-RANK-C", "丙街道（无诉求）");
		// 甲: all on time, half resolved, all satisfied → 30·100 + 35·50 + 35·100 = 82.5
		insert(a, 2, "楼道垃圾堆放", "2025-03-10", true, true, "SATISFIED");
		insert(a, 2, "楼道垃圾堆放", "2025-03-11", true, false, "SATISFIED");
		// 乙: none on time, all resolved, all satisfied → 30·0 + 35·100 + 35·100 = 70.0
		insert(b, 3, "路灯不亮", "2025-03-12", false, true, "SATISFIED");

		var ranking = this.rankings.of(actor("leader"), district.id(), MONTH, Rankings.Level.STREET, null);
		assertThat(ranking.weights()).isEqualTo(new Rankings.Weights(30, 35, 35));
		assertThat(ranking.lines()).as("named with their district").extracting(Rankings.Line::name)
			.containsExactly("排名测试区 › 甲街道", "排名测试区 › 乙街道");
		assertThat(ranking.lines().get(0).score()).isEqualByComparingTo(new BigDecimal("82.5"));
		assertThat(ranking.lines().get(1).score()).isEqualByComparingTo(new BigDecimal("70.0"));
		assertThat(ranking.lines().get(0).rank()).isEqualTo(1);

		// weighting resolution alone turns the order round
		var byResolution = this.rankings.of(actor("leader"), district.id(), MONTH, Rankings.Level.STREET,
				new Rankings.Weights(0, 100, 0));
		assertThat(byResolution.lines()).extracting(Rankings.Line::name)
			.containsExactly("排名测试区 › 乙街道", "排名测试区 › 甲街道");
		assertThatThrownBy(() -> this.rankings.of(actor("leader"), district.id(), MONTH, Rankings.Level.STREET,
				new Rankings.Weights(0, 0, 0))).isInstanceOf(Rejected.class);
		assertThatThrownBy(() -> this.rankings.of(actor("leader"), district.id(), MONTH, Rankings.Level.STREET,
				new Rankings.Weights(30, 30, 30))).as("weights add up to 100").isInstanceOf(Rejected.class);
		// weighting satisfaction alone: both are all satisfied, so they share the first rank
		var tied = this.rankings.of(actor("leader"), district.id(), MONTH, Rankings.Level.STREET,
				new Rankings.Weights(0, 0, 100));
		assertThat(tied.lines()).extracting(Rankings.Line::rank).containsExactly(1, 1);

		this.rankings.comment(actor("leader"), district.id(), MONTH, Rankings.Level.STREET, "乙街道响应偏慢，下月重点督办。");
		assertThatThrownBy(() -> this.rankings.comment(actor("volunteer"), district.id(), MONTH, Rankings.Level.STREET, "x"))
			.isInstanceOf(AccessDenied.class);
		assertThat(this.rankings.of(actor("leader"), district.id(), MONTH, Rankings.Level.STREET, null).comments())
			.extracting(Rankings.Comment::text).containsExactly("乙街道响应偏慢，下月重点督办。");

		this.mvc.perform(get("/rankings.xlsx").param("region", String.valueOf(district.id())).param("month", "2025-03")
				.with(user(this.users.loadUserByUsername("leader"))))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", Matchers.startsWith("application/vnd.openxmlformats")));
		String page = this.mvc.perform(get("/rankings").param("region", String.valueOf(district.id())).param("month", "2025-03")
				.with(user(this.users.loadUserByUsername("leader")))).andReturn().getResponse().getContentAsString();
		assertThat(page).contains("甲街道", "82.5", "乙街道响应偏慢");

		// hot topics: the month's frequent category and its recurring words, rising against February
		insert(a, 1, "楼道垃圾堆放", "2025-02-10", true, true, "SATISFIED");
		var topics = this.hotTopics.of(actor("leader"), district.id(), MONTH, Locale.SIMPLIFIED_CHINESE);
		assertThat(topics.categories().get(0).count()).isEqualTo(7);
		assertThat(topics.categories().get(0).previous()).isEqualTo(1);
		assertThat(topics.categories().get(0).rising()).isTrue();
		assertThat(topics.words()).extracting(HotTopics.Topic::label).contains("垃圾", "路灯");
		assertThat(topics.words().get(0).label()).as("a word, not a window across two").isIn("楼道", "垃圾", "堆放");
	}


	@Autowired
	UnitRollup unitRollup;

	@Test
	void departmentsAreRankedFromTheirRollupAndNamedWithTheirPlace() {
		Region city = this.regions.findByCode("650200").orElseThrow();
		Region district = this.regions.create(Actor.SYSTEM, city.id(), "T-URANK-D", "单位排名区");
		Region street = this.regions.create(Actor.SYSTEM, district.id(), "T-URANK-S", "丁街道");
		Region one = this.regions.create(Actor.SYSTEM, street.id(), "T-URANK-1", "一社区");
		Region two = this.regions.create(Actor.SYSTEM, street.id(), "T-URANK-2", "二社区");
		// a property company of the same name in each community
		long first = unit(one, "同名物业公司");
		long second = unit(two, "同名物业公司");
		insert(one, 2, "电梯故障", "2025-03-10", true, true, "SATISFIED");
		insert(two, 2, "电梯故障", "2025-03-10", true, false, "SATISFIED");
		parts(one, first, false, 5);
		parts(two, second, true, 2);
		assertThat(this.unitRollup.mismatches()).as("kept by the triggers").isZero();

		var ranking = this.rankings.of(actor("leader"), district.id(), MONTH, Rankings.Level.DEPARTMENT, null);
		assertThat(ranking.lines()).extracting(Rankings.Line::name).as("told apart by their place")
			.containsExactly("同名物业公司（单位排名区 › 丁街道 › 一社区）", "同名物业公司（单位排名区 › 丁街道 › 二社区）");
		// the first: on time, resolved, rated 5 → 100; the second: late, unresolved, rated 2 → 0
		assertThat(ranking.lines()).extracting(Rankings.Line::score)
			.usingElementComparator(BigDecimal::compareTo)
			.containsExactly(new BigDecimal("100"), BigDecimal.ZERO);
		// a community's month is counted directly, and agrees
		var community = this.rankings.of(actor("leader"), one.id(), MONTH, Rankings.Level.DEPARTMENT, null);
		assertThat(community.lines()).hasSize(1);
		assertThat(community.lines().get(0).count()).isEqualTo(2);
		assertThat(community.lines().get(0).score()).isEqualByComparingTo(new BigDecimal("100"));

		// a rating taken back, a part ended, a request reopened: the rollup follows
		this.jdbc.sql("delete from request_rating where part_id in (select id from request_part where organisation_id = ?)")
			.param(second).update();
		this.jdbc.sql("update request_part set status = 'ENDED' where id = (select min(id) from request_part where organisation_id = ?)")
			.param(first).update();
		this.jdbc.sql("update request set status = 'DISPATCHED' where region_path = ?").param(one.path()).update();
		assertThat(this.unitRollup.mismatches()).isZero();
		var after = this.rankings.of(actor("leader"), district.id(), MONTH, Rankings.Level.DEPARTMENT, null);
		assertThat(after.lines()).extracting(Rankings.Line::count).containsExactlyInAnyOrder(1L, 2L);
	}

	long unit(Region region, String name) {
		return this.jdbc.sql("""
				insert into organisation (region_id, region_path, kind, name, active, created_at, updated_at)
				values (?, ?, 'PROPERTY_COMPANY', ?, true, now(), now()) returning id""")
			.params(region.id(), region.path(), name)
			.query(Long.class)
			.single();
	}

	/** A part for the unit on each request of the region, late or not, rated with the stars. */
	void parts(Region region, long unit, boolean late, int stars) {
		this.jdbc.sql("""
				insert into request_part (request_id, role, organisation_id, unit_name, status, late, created_at)
				select id, 'DISPATCHED', ?, 'x', 'DONE', ?, created_at from request where region_path = ?""")
			.params(unit, late, region.path())
			.update();
		this.jdbc.sql("""
				insert into request_rating (request_id, part_id, stars, at)
				select p.request_id, p.id, ?, now() from request_part p where p.organisation_id = ?""")
			.params(stars, unit)
			.update();
	}

}
