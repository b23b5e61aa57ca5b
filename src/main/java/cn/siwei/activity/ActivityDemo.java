package cn.siwei.activity;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import cn.siwei.access.Actor;
import cn.siwei.activity.ActivityTerms.Kind;
import cn.siwei.organisation.TeamForm;
import cn.siwei.organisation.TeamKind;
import cn.siwei.organisation.Teams;
import cn.siwei.platform.DemoContribution;

/**
 * Langzhong's activities from records, 1:1 (docs/activities.md): the seed's 16 "小精专" squads (the demo's 维权小分队
 * and fifteen more) with their 1,700 door-to-door services (养老维权、环境整治 …), and its 600 red-culture
 * activities (红色故事坊、党史进小区 …), spread over the past two years across the compounds of 南街社区; written as the
 * ledger of those years. And a Yong'an activity with people signed in, through the service.
 */
@Component
@Order(7)
class ActivityDemo implements DemoContribution {

	static final int SQUADS = 16;

	static final int SQUAD_SERVICES = 1700;

	static final int CULTURAL = 600;

	private static final String[] SQUAD_NAMES = { "双创小分队", "养老服务小分队", "环境整治小分队", "法律援助小分队",
			"助残帮扶小分队", "心理疏导小分队", "家电维修小分队", "治安巡逻小分队", "文明劝导小分队", "助学辅导小分队",
			"义诊小分队", "政策宣讲小分队", "邻里调解小分队", "绿化美化小分队", "反诈宣传小分队" };

	private static final String[] SERVICES = { "上门养老服务", "上门维权咨询", "小区环境整治", "独居老人探访", "家电义务维修",
			"政策上门宣讲", "法律咨询进小区", "邻里纠纷上门调解" };

	private static final String[] CULTURE = { "红色故事坊", "党史进小区", "自编舞蹈展演", "小品自演", "红歌合唱",
			"邻间趣事分享会" };

	private final Teams teams;

	private final Activities activities;

	private final JdbcClient jdbc;

	private final Clock clock;

	ActivityDemo(Teams teams, Activities activities, JdbcClient jdbc, Clock clock) {
		this.teams = teams;
		this.activities = activities;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Override
	public void contribute(World world) {
		Actor staff = Actor.SYSTEM;
		long nanjie = world.region("511381001001");
		long[] places = { world.region("511381001001-01"), world.region("511381001001-02"), nanjie };
		List<Long> squads = new ArrayList<>();
		squads.add(world.team("维权小分队"));
		for (String name : SQUAD_NAMES) {
			TeamForm f = new TeamForm();
			f.setRegionId(nanjie);
			f.setOrganisationId(world.organisation("阆苑之家·红色物业服务有限公司"));
			f.setKind(TeamKind.SQUAD);
			f.setName(name);
			f.setServiceRegionIds(new ArrayList<>(List.of(nanjie)));
			squads.add(this.teams.create(staff, f));
		}
		LocalDate today = LocalDate.now(this.clock);
		Timestamp now = Timestamp.from(this.clock.instant());
		// 1,700 services of the sixteen squads, and 600 activities of red culture, over the past two years
		this.jdbc.sql("""
				insert into activity (region_id, region_path, category_id, channel, title, organiser, team_id, place,
				  starts_at, ends_at, participants, created_by, recorded_at)
				select r.id, r.path, ?, 'COUNTED', (?::text[])[1 + i % 8], t.name, t.id, r.name,
				  (?::date - (i * 43 % 720)) + time '09:00' + (i % 5) * interval '1 hour',
				  (?::date - (i * 43 % 720)) + time '10:30' + (i % 5) * interval '1 hour',
				  1 + i % 4, 0, ?
				from generate_series(0, ? - 1) i
				join region r on r.id = (?::bigint[])[1 + i % 3]
				join team t on t.id = (?::bigint[])[1 + i % 16]""")
			.params(Kind.SQUAD_SERVICE.category(), SERVICES, today, today, now, SQUAD_SERVICES,
					toArray(places), squads.toArray(Long[]::new))
			.update();
		this.jdbc.sql("""
				insert into activity (region_id, region_path, category_id, channel, title, organiser, place,
				  starts_at, ends_at, participants, created_by, recorded_at)
				select r.id, r.path, ?, 'COUNTED', (?::text[])[1 + i % 6], '南街社区党委', r.name || '院坝',
				  (?::date - (i * 29 % 720)) + time '19:30', (?::date - (i * 29 % 720)) + time '21:00',
				  20 + i * 7 % 60, 0, ?
				from generate_series(0, ? - 1) i join region r on r.id = (?::bigint[])[1 + i % 3]""")
			.params(Kind.CULTURAL.category(), CULTURE, today, today, now, CULTURAL, toArray(places))
			.update();
		// a Yong'an activity with its people signed in
		long reading = this.activities.record(staff, new ActivityForm(world.region("650203001001"), Kind.VOLUNTEER,
				"“红细胞”志愿者清扫积雪", "永安社区“红细胞”党员服务队", world.team("永安社区“红细胞”党员服务队"),
				"永安小区", LocalDateTime.of(today.minusDays(2), java.time.LocalTime.of(9, 0)),
				LocalDateTime.of(today.minusDays(2), java.time.LocalTime.of(11, 0)), null, "清扫小区主干道和楼道口积雪"));
		this.activities.signIn(staff, reading, world.person("赵红梅"));
		this.activities.signIn(staff, reading, world.person("马丽"));
		this.activities.signIn(staff, reading, world.person("阿力木·吐尔逊"));
	}

	private static Long[] toArray(long[] ids) {
		Long[] out = new Long[ids.length];
		for (int i = 0; i < ids.length; i++) {
			out[i] = ids[i];
		}
		return out;
	}

}
