package cn.siwei.request;

import java.util.Locale;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import cn.siwei.access.Actor;
import cn.siwei.platform.DemoContribution;
import cn.siwei.request.RequestTerms.Channel;

/**
 * The demo's requests at each stage of the five orders, from a residents' talk, a home visit, the resident, the
 * 12345 hotline and an Open311 app; and the two client systems with their demo keys.
 */
@Component
@Order(20)
class RequestDemo implements DemoContribution {

	/** The demo key of the 12345 hotline's connection (documented in the README; demo data only). */
	public static final String DEMO_HOTLINE_KEY = "demo-12345-key";

	/** The demo key of an Open311 client (documented in the README; demo data only). */
	public static final String DEMO_OPEN311_KEY = "demo-open311-key";

	private final Requests requests;

	private final RequestRecording recording;

	private final RequestQueries queries;

	private final RequestIntake intake;

	private final ApiClients clients;

	RequestDemo(Requests requests, RequestRecording recording, RequestQueries queries, RequestIntake intake,
			ApiClients clients) {
		this.requests = requests;
		this.recording = recording;
		this.queries = queries;
		this.intake = intake;
		this.clients = clients;
	}

	@Override
	public void contribute(World world) {
		Actor system = Actor.SYSTEM;
		long yongan = world.region("650203001001");
		long karamay = world.region("650200");
		// Raised at the compound's 说事会 (residents' talk), as Langzhong's five orders begin.
		request(world.region("511381001001-01"), null, "PROPERTY", "财源小区4栋楼道灯不亮，老人夜里上下楼不方便。",
				Channel.TALK_MEETING);

		request(yongan, world.person("阿力木·吐尔逊"), "MUNICIPAL", "小区东门的路灯坏了好几天，晚上老人出门看不清路。",
				Channel.HOME_VISIT);
		long water = request(yongan, null, "MUNICIPAL", "永安社区西侧道路一下雨就积水，需要市政和物业一起处理。",
				Channel.TALK_MEETING);
		this.requests.accept(system, water, "已受理，社区先行排查");
		this.requests.escalate(system, water, "涉及市政排水管网和小区物业，社区无法单独解决");
		long parking = request(yongan, null, "PROPERTY", "小区内乱停车堵住消防通道。", Channel.SELF_FOUND);
		this.requests.accept(system, parking, null);
		this.requests.dispatch(system, parking, world.organisation("克拉玛依永安物业服务有限公司"), null, null,
				"清理消防通道并设置提示牌");
		// 商圈一站式: a merchant's loan application at the business district's station, two departments at once,
		// waiting for the merchant's bank statements (the clock stopped); and a licence question just received
		long loan = request(yongan, null, "MERCHANT_LOAN", "永安便民超市申请创业担保贷款，需要人社和税务分别出具证明。",
				Channel.BUSINESS_DISTRICT, "永安便民超市 王店长");
		this.requests.accept(system, loan, "商圈党群服务站一窗受理");
		this.requests.dispatch(system, loan, world.organisation("克拉玛依区人力资源和社会保障局"), null, null, "出具就业创业证明");
		this.requests.dispatch(system, loan, world.organisation("克拉玛依区税务局（联点单位）"), null, null, "出具纳税信用证明");
		this.requests.waitForReporter(system, loan, "等待商户补充近半年银行流水");
		request(yongan, null, "MERCHANT_POLICY", "永安便民超市咨询门前外摆经营和食品经营许可证延续怎么办。",
				Channel.BUSINESS_DISTRICT, "永安便民超市 王店长");
		this.clients.register(system, "12345热线（演示）", karamay, Channel.HOTLINE_12345, DEMO_HOTLINE_KEY);
		this.clients.register(system, "Open311 演示客户端", karamay, Channel.OPEN311, DEMO_OPEN311_KEY);
		// The demo's Open311 client shows public reading; the hotline's requests stay private, as they must.
		this.clients.setPublicRead(system, this.clients.authenticate(DEMO_OPEN311_KEY).orElseThrow().id(), true);
		this.intake.receive(this.clients.authenticate(DEMO_HOTLINE_KEY).orElseThrow(), "12345-20261127-0001",
				new RequestIntake.Push("PROPERTY", "永安小区1号楼下水道堵塞，污水外溢，请尽快处理。", null,
						"克拉玛依区昆仑路街道永安社区永安小区1号楼", null, null, "刘先生", "13899990000", "12345-20261127-0001",
						null, null, null));
		// A resident's report through an Open311 app (FixMyStreet-style), located by its pin.
		this.intake.receive(this.clients.authenticate(DEMO_OPEN311_KEY).orElseThrow(), "open311-demo-0001",
				new RequestIntake.Push("MUNICIPAL", "永安社区西门外路灯不亮，晚上路过很黑。", null, null, 45.5942,
						84.8712, null, null, null, null, null, null));
	}

	private long request(long regionId, Long reporter, String category, String description, Channel channel) {
		return request(regionId, reporter, category, description, channel, reporter == null ? "居民代表" : null);
	}

	private long request(long regionId, Long reporter, String category, String description, Channel channel,
			String reporterName) {
		long categoryId = this.queries.categories(Locale.SIMPLIFIED_CHINESE)
			.stream()
			.filter(c -> c.code().equals(category))
			.findFirst()
			.orElseThrow()
			.id();
		RequestForm f = RequestForm.of(categoryId, description, regionId, channel);
		f.setReporterPersonId(reporter);
		f.setReporterName(reporterName);
		return this.recording.record(Actor.SYSTEM, f);
	}

}
