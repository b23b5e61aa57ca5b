package cn.siwei.mediation;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Set;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import cn.siwei.access.Actor;
import cn.siwei.mediation.MediationTerms.Body;
import cn.siwei.mediation.MediationTerms.Kind;
import cn.siwei.mediation.MediationTerms.Performance;
import cn.siwei.mediation.MediationTerms.Source;
import cn.siwei.platform.DemoContribution;

/**
 * The demo's mediators and disputes. The pool: the community's own committee in 永安社区 (马丽, 赵红梅), the property
 * company's manager appointed into the community (物社联动: suggested for neighbours' disputes, never for the
 * company's own), the street's court and labour mediators, the district's lawyer, the city's property-dispute
 * committee. In 永安社区: a property dispute
 * over water leaking from the flat above, settled, visited and closed; a neighbours' dispute over noise being
 * mediated; a parking dispute just received. And the seed's Karamay 物社联动 "解决物业纠纷2000余件" as records, one
 * for ten: 200 property disputes in its communities, each settled by a mediator of the pool and visited.
 */
@Component
@Order(40)
class MediationDemo implements DemoContribution {

	private final Mediations mediations;

	private final Clock clock;

	private final MediatorPool pool;

	MediationDemo(Mediations mediations, MediatorPool pool, Clock clock) {
		this.mediations = mediations;
		this.pool = pool;
		this.clock = clock;
	}

	/** The seed's count: "解决物业纠纷2000余件". */
	static final int SEED_PROPERTY_DISPUTES = 2000;

	/** One record for ten (each dispute goes through five acts of the service). */
	static final int SCALE = 10;

	private static final String[][] DISPUTES = {
			{ "物业费上涨未经业主大会表决", "物业公司暂缓调价，提交业主大会表决后执行。" },
			{ "电梯频繁故障，物业维修不及时", "物业公司一周内完成电梯检修，每月公示维保记录。" },
			{ "小区绿化被物业改作停车位", "恢复绿地，另行规划停车位并征求业主意见。" },
			{ "地下室渗水，物业拖延维修", "物业公司十日内完成防水维修，费用由公共维修资金列支并公示。" },
			{ "物业收取装修押金不退", "物业公司验收合格后三日内退还押金。" },
			{ "楼道堆放杂物，物业未清理", "物业公司三日内清理，建立楼道每周巡查制度。" } };

	@Override
	public void contribute(World world) {
		Actor staff = Actor.SYSTEM;
		long yongan = world.region("650203001001");
		long kunlun = world.region("650203001");
		long district = world.region("650203");
		long ma = this.pool.add(staff, new MediatorForm(yongan, "马丽", Body.COMMUNITY, null,
				Set.of(Kind.PROPERTY, Kind.NEIGHBOUR, Kind.FAMILY)));
		long zhao = this.pool.add(staff, new MediatorForm(yongan, "赵红梅", Body.COMMUNITY, null,
				Set.of(Kind.NEIGHBOUR, Kind.FAMILY)));
		this.pool.add(staff, new MediatorForm(yongan, "孙志强", Body.COMMUNITY, "永安小区物业服务公司",
				Set.of(Kind.PROPERTY, Kind.NEIGHBOUR)));
		this.pool.add(staff, new MediatorForm(kunlun, "王建国", Body.COURT, null,
				Set.of(Kind.PROPERTY, Kind.NEIGHBOUR, Kind.FAMILY, Kind.OTHER)));
		this.pool.add(staff, new MediatorForm(kunlun, "陈淑珍", Body.LABOUR, null, Set.of(Kind.LABOUR)));
		this.pool.add(staff, new MediatorForm(district, "李德明", Body.LAWYER, null, Set.of(Kind.values())));
		long city = this.pool.add(staff, new MediatorForm(world.region("650200"), "周海燕", Body.COMMUNITY,
				null, Set.of(Kind.PROPERTY)));
		long leak = this.mediations.receive(staff, new MediationForm(yongan, Kind.PROPERTY, Source.VISIT, "张桂兰",
				"13800000012", "永安小区物业服务公司", "09906228888", "楼上管道漏水到家中，物业两个月未修，墙面和地板受损。"));
		this.mediations.assign(staff, leak, ma, null);
		this.mediations.accept(staff, leak);
		this.mediations.session(staff, leak, "双方到场。物业承认维修拖延，同意赔偿并维修。", true);
		this.mediations.agree(staff, leak, "物业公司十日内修复管道，赔偿墙面和地板修复费用3200元。", "于本月底前在社区调解室当面支付并由社区见证。");
		this.mediations.confirmation(staff, leak, LocalDate.now(this.clock));
		this.mediations.followUp(staff, leak, Performance.PERFORMED, "管道已修复，赔偿已付清，张桂兰满意。");
		long noise = this.mediations.receive(staff, new MediationForm(yongan, Kind.NEIGHBOUR, Source.PHONE, "阿力木",
				null, "楼上住户", null, "楼上夜间经常搬动家具，影响休息。"));
		this.mediations.assign(staff, noise, zhao, null);
		this.mediations.receive(staff, new MediationForm(yongan, Kind.PROPERTY, Source.PATROL, "李建国", null,
				"永安小区物业服务公司", null, "地下车位被占用，物业不处理。"));
		karamay(world, staff, city);
	}

	/**
	 * The 物社联动 property disputes, one for ten of the seed's, settled by the city's property-dispute mediation
	 * committee (物业纠纷人民调解委员会) and visited.
	 */
	private void karamay(World world, Actor staff, long mediator) {
		long[] places = { world.region("650203001001-01"), world.region("650202001009-01"), world.region("650204001001") };
		String[] companies = { "永安小区物业服务公司", "第九社区西区物业公司", "田园社区物业服务站" };
		Source[] sources = { Source.VISIT, Source.PHONE, Source.PATROL, Source.REQUEST };
		for (int i = 0; i < SEED_PROPERTY_DISPUTES / SCALE; i++) {
			String[] d = DISPUTES[i % DISPUTES.length];
			long id = this.mediations.receive(staff, new MediationForm(places[i % 3], Kind.PROPERTY,
					sources[i % sources.length], "业主" + (101 + i), null, companies[i % 3], null, d[0] + "。"));
			this.mediations.assign(staff, id, mediator, null);
			this.mediations.accept(staff, id);
			this.mediations.agree(staff, id, d[1], "由社区和业委会监督，一个月内履行完毕。");
			this.mediations.followUp(staff, id, i % 10 == 0 ? Performance.PARTLY : Performance.PERFORMED, null);
		}
	}

}
