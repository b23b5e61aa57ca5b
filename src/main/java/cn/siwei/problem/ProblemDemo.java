package cn.siwei.problem;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import cn.siwei.access.Actor;
import cn.siwei.platform.DemoContribution;
import cn.siwei.problem.ProblemTerms.Kind;
import cn.siwei.problem.ProblemTerms.Source;

/**
 * The seed's 小区物业问题大盘点 of 阆中 as records, one for ten: 34 problems stand for the seed's 341 of old compounds
 * that no one managed or managed badly, found by walks, meetings and residents in the demo's two compounds of 南街社区
 * and in the community itself, all put on the governance list but one dropped as a duplicate; most solved, some
 * being worked on. The figures of 阆中 count these records. And two problems of 永安小区, one on the list.
 */
@Component
@Order(45)
class ProblemDemo implements DemoContribution {

	/** The seed's count: "收集汇总老旧小区没人管、管不好等痛点堵点问题341个，全面纳入社区基层治理清单". */
	static final int SEED_PROBLEMS = 341;

	/**
	 * The demo holds one record for ten of the seed's (each record goes through every act of the loop, and the
	 * demo loads at first start): 34 problems stand for 341.
	 */
	static final int SCALE = 10;

	static final int LANGZHONG_PROBLEMS = Math.round(SEED_PROBLEMS / (float) SCALE);

	private static final String[][] FOUND = {
			{ "FACILITIES", "楼道电路老化", "楼道电线裸露老化，晚上经常跳闸。" },
			{ "ENVIRONMENT", "楼道堆放杂物", "楼道里堆放旧家具和纸箱，影响通行。" },
			{ "FACILITIES", "化粪池堵塞", "化粪池堵塞外溢，气味很大。" },
			{ "SAFETY", "消防通道被占", "消防通道长期停放车辆。" },
			{ "FACILITIES", "屋顶漏水", "顶楼住户反映下雨屋顶漏水。" },
			{ "PARKING", "停车无序", "小区内车辆乱停，老人出行不便。" },
			{ "PROPERTY", "无人管理", "小区没有物业，垃圾无人清运。" },
			{ "FACILITIES", "路灯不亮", "小区主干道路灯坏了多盏。" },
			{ "SAFETY", "围墙破损", "围墙倒塌一段，存在安全隐患。" },
			{ "ENVIRONMENT", "下水道堵塞", "雨季下水道堵塞，院坝积水。" },
			{ "PROPERTY", "物业服务不到位", "物业收费后不打扫楼道。" },
			{ "OTHER", "缺少休息座椅", "老年人希望院坝里有休息的座椅。" } };

	private final Problems problems;

	ProblemDemo(Problems problems) {
		this.problems = problems;
	}

	@Override
	public void contribute(World world) {
		Actor staff = Actor.SYSTEM;
		// 永安小区: two problems found on the community's walk, one on the list with the property company
		long yard = world.region("650203001001-01");
		long lamps = this.problems.record(staff, new ProblemForm(yard, Kind.FACILITIES, Source.WALK, "东门夜间照明不足",
				"东门两盏路灯不亮，监控损坏，老人晚上出入看不清台阶。", "马丽"));
		this.problems.assign(staff, lamps, world.organisation("克拉玛依永安物业服务有限公司"), null, 10);
		this.problems.progress(staff, lamps, "已报六方会谈，物业答应十个工作日内修好");
		this.problems.record(staff, new ProblemForm(yard, Kind.ENVIRONMENT, Source.RESIDENT, "3 号楼楼道堆放杂物",
				"3 号楼一至三层楼道堆放旧家具，影响通行和消防。", "赵红梅"));
		long[] places = { world.region("511381001001-01"), world.region("511381001001-02"),
				world.region("511381001001") };
		Source[] sources = { Source.WALK, Source.WALK, Source.MEETING, Source.RESIDENT, Source.INSPECTION };
		String[] owners = { "阆苑之家·红色物业服务有限公司", "南街社区居委会", "保宁街道城建办", "财源小区业主委员会" };
		for (int i = 0; i < LANGZHONG_PROBLEMS; i++) {
			String[] f = FOUND[i % FOUND.length];
			long id = this.problems.record(staff, new ProblemForm(places[i % places.length], Kind.valueOf(f[0]),
					sources[i % sources.length], f[1], f[2], i % 3 == 0 ? "南街社区网格员" : "小区红色管家"));
			if (i == 7) {
				this.problems.drop(staff, id, "与第 6 号问题重复");
				continue;
			}
			// every problem goes on the list (the seed: 全面纳入治理清单); four in five are solved
			this.problems.assign(staff, id, null, owners[i % owners.length], 5 + i % 20);
			if (i % 5 != 4) {
				this.problems.finish(staff, id, "已整改销号");
			}
			else if (i % 10 == 4) {
				this.problems.progress(staff, id, "已联系施工队，材料采购中");
			}
		}
	}

}
