package cn.siwei.meeting;

import java.time.Clock;
import java.time.LocalDate;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import cn.siwei.access.Actor;
import cn.siwei.meeting.MeetingTerms.Kind;
import cn.siwei.platform.DemoContribution;

/**
 * The demo's meetings: a six-party talk of 永安社区 on parking and the east gate, held, with its attendance and
 * three decisions (one done, two being carried out); and a joint meeting with the property company planned. And
 * the seed's Karamay 物社联动 "召开联席会议1000余次" as records, one for ten: 100 joint meetings of the community
 * and the property company in its compounds over the past year, each held with its attendance, minutes and a
 * decision (nine in ten done; the tenth, larger work, under way within its 60 working days).
 */
@Component
@Order(30)
class MeetingDemo implements DemoContribution {

	private final Meetings meetings;

	private final OwnersVotes votes;

	private final Clock clock;

	MeetingDemo(Meetings meetings, OwnersVotes votes, Clock clock) {
		this.meetings = meetings;
		this.votes = votes;
		this.clock = clock;
	}

	/** The seed's count: "召开联席会议1000余次". */
	static final int SEED_JOINT_MEETINGS = 1000;

	/** One record for ten (a held meeting is seven acts of the service). */
	static final int SCALE = 10;

	private static final String[][] JOINT_MATTERS = { { "楼道堆物清理与消防通道", "物业每周巡查楼道，三日内清理堆物" },
			{ "电梯维保与年检", "物业公示电梯维保记录，年检前完成整改" }, { "冬季供暖温度不达标", "物业联系供热站逐户测温并整改" },
			{ "垃圾分类与清运时间", "物业调整清运时间至早七点前" }, { "小区停车秩序", "物业划定临时停车位并安排夜间巡查" },
			{ "二次供水水箱清洗", "物业本月完成水箱清洗并公示水质报告" }, { "物业费收支公示", "物业每季度在公告栏公示收支" } };

	@Override
	public void contribute(World world) {
		karamayJointMeetings(world);
		Actor staff = Actor.SYSTEM;
		long yongan = world.region("650203001001");
		LocalDate today = LocalDate.now(this.clock);
		long talk = this.meetings.convene(staff, new MeetingForm(yongan, Kind.SIX_PARTY, "小区停车难和东门安全六方会谈",
				"永安社区党群服务中心二楼会议室", today.minusDays(3).atTime(15, 0), "永安社区居委会", 5,
				"永安社区居委会\n物业服务公司\n社区民警\n城管执法队\n业主委员会\n昆仑路街道", "东门夜间照明和监控\n小区内乱停车与消防通道\n电动车充电桩选址"));
		this.meetings.open(staff, talk);
		for (String[] a : new String[][] { { "马丽", "永安社区居委会" }, { "物业张经理", "物业服务公司" }, { "李警官", "社区民警" },
				{ "城管王队长", "城管执法队" }, { "业委会刘主任", "业主委员会" }, { "街道赵干部", "昆仑路街道" } }) {
			this.meetings.signIn(staff, talk, a[0], a[1]);
		}
		long lamps = this.meetings.decide(staff, talk, new DecisionForm("东门加装两盏路灯并修复监控", "物业服务公司", null, 10));
		this.meetings.decide(staff, talk, new DecisionForm("每晚巡查消防通道，占道车辆通知挪车", "物业服务公司", null, 20));
		this.meetings.decide(staff, talk, new DecisionForm("选定充电桩位置并征求业主意见", "业主委员会", null, 15));
		this.meetings.close(staff, talk, "六方到会 6 人。议定：东门照明与监控由物业十个工作日内完成；消防通道每晚巡查；"
				+ "充电桩选址由业委会征求意见后报社区。");
		this.meetings.progress(staff, lamps, "路灯已到货，监控维修已报修");
		this.meetings.finish(staff, lamps, "两盏路灯已装好，监控恢复");
		// an owners' general meeting of 永安小区: six flats registered, two matters voted and counted
		long yard = world.region("650203001001-01");
		long owners = this.meetings.convene(staff, new MeetingForm(yard, Kind.OWNERS_MEETING, "永安小区业主大会：加装电梯与停车管理",
				"永安小区广场", today.minusDays(2).atTime(19, 0), "永安小区业主委员会", 1, "业主委员会\n物业服务公司\n永安社区居委会",
				"使用维修资金为1号楼加装电梯\n小区停车管理办法"));
		this.votes.registerUnits(staff, owners, """
				1号楼1单元101 89.50 王秀兰
				1号楼1单元102 76.20 阿力木
				1号楼1单元201 89.50 张桂兰
				1号楼2单元101 92.00 李建国
				1号楼2单元102 92.00 李建国
				1号楼2单元201 68.30 赵红梅""");
		this.meetings.open(staff, owners);
		this.meetings.signIn(staff, owners, "业委会刘主任", "业主委员会");
		long lift = this.votes.addMatter(staff, owners, "使用维修资金为1号楼加装电梯", true);
		long parking = this.votes.addMatter(staff, owners, "小区停车管理办法", false);
		var register = this.votes.register(staff, owners);
		String[] choices = { "YES", "YES", "NO", "YES", "YES", "ABSTAIN" };
		for (int i = 0; i < register.units().size(); i++) {
			long unit = register.units().get(i).id();
			this.votes.vote(staff, lift, unit, OwnersVotes.Choice.valueOf(choices[i]), OwnersVotes.Source.ONSITE);
			this.votes.vote(staff, parking, unit, OwnersVotes.Choice.YES, i % 2 == 0 ? OwnersVotes.Source.ONLINE
					: OwnersVotes.Source.LETTER);
		}
		this.votes.decide(staff, lift);
		this.votes.decide(staff, parking);
		this.meetings.close(staff, owners, "应到业主 5 人（6 套），实到 5 人。两项事项均已表决并计票。");
		this.meetings.convene(staff, new MeetingForm(yongan, Kind.JOINT, "物社联动联席会议：冬季供暖与垃圾清运",
				"永安社区党群服务中心", today.plusDays(5).atTime(10, 0), "永安社区党支部", 3, "永安社区居委会\n物业服务公司\n供热站",
				"供暖温度不达标的楼栋\n垃圾清运时间调整"));
	}

	/** The 物社联动 joint meetings, one for ten of the seed's, spread over the past year. */
	private void karamayJointMeetings(World world) {
		Actor staff = Actor.SYSTEM;
		LocalDate today = LocalDate.now(this.clock);
		long[] places = { world.region("650203001001-01"), world.region("650202001009-01"), world.region("650204001001") };
		String[] committees = { "永安社区居委会", "第九社区居委会", "田园社区居委会" };
		String[] companies = { "永安小区物业服务公司", "第九社区西区物业公司", "田园社区物业服务站" };
		for (int i = 0; i < SEED_JOINT_MEETINGS / SCALE; i++) {
			String[] matter = JOINT_MATTERS[i % JOINT_MATTERS.length];
			int p = i % places.length;
			long id = this.meetings.convene(staff, new MeetingForm(places[p], Kind.JOINT, "物社联动联席会议：" + matter[0],
					"社区党群服务中心", today.minusDays(4 + i * 3L).atTime(10, 0), committees[p], 2,
					committees[p] + "\n" + companies[p], matter[0]));
			this.meetings.open(staff, id);
			this.meetings.signIn(staff, id, "社区书记", committees[p]);
			this.meetings.signIn(staff, id, "物业项目经理", companies[p]);
			// one in ten is larger work, still under way within its longer limit
			boolean larger = i % 10 == 0;
			long decision = this.meetings.decide(staff, id, new DecisionForm(matter[1], companies[p], null, larger ? 60 : 10));
			this.meetings.close(staff, id, "社区和物业到会 2 人。议定：" + matter[1] + "。");
			if (!larger) {
				this.meetings.finish(staff, decision, "已办结");
			}
		}
	}

}
