package cn.siwei.renovation;

import java.math.BigDecimal;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import cn.siwei.access.Actor;
import cn.siwei.platform.DemoContribution;
import cn.siwei.renovation.RenovationTerms.Funding;
import cn.siwei.renovation.RenovationTerms.Works;

/**
 * The seed's renovation tasks of 阆中 (有序完成343个老旧小区改造任务) as records, one for ten: 34 projects stand for
 * the 343, each planned, agreed by its households, worked and accepted. The demo's 阆中 has two compounds, so the tasks are recorded at 南街社区 and
 * name the compound they stand for; 财源小区's wiring (电路老化) and 普西巷小区's walls (撤墙并院) are the seed's own.
 * And two of 永安小区: a lift being installed (progress residents can read) and a parking plan being asked.
 */
@Component
@Order(55)
class RenovationDemo implements DemoContribution {

	/** The seed's count: "有序完成343个老旧小区改造任务". */
	static final int SEED_RENOVATIONS = 343;

	/** One record for ten of the seed's (each project goes through plan, consent, works and acceptance). */
	static final int SCALE = 10;

	static final int LANGZHONG_RENOVATIONS = Math.round(SEED_RENOVATIONS / (float) SCALE);

	private static final String[] STREETS = { "郑家街", "白果巷", "管星街", "武庙街", "西街", "北街", "南街", "笔向街", "大东街",
			"双栅子街", "学道街", "火神巷", "礼拜寺街", "上新街", "下新街", "三陈街" };

	private final Renovations renovations;

	RenovationDemo(Renovations renovations) {
		this.renovations = renovations;
	}

	@Override
	public void contribute(World world) {
		Actor staff = Actor.SYSTEM;
		long nanjie = world.region("511381001001");
		long caiyuan = world.region("511381001001-01");
		long puxixiang = world.region("511381001001-02");
		done(staff, caiyuan, Works.BASIC, "财源小区电路老化改造", "更换全部楼栋老化电线和电表箱，增设漏电保护。", 186);
		done(staff, puxixiang, Works.COMPLETING, "普西巷小区撤墙并院", "拆除院落间隔墙，合并为一个小区统一管理，增设停车位和绿化。", 242);
		for (int i = 2; i < LANGZHONG_RENOVATIONS; i++) {
			String name = STREETS[i % STREETS.length] + (1 + i / STREETS.length) + "号院";
			Works works = i % 5 == 0 ? Works.COMPLETING : i % 17 == 0 ? Works.UPGRADING : Works.BASIC;
			done(staff, nanjie, works, name + "老旧小区改造", "屋面防水、管网更换、楼道照明和外墙修缮。", 40 + i % 120);
		}
		long yard = world.region("650203001001-01");
		long lift = this.renovations.plan(staff, new RenovationForm(yard, Works.COMPLETING, Funding.MIXED,
				"永安小区1号楼加装电梯", "1号楼两个单元各加装一部电梯，居民按楼层分摊，政府补贴一部分。", 24, new BigDecimal("960000.00")));
		this.renovations.consult(staff, lift, null);
		this.renovations.tally(staff, lift, 20, 2);
		this.renovations.progress(staff, lift, 35, "井道基础已完成，钢结构进场");
		long parking = this.renovations.plan(staff, new RenovationForm(yard, Works.COMPLETING, Funding.RESIDENTS,
				"永安小区停车位划线与充电桩", "重新划定停车位，东门增设充电桩十个。", 120, new BigDecimal("85000.00")));
		this.renovations.consult(staff, parking, null);
	}

	private void done(Actor staff, long place, Works works, String title, String plan, int households) {
		long id = this.renovations.plan(staff, new RenovationForm(place, works, Funding.GOVERNMENT, title, plan, households,
				null));
		this.renovations.consult(staff, id, null);
		this.renovations.tally(staff, id, households * 9 / 10, households / 20);
		this.renovations.accept(staff, id, true, "阆中市住建局验收组", null);
	}

}
