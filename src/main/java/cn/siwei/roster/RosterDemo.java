package cn.siwei.roster;

import java.time.Clock;
import java.time.LocalDate;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import cn.siwei.access.Actor;
import cn.siwei.platform.DemoContribution;
import cn.siwei.roster.RosterTerms.ActivityKind;
import cn.siwei.roster.RosterTerms.Appointment;
import cn.siwei.roster.RosterTerms.Role;

/**
 * The seed's rosters of 阆中 as records, one for ten: 103 red stewards of the three levels stand for the seed's 1,026
 * (3 at 保宁街道, 20 at 南街社区, 80 in its two compounds, as 26, 200 and 800) and 27 capable residents for its 269,
 * with courtyard, building and unit heads (三长共治) in 财源小区; a third of the stewards and every head did something
 * this month. The demo's 阆中 has one street and one community, so the city's counts all sit there. And 永安小区's
 * building head 赵红梅 with her visits.
 */
@Component
@Order(50)
class RosterDemo implements DemoContribution {

	/** The seed's counts: "选聘街道、社区、小区三级“红色管家”1026名", "广泛吸纳……小区能人269名". */
	static final int SEED_STEWARDS = 1026;

	static final int SEED_CAPABLE = 269;

	/** The seed's Karamay count of property projects with cross-appointed staff. */
	static final int SEED_CROSS_APPOINTED = 55;

	/** One record for ten of the seed's (the demo loads at first start, each member through the service). */
	static final int SCALE = 10;

	static final int LANGZHONG_STEWARDS = Math.round(SEED_STEWARDS / (float) SCALE);

	static final int LANGZHONG_CAPABLE = Math.round(SEED_CAPABLE / (float) SCALE);

	private static final String SURNAMES = "王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶阎";

	private static final String GIVEN = "建国秀英桂兰志强丽华德明淑珍文杰海燕玉梅国庆红霞永胜春兰家福晓东";

	private final Rosters rosters;

	private final Clock clock;

	RosterDemo(Rosters rosters, Clock clock) {
		this.rosters = rosters;
		this.clock = clock;
	}

	/** A name that reads like one, the same for the same number. */
	static String name(int i) {
		int s = i % SURNAMES.length();
		int g = (i / SURNAMES.length()) % (GIVEN.length() / 2);
		return SURNAMES.charAt(s) + GIVEN.substring(g * 2, g * 2 + 2);
	}

	@Override
	public void contribute(World world) {
		Actor staff = Actor.SYSTEM;
		LocalDate today = LocalDate.now(this.clock);
		long street = world.region("511381001");
		long community = world.region("511381001001");
		long[] compounds = { world.region("511381001001-01"), world.region("511381001001-02") };
		for (int i = 0; i < LANGZHONG_STEWARDS; i++) {
			long place;
			Role role;
			if (i < 3) {
				place = street;
				role = Role.STEWARD_STREET;
			}
			else if (i < 23) {
				place = community;
				role = Role.STEWARD_COMMUNITY;
			}
			else {
				place = compounds[i % 2];
				role = Role.STEWARD_COMPOUND;
			}
			long id = this.rosters.appoint(staff, new MemberForm(place, role, Appointment.APPOINTED, name(i), null, null,
					today.minusMonths(6 + i % 12)));
			if (i % 3 == 0) {
				this.rosters.record(staff, id, i % 2 == 0 ? ActivityKind.VISIT : ActivityKind.SERVICE,
						i % 2 == 0 ? "入户走访高龄老人" : "上门协助维修水电", 1 + i % 4, today);
			}
		}
		for (int i = 0; i < LANGZHONG_CAPABLE; i++) {
			long id = this.rosters.appoint(staff, new MemberForm(compounds[i % 2], Role.CAPABLE, Appointment.RECOMMENDED,
					name(LANGZHONG_STEWARDS + i), null, null, today.minusMonths(3 + i % 9)));
			if (i % 4 == 0) {
				this.rosters.record(staff, id, ActivityKind.SERVICE, "能人帮老人：代购药品、陪同就医", 1, today);
			}
		}
		String[][] heads = { { "COURTYARD_HEAD", "ELECTED" }, { "BUILDING_HEAD", "ELECTED" }, { "BUILDING_HEAD", "ELECTED" },
				{ "UNIT_HEAD", "VOLUNTEERED" }, { "UNIT_HEAD", "VOLUNTEERED" }, { "UNIT_HEAD", "VOLUNTEERED" } };
		for (int i = 0; i < heads.length; i++) {
			long id = this.rosters.appoint(staff, new MemberForm(compounds[0], Role.valueOf(heads[i][0]),
					Appointment.valueOf(heads[i][1]), name(2000 + i), null, null, today.minusYears(1)));
			this.rosters.record(staff, id, i == 0 ? ActivityKind.PROBLEM : ActivityKind.VISIT,
					i == 0 ? "发现院坝下水道堵塞，已报问题清单" : "楼栋入户走访", 3, today);
		}
		karamayCrossAppointed(world, staff, today);
		long zhao = this.rosters.appoint(staff, new MemberForm(world.region("650203001001-01-01"), Role.BUILDING_HEAD,
				Appointment.ELECTED, "赵红梅", "13579901111", world.person("赵红梅"), today.minusYears(2)));
		this.rosters.record(staff, zhao, ActivityKind.VISIT, "看望独居老人王秀兰，帮忙联系维修燃气灶", 1, today.minusDays(40));
		this.rosters.record(staff, zhao, ActivityKind.VISIT, "看望独居老人王秀兰", 1, today);
		this.rosters.record(staff, zhao, ActivityKind.MEETING, "参加六方会谈，反映东门照明问题", 0, today);
	}

	/**
	 * The seed's Karamay 物社联动: "55个物业服务项目实现社区与物业服务企业工作人员交叉任职", as 55 cross-appointed members
	 * (one for each project; few enough to keep all), in its compounds and communities, each of whom attended a joint
	 * meeting this month.
	 */
	private void karamayCrossAppointed(World world, Actor staff, LocalDate today) {
		long[] places = { world.region("650203001001-01"), world.region("650202001009-01"), world.region("650204001001") };
		for (int i = 0; i < SEED_CROSS_APPOINTED; i++) {
			long id = this.rosters.appoint(staff, new MemberForm(places[i % places.length], Role.CROSS_APPOINTED,
					Appointment.APPOINTED, name(3000 + i), null, null, today.minusMonths(2 + i % 20)));
			this.rosters.record(staff, id, ActivityKind.MEETING, "参加物社联动联席会议", 0, today);
		}
	}

}
