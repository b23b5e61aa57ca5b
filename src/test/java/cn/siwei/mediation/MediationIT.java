package cn.siwei.mediation;

import java.time.Duration;
import java.time.LocalDate;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

import cn.siwei.access.AccessDenied;
import cn.siwei.access.Actor;
import cn.siwei.access.ActorPrincipal;
import cn.siwei.figures.Dashboards;
import cn.siwei.figures.FigureSource;
import cn.siwei.figures.Rollups;
import cn.siwei.mediation.MediationTerms.Body;
import cn.siwei.mediation.MediationTerms.Kind;
import cn.siwei.mediation.MediationTerms.Performance;
import cn.siwei.mediation.MediationTerms.Source;
import cn.siwei.mediation.MediationTerms.Status;
import cn.siwei.platform.NotFound;
import cn.siwei.region.Region;
import cn.siwei.region.Regions;
import cn.siwei.request.Rankings;
import cn.siwei.platform.Rejected;
import cn.siwei.support.SiweiIT;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A property dispute from reception to the follow-up visit within its clocks: a conflicted mediator refused, an
 * objection acted on, the one-month clock extended only with both parties' consent and flagged once when it runs
 * out, the agreement written from its fields, the 30 days for judicial confirmation, the figures exact.
 */
class MediationIT extends SiweiIT {

	@Autowired
	Mediations mediations;

	@Autowired
	MediationQueries queries;

	@Autowired
	MediationSweep sweep;

	@Autowired
	Rollups rollups;

	@Autowired
	Dashboards dashboards;

	@Autowired
	UserDetailsService users;

	Actor actor(String username) {
		return ((ActorPrincipal) this.users.loadUserByUsername(username)).actor();
	}

	static String key(Throwable t) {
		return ((Rejected) t).messageKey();
	}

	@Test
	void aPropertyDisputeGoesFromReceptionToTheFollowUpVisitWithinItsClocks() {
		Actor worker = actor("worker");
		long yongan = id("region", "code", "650203001001");
		LocalDate today = LocalDate.now(this.clock);
		Map<String, Long> before = this.dashboards.totals(worker, "mediation", yongan, today, today);
		long id = this.mediations.receive(worker, new MediationForm(yongan, Kind.PROPERTY, Source.VISIT, "测试业主",
				"13800009999", "测试物业公司", null, "测试：车位被占用"));
		assertThat(this.queries.get(worker, id).applicantPhone()).isEqualTo("138****9999");
		assertThatThrownBy(() -> this.mediations.accept(worker, id)).as("accepted only once a mediator talks to them")
			.satisfies(t -> assertThat(key(t)).isEqualTo("mediation.rejected.wrongState"));
		assertThatThrownBy(() -> this.mediations.assign(worker, id, "测试业主"))
			.satisfies(t -> assertThat(key(t)).isEqualTo("mediation.rejected.mediatorIsParty"));
		this.mediations.assign(worker, id, "王调解");
		this.mediations.object(worker, id, "测试物业公司", "调解员是业主的亲戚");
		assertThat(this.queries.get(worker, id).mediator()).as("stepped down").isNull();
		this.mediations.assign(worker, id, "马丽");
		this.mediations.accept(worker, id);
		Mediation accepted = this.queries.get(worker, id);
		assertThat(accepted.status()).isEqualTo(Status.ACCEPTED);
		assertThat(accepted.dueAt()).isAfter(this.clock.instant().plus(Duration.ofDays(28)));
		this.mediations.session(worker, id, "双方到场陈述。", true);
		assertThatThrownBy(() -> this.mediations.extend(worker, id, 5, true, false, "需要物业总部批复"))
			.satisfies(t -> assertThat(((Rejected) t).violations()).extracting(Rejected.Violation::field).contains("consent"));
		this.mediations.extend(worker, id, 5, true, true, "需要物业总部批复");
		assertThat(this.queries.get(worker, id).dueAt()).isAfter(accepted.dueAt());

		// the clock runs out: flagged once
		this.clock.advance(Duration.ofDays(60));
		try {
			this.sweep.sweep();
			assertThat(this.queries.get(worker, id).late()).isTrue();
			assertThat(this.sweep.sweep()).as("flagged once").isZero();
		}
		finally {
			this.clock.advance(Duration.ofDays(-60));
		}
		this.mediations.agree(worker, id, "物业三日内清理占用车位。", "由社区监督，三日内完成。");
		Mediation agreed = this.queries.get(worker, id);
		assertThat(agreed.confirmationDue()).isEqualTo(today.plusDays(30));
		assertThat(agreed.agreementText()).contains("测试业主", "测试物业公司", "测试：车位被占用", "物业三日内清理占用车位",
				"三日内完成", "三十日内", "马丽");
		this.mediations.confirmation(worker, id, today);
		this.mediations.followUp(worker, id, Performance.PERFORMED, "已清理");
		assertThat(this.queries.get(worker, id).status()).isEqualTo(Status.CLOSED);
		// (the overdue entry carries the moved clock's time, so it sorts last)
		assertThat(this.queries.timeline(worker, id)).extracting(e -> e.kind()).containsSubsequence("RECEIVED",
				"ASSIGNED", "OBJECTED", "ASSIGNED", "ACCEPTED", "SESSION", "EXTENDED", "AGREED", "CONFIRMATION",
				"FOLLOWED_UP").contains("OVERDUE");

		Map<String, Long> after = this.dashboards.totals(worker, "mediation", yongan, today, today);
		assertThat(after.get("RECEIVED") - before.get("RECEIVED")).isEqualTo(1);
		assertThat(after.get("PROPERTY") - before.get("PROPERTY")).as("property disputes apart").isEqualTo(1);
		assertThat(after.get("AGREED") - before.get("AGREED")).isEqualTo(1);
		assertThat(after.get("PERFORMED") - before.get("PERFORMED")).isEqualTo(1);
		for (FigureSource s : this.rollups.sources()) {
			assertThat(this.rollups.mismatches(s)).as(s.kind()).isZero();
		}
		assertThat(this.queries.list(worker, new MediationQueries.Filter(null, null, null, null, MediationFigure.PROPERTY,
				today, today), 0, 100).total()).isEqualTo(after.get("PROPERTY"));
	}

	@Test
	void aFailedMediationClosesWithGuidanceAndOtherRegionsSeeNothing() {
		Actor worker = actor("worker");
		long yongan = id("region", "code", "650203001001");
		long id = this.mediations.receive(worker, new MediationForm(yongan, Kind.NEIGHBOUR, Source.PHONE, "甲", null,
				"乙", null, "测试：噪音"));
		this.mediations.assign(worker, id, "马丽");
		this.mediations.fail(worker, id, "告知可向人民法院起诉");
		this.mediations.close(worker, id);
		assertThat(this.queries.get(worker, id).status()).isEqualTo(Status.CLOSED);
		assertThatThrownBy(() -> this.queries.get(actor("worker9"), id)).isInstanceOf(NotFound.class);
		long otherCity = id("region", "code", "511381001001");
		assertThatThrownBy(() -> this.mediations.receive(worker, new MediationForm(otherCity, Kind.OTHER, Source.VISIT,
				"甲", null, "乙", null, "x"))).isInstanceOf(NotFound.class);
		assertThatThrownBy(() -> this.mediations.receive(worker, new MediationForm(yongan, null, null, " ", "abc", "",
				null, ""))).isInstanceOf(Rejected.class)
			.satisfies(t -> assertThat(((Rejected) t).violations()).extracting(Rejected.Violation::field)
				.contains("kind", "source", "applicant", "applicantPhone", "respondent", "facts"));
	}

	@Autowired
	MediatorPool pool;

	@Autowired
	MediationFiles files;

	@Test
	void suggestionsComeFromThePoolWithReasonsAndAConflictedOrObjectedMediatorIsNeverAssigned() {
		Actor worker = actor("worker");
		long yongan = id("region", "code", "650203001001");
		long id = this.mediations.receive(worker, new MediationForm(yongan, Kind.PROPERTY, Source.VISIT, "测试业主乙",
				null, "永安小区物业服务公司", null, "测试：地下室渗水"));
		List<MediationLoop.Suggestion> suggestions = this.pool.suggestions(worker, this.queries.get(worker, id));
		assertThat(suggestions).extracting(s -> s.mediator().name()).as("the demo's pool serving 永安社区")
			.contains("马丽", "孙志强", "王建国", "陈淑珍", "李德明");
		assertThat(suggestions.get(0).mediator().name()).as("takes property disputes, of the community, free").isEqualTo("马丽");
		MediationLoop.Suggestion manager = suggestions.get(suggestions.size() - 1);
		assertThat(manager.mediator().name()).as("the property company's manager, last").isEqualTo("孙志强");
		assertThat(manager.conflict()).isEqualTo("mediation.rejected.mediatorWorksForParty");
		assertThatThrownBy(() -> this.mediations.assign(worker, id, manager.mediator().id(), null))
			.satisfies(t -> assertThat(key(t)).isEqualTo("mediation.rejected.mediatorWorksForParty"));
		assertThat(this.queries.get(worker, id).mediator()).isNull();

		long ma = suggestions.get(0).mediator().id();
		long before = this.pool.list(worker).stream().filter(x -> x.id() == ma).findFirst().orElseThrow().openCases();
		this.mediations.assign(worker, id, ma, null);
		assertThat(this.pool.list(worker).stream().filter(x -> x.id() == ma).findFirst().orElseThrow().openCases())
			.as("her load").isEqualTo(before + 1);
		this.mediations.object(worker, id, "测试业主乙", "马丽与物业经理是亲属");
		MediationLoop.Suggestion objected = this.pool.suggestions(worker, this.queries.get(worker, id)).stream()
			.filter(s -> s.mediator().id() == ma).findFirst().orElseThrow();
		assertThat(objected.conflict()).isEqualTo("mediation.rejected.mediatorObjected");
		assertThatThrownBy(() -> this.mediations.assign(worker, id, ma, null))
			.satisfies(t -> assertThat(key(t)).isEqualTo("mediation.rejected.mediatorObjected"));
		assertThatThrownBy(() -> this.mediations.assign(worker, id, null, "马丽")).as("nor by her name")
			.satisfies(t -> assertThat(key(t)).isEqualTo("mediation.rejected.mediatorObjected"));

		// another city's mediator is not in this worker's pool and cannot be named by number
		long other = this.pool.add(actor("lzworker"), new MediatorForm(id("region", "code", "511381001001"), "测试阆中调解员",
				Body.COMMUNITY, null, Set.of(Kind.PROPERTY)));
		assertThat(this.pool.list(worker)).extracting(Mediator::name).doesNotContain("测试阆中调解员");
		assertThatThrownBy(() -> this.mediations.assign(worker, id, other, null)).isInstanceOf(NotFound.class);
		assertThatThrownBy(() -> this.pool.retire(worker, other)).isInstanceOf(NotFound.class);
		assertThatThrownBy(() -> this.pool.add(worker, new MediatorForm(id("region", "code", "511381001001"), "x",
				Body.COURT, null, Set.of(Kind.OTHER)))).isInstanceOf(NotFound.class);
		assertThatThrownBy(() -> this.pool.add(worker, new MediatorForm(yongan, " ", null, null, Set.of())))
			.satisfies(t -> assertThat(((Rejected) t).violations()).extracting(Rejected.Violation::field)
				.contains("name", "body", "kinds"));

		long court = suggestions.stream().filter(s -> s.mediator().name().equals("王建国")).findFirst().orElseThrow()
			.mediator().id();
		this.mediations.assign(worker, id, court, null);
		assertThat(this.queries.get(worker, id).mediator()).isEqualTo("王建国");
		assertThat(this.queries.timeline(worker, id)).extracting(e -> e.kind()).containsSubsequence("ASSIGNED",
				"OBJECTED", "ASSIGNED");

		// retired: no longer suggested, still on the case it mediates
		long retiring = this.pool.add(worker, new MediatorForm(yongan, "测试退出调解员", Body.COMMUNITY, null,
				Set.of(Kind.PROPERTY)));
		assertThat(this.pool.suggestions(worker, this.queries.get(worker, id))).extracting(s -> s.mediator().id()).contains(retiring);
		this.pool.retire(worker, retiring);
		assertThat(this.pool.suggestions(worker, this.queries.get(worker, id))).extracting(s -> s.mediator().id()).doesNotContain(retiring);
		assertThatThrownBy(() -> this.pool.add(actor("leader"), new MediatorForm(yongan, "x", Body.COURT, null,
				Set.of(Kind.OTHER)))).isInstanceOf(AccessDenied.class);
	}

	static final byte[] PDF = "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

	@Test
	void evidenceIsKeptWithTheCaseAndTheWholeFileExportsAsOneBundleWithPhonesMasked() throws Exception {
		Actor worker = actor("worker");
		long yongan = id("region", "code", "650203001001");
		long id = this.mediations.receive(worker, new MediationForm(yongan, Kind.NEIGHBOUR, Source.VISIT, "测试甲方",
				"13800007777", "测试乙方", "13900006666", "测试：楼上漏水"));
		this.files.add(worker, id, PDF, "维修收据");
		this.files.add(worker, id, new byte[] { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0x00 }, "现场/照片");
		assertThatThrownBy(() -> this.files.add(worker, id, "not a pdf".getBytes(StandardCharsets.UTF_8), "假文件"))
			.satisfies(t -> assertThat(key(t)).isEqualTo("evidence.rejected.type"));
		assertThatThrownBy(() -> this.files.add(worker, id, PDF, " "))
			.satisfies(t -> assertThat(((Rejected) t).violations()).extracting(Rejected.Violation::field).contains("caption"));
		assertThatThrownBy(() -> this.files.add(actor("worker9"), id, PDF, "越权")).isInstanceOf(NotFound.class);
		assertThat(this.files.evidence(worker, id)).extracting(a -> a.caption()).containsExactly("维修收据", "现场/照片");
		assertThat(this.files.evidence(worker, id)).extracting(a -> a.contentType())
			.containsExactly("application/pdf", "image/jpeg");
		this.mediations.assign(worker, id, "马丽");
		this.mediations.accept(worker, id);
		this.mediations.agree(worker, id, "测试：甲方修复管道", "一周内");

		java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
		this.files.bundle(worker, id, java.util.Locale.SIMPLIFIED_CHINESE, out);
		Map<String, byte[]> entries = new java.util.LinkedHashMap<>();
		try (ZipInputStream zip = new ZipInputStream(new java.io.ByteArrayInputStream(out.toByteArray()),
				StandardCharsets.UTF_8)) {
			for (ZipEntry e; (e = zip.getNextEntry()) != null;) {
				entries.put(e.getName(), zip.readAllBytes());
			}
		}
		assertThat(entries.keySet()).containsExactly("证据/01-维修收据.pdf", "证据/02-现场_照片.jpg", "案卷.txt", "调解协议书.txt");
		assertThat(entries.get("证据/01-维修收据.pdf")).isEqualTo(PDF);
		String sheet = new String(entries.get("案卷.txt"), StandardCharsets.UTF_8);
		assertThat(sheet).contains("测试甲方", "138****7777", "139****6666", "测试：楼上漏水", "马丽", "邻里纠纷",
				"测试：甲方修复管道", "添加证据：维修收据", "证据目录（2 件）");
		assertThat(sheet).doesNotContain("13800007777", "13900006666");
		assertThat(new String(entries.get("调解协议书.txt"), StandardCharsets.UTF_8)).contains("人民调解协议书", "测试甲方");
		assertThat(this.queries.timeline(worker, id)).extracting(e -> e.kind()).contains("EVIDENCE", "EXPORTED");
		assertThatThrownBy(() -> this.files.bundle(actor("leader"), id, java.util.Locale.CHINA, out))
			.isInstanceOf(AccessDenied.class);
		assertThatThrownBy(() -> this.files.bundle(actor("worker9"), id, java.util.Locale.CHINA, out))
			.isInstanceOf(NotFound.class);
	}

	@Autowired
	Rankings rankings;

	@Autowired
	Regions regions;

	@Test
	void theMonthsSettledShareOfEachStreetStandsInTheRankingBesideTheRequestsRates() {
		Region city = this.regions.findByCode("650200").orElseThrow();
		Region district = this.regions.create(Actor.SYSTEM, city.id(), "T-MRANK-D", "调解排名区");
		Region a = this.regions.create(Actor.SYSTEM, district.id(), "T-MRANK-A", "调甲街道");
		Region b = this.regions.create(Actor.SYSTEM, district.id(), "T-MRANK-B", "调乙街道");
		Region aCommunity = this.regions.create(Actor.SYSTEM, a.id(), "T-MRANK-A1", "调甲社区");
		Actor staff = Actor.SYSTEM;
		for (int i = 0; i < 2; i++) {
			long id = this.mediations.receive(staff, new MediationForm(aCommunity.id(), Kind.NEIGHBOUR, Source.VISIT,
					"排名甲" + i, null, "排名乙" + i, null, "测试：排名"));
			this.mediations.assign(staff, id, "马丽");
			if (i == 0) {
				this.mediations.accept(staff, id);
				this.mediations.agree(staff, id, "赔偿", "当面");
			}
			else {
				this.mediations.fail(staff, id, "告知可起诉");
			}
		}
		long settled = this.mediations.receive(staff, new MediationForm(b.id(), Kind.FAMILY, Source.VISIT, "排名丙", null,
				"排名丁", null, "测试：排名"));
		this.mediations.assign(staff, settled, "马丽");
		this.mediations.accept(staff, settled);
		this.mediations.agree(staff, settled, "和好", "当面");

		YearMonth month = YearMonth.now(this.clock);
		Rankings.Ranking ranking = this.rankings.of(actor("leader"), district.id(), month, Rankings.Level.STREET, null);
		assertThat(ranking.also()).extracting(Rankings.Column::key).contains("mediation.SUCCESS_RATE",
				"meeting_decision.DONE_RATE", "problem.SOLVED_RATE");
		assertThat(ranking.lines()).as("streets without requests, listed with their governance rates")
			.extracting(Rankings.Line::name, Rankings.Line::rank)
			.containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("调解排名区 › 调甲街道", 0),
					org.assertj.core.groups.Tuple.tuple("调解排名区 › 调乙街道", 0));
		Map<String, BigDecimal> byStreet = new java.util.HashMap<>();
		ranking.lines().forEach(l -> byStreet.put(l.name(), l.also().get("mediation.SUCCESS_RATE")));
		assertThat(byStreet.get("调解排名区 › 调甲街道")).isEqualByComparingTo("50.0");
		assertThat(byStreet.get("调解排名区 › 调乙街道")).isEqualByComparingTo("100.0");
	}

}
