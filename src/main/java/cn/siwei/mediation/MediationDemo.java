package cn.siwei.mediation;

import java.time.Clock;
import java.time.LocalDate;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import cn.siwei.access.Actor;
import cn.siwei.mediation.MediationTerms.Kind;
import cn.siwei.mediation.MediationTerms.Performance;
import cn.siwei.mediation.MediationTerms.Source;
import cn.siwei.platform.DemoContribution;

/**
 * The demo's disputes in 永安社区: a property dispute over water leaking from the flat above, settled, visited and
 * closed; a neighbours' dispute over noise being mediated; a parking dispute just received.
 */
@Component
@Order(40)
class MediationDemo implements DemoContribution {

	private final Mediations mediations;

	private final Clock clock;

	MediationDemo(Mediations mediations, Clock clock) {
		this.mediations = mediations;
		this.clock = clock;
	}

	@Override
	public void contribute(World world) {
		Actor staff = Actor.SYSTEM;
		long yongan = world.region("650203001001");
		long leak = this.mediations.receive(staff, new MediationForm(yongan, Kind.PROPERTY, Source.VISIT, "张桂兰",
				"13800000012", "永安小区物业服务公司", "09906228888", "楼上管道漏水到家中，物业两个月未修，墙面和地板受损。"));
		this.mediations.assign(staff, leak, "马丽");
		this.mediations.accept(staff, leak);
		this.mediations.session(staff, leak, "双方到场。物业承认维修拖延，同意赔偿并维修。", true);
		this.mediations.agree(staff, leak, "物业公司十日内修复管道，赔偿墙面和地板修复费用3200元。", "于本月底前在社区调解室当面支付并由社区见证。");
		this.mediations.confirmation(staff, leak, LocalDate.now(this.clock));
		this.mediations.followUp(staff, leak, Performance.PERFORMED, "管道已修复，赔偿已付清，张桂兰满意。");
		long noise = this.mediations.receive(staff, new MediationForm(yongan, Kind.NEIGHBOUR, Source.PHONE, "阿力木",
				null, "楼上住户", null, "楼上夜间经常搬动家具，影响休息。"));
		this.mediations.assign(staff, noise, "赵红梅");
		this.mediations.receive(staff, new MediationForm(yongan, Kind.PROPERTY, Source.PATROL, "李建国", null,
				"永安小区物业服务公司", null, "地下车位被占用，物业不处理。"));
	}

}
