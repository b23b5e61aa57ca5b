package cn.siwei.points;

import java.time.Clock;
import java.time.YearMonth;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import cn.siwei.access.Actor;
import cn.siwei.platform.DemoContribution;
import cn.siwei.points.PointsTerms.Trigger;

/**
 * The demo's points: 永安社区's ledger with its rules (courtyard hygiene scored monthly, volunteer service awarded by
 * staff, a good deed above the approval limit, and points from residents' evaluations, volunteers' completed wishes
 * and meetings), a month of scores and awards, one score corrected by its reversal and an award waiting for a second
 * person's approval; and 查干草村's ledger with the seed's village items (庭院卫生、厕所革命、牲畜管理、志愿服务).
 * It is first among the demo's capabilities, so that the points the others' demo acts earn are posted too.
 */
@Component
@Order(5)
class PointsDemo implements DemoContribution {

	private final PointsLedger ledgers;

	private final PointsRules rules;

	private final PointsAwards awards;

	private final PointsBoards boards;

	private final PointsStore store;

	private final Clock clock;

	PointsDemo(PointsLedger ledgers, PointsRules rules, PointsAwards awards, PointsBoards boards, PointsStore store,
			Clock clock) {
		this.boards = boards;
		this.store = store;
		this.clock = clock;
		this.ledgers = ledgers;
		this.rules = rules;
		this.awards = awards;
	}

	@Override
	public void contribute(World world) {
		Actor staff = Actor.SYSTEM;
		long yongan = this.ledgers.open(staff, world.region("650203001001"), "永安社区积分账本", null);
		this.rules.set(staff, yongan, new RuleForm("HYGIENE", "庭院（楼道）卫生", 10, 10, Trigger.SHEET, false, null));
		this.rules.set(staff, yongan, new RuleForm("VOLUNTEER", "志愿服务", 5, 20, Trigger.MANUAL, false, null));
		this.rules.set(staff, yongan, new RuleForm("GOOD_DEED", "见义勇为、好人好事", 30, 60, Trigger.MANUAL, false, 20,
				java.util.Set.of(cn.siwei.access.Role.STREET_OFFICER)));
		this.rules.set(staff, yongan, new RuleForm("REVIEW", "居民点评（评价诉求）", 2, 10, Trigger.REQUEST_EVALUATED, false, null));
		this.rules.set(staff, yongan, new RuleForm("WISH_REVIEW", "居民点评（评价心愿）", 2, 10, Trigger.WISH_EVALUATED, false, null));
		this.rules.set(staff, yongan, new RuleForm("WISH_DONE", "志愿者完成心愿", 5, 20, Trigger.WISH_COMPLETED, false, null));
		this.rules.set(staff, yongan, new RuleForm("MEETING", "参加议事会议", 2, 6, Trigger.MEETING_ATTENDED, false, null));
		long ali = world.person("阿力木·吐尔逊");
		long zhao = world.person("赵红梅");
		long wang = world.person("王秀兰");
		long li = world.person("李建国");
		this.awards.award(staff, yongan, "HYGIENE", ali, 8, "11 月楼道卫生评分", null, "demo-hygiene-ali");
		this.awards.award(staff, yongan, "HYGIENE", wang, 9, "11 月楼道卫生评分", null, "demo-hygiene-wang");
		var wrong = this.awards.award(staff, yongan, "HYGIENE", li, 4, "11 月楼道卫生评分", null, "demo-hygiene-li");
		this.awards.reverse(staff, wrong.transferId(), "评分录错：应为 7 分");
		this.awards.award(staff, yongan, "HYGIENE", li, 7, "11 月楼道卫生评分（更正）", null, "demo-hygiene-li-2");
		this.awards.award(staff, yongan, "VOLUNTEER", ali, null, "协助社区清理小区积雪", null, "demo-volunteer-ali");
		this.awards.award(staff, yongan, "VOLUNTEER", zhao, null, "陪同王秀兰就医", null, "demo-volunteer-zhao-1");
		this.awards.award(staff, yongan, "VOLUNTEER", zhao, null, "为独居老人代购药品", null, "demo-volunteer-zhao-2");
		this.awards.award(staff, yongan, "GOOD_DEED", zhao, 30, "夜间发现燃气泄漏，及时报警并疏散邻居", null, "demo-deed-zhao");
		// the month's red and black list, open for objections; a store with two items
		this.boards.compute(staff, yongan, YearMonth.now(this.clock));
		this.store.addItem(staff, yongan, "洗衣液（2 kg）", 10, 20);
		this.store.addItem(staff, yongan, "食用油（5 L）", 40, 10);
		// a merchant of the community: its own login (shop) scans the codes of its own items only
		long shop = this.store.addStore(staff, yongan, "永安便民超市", world.organisation("永安便民超市"));
		this.store.addItem(staff, yongan, "鸡蛋（一板 30 枚）", 15, 30, shop);

		long village = this.ledgers.open(staff, world.region("650205100201"), "查干草村积分账本", 24);
		this.rules.set(staff, village, new RuleForm("HYGIENE", "庭院卫生", 10, 10, Trigger.SHEET, false, null));
		this.rules.set(staff, village, new RuleForm("TOILET", "厕所革命", 10, 10, Trigger.SHEET, false, null));
		this.rules.set(staff, village, new RuleForm("LIVESTOCK", "牲畜管理", 10, 10, Trigger.SHEET, false, null));
		this.rules.set(staff, village, new RuleForm("VOLUNTEER", "志愿服务", 5, 20, Trigger.MANUAL, false, null));
		long bater = world.person("巴特尔");
		this.awards.award(staff, village, "HYGIENE", bater, 9, "11 月评分", null, "demo-village-hygiene");
		this.awards.award(staff, village, "TOILET", bater, 10, "11 月评分", null, "demo-village-toilet");
		this.awards.award(staff, village, "LIVESTOCK", bater, 6, "11 月评分：牛羊圈未及时清理", null, "demo-village-livestock");
	}

}
