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
 * three decisions (one done, two being carried out); and a joint meeting with the property company planned.
 */
@Component
@Order(30)
class MeetingDemo implements DemoContribution {

	private final Meetings meetings;

	private final Clock clock;

	MeetingDemo(Meetings meetings, Clock clock) {
		this.meetings = meetings;
		this.clock = clock;
	}

	@Override
	public void contribute(World world) {
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
		this.meetings.convene(staff, new MeetingForm(yongan, Kind.JOINT, "物社联动联席会议：冬季供暖与垃圾清运",
				"永安社区党群服务中心", today.plusDays(5).atTime(10, 0), "永安社区党支部", 3, "永安社区居委会\n物业服务公司\n供热站",
				"供暖温度不达标的楼栋\n垃圾清运时间调整"));
	}

}
