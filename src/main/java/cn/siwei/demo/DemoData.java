package cn.siwei.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import cn.siwei.access.Actor;
import cn.siwei.access.Role;
import cn.siwei.account.Accounts;
import cn.siwei.account.DemoLogins;
import cn.siwei.organisation.OrganisationForm;
import cn.siwei.organisation.OrganisationKind;
import cn.siwei.organisation.Organisations;
import cn.siwei.organisation.TeamForm;
import cn.siwei.organisation.TeamKind;
import cn.siwei.organisation.Teams;
import cn.siwei.people.CareTag;
import cn.siwei.people.IdNumbers;
import cn.siwei.people.Pairings;
import cn.siwei.people.People;
import cn.siwei.people.PersonForm;
import cn.siwei.platform.DemoContribution;
import cn.siwei.region.Region;
import cn.siwei.region.Regions;

/**
 * Loads the seed's places, organisations and people through the platform's own services (so the audit trail
 * shows how they came to be), once: a second start finds them and does nothing.
 */
@Component
@ConditionalOnBooleanProperty("siwei.demo")
class DemoData implements DemoLogins, DemoContribution.World {

	private static final Logger log = LoggerFactory.getLogger(DemoData.class);

	static final String PASSWORD = "demo1234";

	private final Regions regions;

	private final People people;

	private final Pairings pairings;

	private final Organisations organisations;

	private final Teams teams;

	private final Accounts accounts;

	private final TransactionTemplate tx;

	private final ObjectProvider<DemoContribution> contributions;

	private final List<DemoLogin> logins = new ArrayList<>();

	private final Actor system = Actor.SYSTEM;

	private int idSerial = 100;

	private final Map<String, Long> regionIds = new HashMap<>();

	private final Map<String, Long> organisationIds = new HashMap<>();

	private final Map<String, Long> personIds = new HashMap<>();

	private final Map<String, Long> teamIds = new HashMap<>();

	DemoData(Regions regions, People people, Pairings pairings, Organisations organisations, Teams teams,
			Accounts accounts, TransactionTemplate tx, ObjectProvider<DemoContribution> contributions) {
		this.regions = regions;
		this.people = people;
		this.pairings = pairings;
		this.organisations = organisations;
		this.teams = teams;
		this.accounts = accounts;
		this.tx = tx;
		this.contributions = contributions;
	}

	@Override
	public String password() {
		return PASSWORD;
	}

	@Override
	public List<DemoLogin> logins() {
		return List.copyOf(this.logins);
	}

	@EventListener(ApplicationReadyEvent.class)
	void load() {
		if (this.regions.findByCode("650200").isEmpty()) {
			this.tx.executeWithoutResult(status -> create());
			log.info("Demo data loaded: Karamay and Langzhong, {} demo logins (password {})", this.logins.size(), PASSWORD);
		}
		else {
			describeLogins();
			log.info("Demo data already present; {} demo logins (password {})", this.logins.size(), PASSWORD);
		}
	}

	private void create() {
		// Karamay (克拉玛依市), Xinjiang: four districts and the streets, communities and village the seed names.
		Region karamay = region(null, "650200", "克拉玛依市");
		Region klmyDistrict = region(karamay, "650203", "克拉玛依区");
		Region dszDistrict = region(karamay, "650202", "独山子区");
		Region bjtDistrict = region(karamay, "650204", "白碱滩区（克拉玛依高新区）");
		Region wrhDistrict = region(karamay, "650205", "乌尔禾区");
		Region kunlun = region(klmyDistrict, "650203001", "昆仑路街道");
		Region yongan = region(kunlun, "650203001001", "永安社区");
		Region xining = region(dszDistrict, "650202001", "西宁路街道");
		Region ninth = region(xining, "650202001009", "第九社区");
		Region jinlong = region(bjtDistrict, "650204001", "金龙镇街道");
		Region tianyuan = region(jinlong, "650204001001", "田园社区");
		Region wrhTown = region(wrhDistrict, "650205100", "乌尔禾镇");
		Region chagancao = region(wrhTown, "650205100201", "查干草村");
		// centres of the communities (approximate), so that a report by a pin lands in its community
		this.regions.setCentre(this.system, yongan.id(), 45.5953, 84.8731);
		this.regions.setCentre(this.system, ninth.id(), 44.3290, 84.8870);
		this.regions.setCentre(this.system, tianyuan.id(), 45.6890, 85.1280);
		this.regions.setCentre(this.system, chagancao.id(), 46.0910, 85.6930);
		Region yonganYard = region(yongan, "650203001001-01", "永安小区");
		Region yonganB1 = region(yonganYard, "650203001001-01-01", "1号楼");
		Region yonganB1U1 = region(yonganB1, "650203001001-01-01-1", "1单元");
		Region yonganB1U2 = region(yonganB1, "650203001001-01-01-2", "2单元");
		Region ninthYard = region(ninth, "650202001009-01", "第九社区西区");

		// Langzhong (阆中市), Sichuan: old compounds, their party branches, owners' committees, property companies.
		Region nanchong = region(null, "511300", "南充市");
		Region langzhong = region(nanchong, "511381", "阆中市");
		Region baoning = region(langzhong, "511381001", "保宁街道");
		Region nanjie = region(baoning, "511381001001", "南街社区");
		Region caiyuan = region(nanjie, "511381001001-01", "财源小区");
		Region puxixiang = region(nanjie, "511381001001-02", "普西巷小区");

		long klmyDept = org(klmyDistrict, OrganisationKind.DEPARTMENT, "克拉玛依区住房和城乡建设局");
		org(klmyDistrict, OrganisationKind.DEPARTMENT, "克拉玛依区人力资源和社会保障局");
		long kunlunOffice = org(kunlun, OrganisationKind.STREET_OFFICE, "昆仑路街道办事处");
		org(kunlun, OrganisationKind.PARTY_COMMITTEE, "昆仑路街道党工委");
		long yonganCommittee = org(yongan, OrganisationKind.COMMUNITY_COMMITTEE, "永安社区居委会");
		long cityDept = org(klmyDistrict, OrganisationKind.DEPARTMENT, "克拉玛依区城市管理局");
		long liaisonUnit = org(klmyDistrict, OrganisationKind.LIAISON_UNIT, "克拉玛依区税务局（联点单位）");
		long yonganProperty = org(yonganYard, OrganisationKind.PROPERTY_COMPANY, "克拉玛依永安物业服务有限公司");
		org(ninth, OrganisationKind.COMMUNITY_COMMITTEE, "第九社区居委会");
		long yonganShop = org(yongan, OrganisationKind.ENTERPRISE, "永安便民超市");
		org(chagancao, OrganisationKind.PARTY_BRANCH, "查干草村党支部");
		org(langzhong, OrganisationKind.PARTY_COMMITTEE, "阆中市物业行业综合党委");
		long caiyuanBranch = org(caiyuan, OrganisationKind.PARTY_BRANCH, "财源小区党支部");
		org(puxixiang, OrganisationKind.PARTY_BRANCH, "普西巷小区党支部");
		org(caiyuan, OrganisationKind.OWNERS_COMMITTEE, "财源小区业主委员会");
		org(puxixiang, OrganisationKind.OWNERS_COMMITTEE, "普西巷小区业主委员会");
		long redProperty = org(nanjie, OrganisationKind.PROPERTY_COMPANY, "阆苑之家·红色物业服务有限公司");
		org(caiyuan, OrganisationKind.RESIDENTS_COUNCIL, "财源小区居民说事会");
		langzhongSelfGovernance(nanjie);
		this.organisations.pairWithCommunity(this.system, liaisonUnit, yongan.id());

		// People of Yong'an: vulnerable residents first in every list, and the forces that help them.
		long wangElder = person(yonganB1U1, "王秀兰", "F", LocalDate.of(1938, 3, 12), "13909901234",
				"克拉玛依区昆仑路永安小区1号楼1单元101", EnumSet.of(CareTag.ELDERLY_ALONE, CareTag.VERY_OLD), false, false, Set.of());
		person(yonganB1U2, "李建国", "M", LocalDate.of(1965, 8, 2), "13899905678",
				"克拉玛依区昆仑路永安小区1号楼2单元302", EnumSet.of(CareTag.DISABLED), false, false, Set.of());
		long zhaoVolunteer = person(yonganB1U1, "赵红梅", "F", LocalDate.of(1978, 5, 20), "13579901111",
				"克拉玛依区昆仑路永安小区1号楼1单元202", EnumSet.noneOf(CareTag.class), true, true, Set.of("维修家电", "心理疏导"));
		long maWorker = person(yongan, "马丽", "F", LocalDate.of(1986, 11, 9), "13609902222",
				"克拉玛依区昆仑路永安社区居委会", EnumSet.noneOf(CareTag.class), true, false, Set.of("政策咨询"));
		long aliResident = person(yonganB1U2, "阿力木·吐尔逊", "M", LocalDate.of(1990, 1, 15), "15999903333",
				"克拉玛依区昆仑路永安小区1号楼2单元501", EnumSet.noneOf(CareTag.class), false, false, Set.of());
		person(ninthYard, "张桂芳", "F", LocalDate.of(1942, 7, 7), "13709904444", "独山子区西宁路第九社区西区3栋",
				EnumSet.of(CareTag.ELDERLY_ALONE), false, false, Set.of());
		person(ninthYard, "刘强", "M", LocalDate.of(1975, 2, 28), "13809905555", "独山子区西宁路第九社区西区5栋",
				EnumSet.noneOf(CareTag.class), true, true, Set.of("水电维修"));
		person(tianyuan, "古丽娜尔", "F", LocalDate.of(1995, 4, 1), "18009906666", "白碱滩区金龙镇田园社区",
				EnumSet.noneOf(CareTag.class), false, true, Set.of("国家通用语言培训"));
		person(chagancao, "巴特尔", "M", LocalDate.of(1958, 9, 9), "13999907777", "乌尔禾镇查干草村12号",
				EnumSet.of(CareTag.LOW_INCOME), false, false, Set.of());
		long caiyuanSteward = person(caiyuan, "陈志强", "M", LocalDate.of(1970, 6, 16), "13881708888",
				"阆中市保宁街道财源小区2栋", EnumSet.noneOf(CareTag.class), true, true, Set.of("电路维修", "调解"));
		long caiyuanElder = person(caiyuan, "何淑芬", "F", LocalDate.of(1936, 12, 3), "13881709999",
				"阆中市保宁街道财源小区4栋1单元", EnumSet.of(CareTag.VERY_OLD, CareTag.INCAPACITATED), false, false, Set.of());
		person(puxixiang, "杨德明", "M", LocalDate.of(1962, 10, 10), "13881700000", "阆中市保宁街道普西巷小区7号",
				EnumSet.noneOf(CareTag.class), true, false, Set.of("法律咨询"));

		this.pairings.pair(this.system, zhaoVolunteer, wangElder, "每周上门两次");
		this.pairings.pair(this.system, caiyuanSteward, caiyuanElder, "能人帮老人 1+1");

		// Posts, including a cross-appointment between community and property company (交叉任职).
		this.organisations.appoint(this.system, yonganCommittee, maWorker, "网格员");
		this.organisations.appoint(this.system, yonganProperty, maWorker, "物业服务监督员（交叉任职）");
		this.organisations.appoint(this.system, yonganCommittee, zhaoVolunteer, "楼栋长");
		this.organisations.appoint(this.system, redProperty, caiyuanSteward, "红色管家");
		this.organisations.appoint(this.system, caiyuanBranch, caiyuanSteward, "支部书记");

		long redCells = team(yongan, kunlunOffice, TeamKind.PARTY_MEMBER_TEAM, "永安社区“红细胞”党员服务队",
				"维修家电，寻人，心理疏导，政策咨询", List.of(yongan.id()));
		long volunteers = team(yongan, yonganCommittee, TeamKind.VOLUNTEER_TEAM, "永安社区居民志愿服务队",
				"陪伴，代购，维修家具", List.of(yongan.id(), kunlun.id()));
		team(nanjie, redProperty, TeamKind.SQUAD, "维权小分队", "法律咨询，调解", List.of(caiyuan.id(), puxixiang.id()));
		team(nanjie, redProperty, TeamKind.YOUTH_WORK_TEAM, "“红色物业”青年党员工作队", "跑腿服务，环境整治", List.of(nanjie.id()));
		this.teams.join(this.system, redCells, zhaoVolunteer);
		this.teams.join(this.system, volunteers, zhaoVolunteer);
		this.teams.join(this.system, redCells, maWorker);

		login("admin", "系统管理员", Role.ADMIN, karamay, null, null);
		login("leader", "克拉玛依市领导", Role.LEADER, karamay, null, null);
		login("street", "昆仑路街道干部", Role.STREET_OFFICER, kunlun, null, null);
		login("worker", "马丽（永安社区）", Role.COMMUNITY_WORKER, yongan, null, maWorker);
		login("worker9", "第九社区工作者", Role.COMMUNITY_WORKER, ninth, null, null);
		login("handler", "住建局办事员", Role.DEPARTMENT_HANDLER, klmyDistrict, klmyDept, null);
		login("cityhandler", "城管局办事员", Role.DEPARTMENT_HANDLER, klmyDistrict, cityDept, null);
		login("volunteer", "赵红梅（志愿者）", Role.VOLUNTEER, yongan, null, zhaoVolunteer);
		login("resident", "阿力木（居民）", Role.RESIDENT, yongan, null, aliResident);
		login("shop", "永安便民超市（商户）", Role.MERCHANT, yongan, yonganShop, null);
		login("lzadmin", "南充市管理员", Role.ADMIN, nanchong, null, null);
		login("lzworker", "南街社区工作者", Role.COMMUNITY_WORKER, nanjie, null, null);

		// then each capability adds its records to this world
		this.contributions.orderedStream().forEach(c -> c.contribute(this));
	}

	private void describeLogins() {
		for (String username : List.of("admin", "leader", "street", "worker", "worker9", "handler", "cityhandler", "volunteer",
				"resident", "shop", "lzadmin", "lzworker")) {
			this.accounts.findByUsername(username)
				.ifPresent(a -> this.logins.add(new DemoLogin(a.username(), a.role(),
						this.regions.find(a.regionId()).map(Region::name).orElse(""))));
		}
	}

	@Override
	public long region(String code) {
		return found(this.regionIds, "region", code);
	}

	@Override
	public long organisation(String name) {
		return found(this.organisationIds, "organisation", name);
	}

	@Override
	public long person(String name) {
		return found(this.personIds, "person", name);
	}

	@Override
	public long team(String name) {
		return found(this.teamIds, "team", name);
	}

	private static long found(Map<String, Long> ids, String what, String key) {
		Long id = ids.get(key);
		if (id == null) {
			throw new IllegalArgumentException("the demo world has no " + what + " " + key);
		}
		return id;
	}

	private Region region(Region parent, String code, String name) {
		Region region = this.regions.create(this.system, parent == null ? null : parent.id(), code, name);
		this.regionIds.put(code, region.id());
		return region;
	}

	/** The seed's 阆中: "规范小区党支部83个", "有序规范业委会31个", "设立居民说事会、居民评理会、居民听证会等自治组织120余个". */
	static final int SEED_COMPOUND_BRANCHES = 83;

	static final int SEED_OWNERS_COMMITTEES = 31;

	static final int SEED_SELF_GOVERNANCE_BODIES = 120;

	private static final String[] COMPOUND_NAMES = { "锦屏", "嘉陵", "华光", "滨江", "状元", "学道", "武庙", "双栅", "白塔",
			"七里", "张飞", "南津" };

	private static final String[] COMPOUND_ENDINGS = { "小区", "苑", "花园", "家园", "新村", "公寓", "院" };

	/**
	 * 阆中's compound party branches, owners' committees and residents' talks (说事会、评理会、听证会) as records, all of
	 * them (they are organisations, cheap to keep): besides 财源小区's and 普西巷小区's, the rest are named by generated
	 * compounds; the demo's 阆中 has one community, so they sit in 南街社区.
	 */
	private void langzhongSelfGovernance(Region nanjie) {
		String[] bodies = { "居民说事会", "居民评理会", "居民听证会" };
		for (int i = 0; i < SEED_SELF_GOVERNANCE_BODIES; i++) {
			String compound = COMPOUND_NAMES[i % COMPOUND_NAMES.length]
					+ COMPOUND_ENDINGS[(i / COMPOUND_NAMES.length) % COMPOUND_ENDINGS.length];
			if (i < SEED_COMPOUND_BRANCHES - 2) {
				org(nanjie, OrganisationKind.PARTY_BRANCH, compound + "党支部");
			}
			if (i < SEED_OWNERS_COMMITTEES - 2) {
				org(nanjie, OrganisationKind.OWNERS_COMMITTEE, compound + "业主委员会");
			}
			if (i < SEED_SELF_GOVERNANCE_BODIES - 1) {
				org(nanjie, OrganisationKind.RESIDENTS_COUNCIL, compound + bodies[(i + i / 84) % bodies.length]);
			}
		}
	}

	private long org(Region region, OrganisationKind kind, String name) {
		long id = this.organisations.create(this.system, OrganisationForm.of(region.id(), kind, name));
		this.organisationIds.put(name, id);
		return id;
	}

	private long person(Region region, String name, String gender, LocalDate birth, String phone, String address,
			Set<CareTag> tags, boolean partyMember, boolean volunteer, Set<String> skills) {
		PersonForm f = new PersonForm();
		f.setRegionId(region.id());
		f.setName(name);
		f.setGender(gender);
		f.setBirthDate(birth);
		f.setPhone(phone);
		String areaCode = region.code().substring(0, 6);
		f.setIdNumber(IdNumbers.withCheck(areaCode + birth.toString().replace("-", "") + (this.idSerial++)));
		f.setAddress(address);
		f.setCareTags(tags.isEmpty() ? EnumSet.noneOf(CareTag.class) : EnumSet.copyOf(tags));
		f.setPartyMember(partyMember);
		f.setVolunteer(volunteer);
		f.setSkills(String.join("，", skills));
		long id = this.people.create(this.system, f);
		this.personIds.put(name, id);
		return id;
	}

	private long team(Region region, Long organisationId, TeamKind kind, String name, String skills,
			List<Long> serviceAreas) {
		TeamForm f = new TeamForm();
		f.setRegionId(region.id());
		f.setOrganisationId(organisationId);
		f.setKind(kind);
		f.setName(name);
		f.setSkills(skills);
		f.setServiceRegionIds(new ArrayList<>(serviceAreas));
		long id = this.teams.create(this.system, f);
		this.teamIds.put(name, id);
		return id;
	}

	private void login(String username, String name, Role role, Region region, Long organisationId, Long personId) {
		this.accounts.create(this.system,
				new Accounts.AccountForm(username, name, role, region.id(), organisationId, personId), PASSWORD);
		this.logins.add(new DemoLogin(username, role, region.name()));
	}

}
