package cn.siwei.points;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.support.TransactionTemplate;

import cn.siwei.access.Actor;
import cn.siwei.access.ActorPrincipal;
import cn.siwei.people.People;
import cn.siwei.people.PersonForm;
import cn.siwei.platform.NotFound;
import cn.siwei.platform.Rejected;
import cn.siwei.platform.Satisfaction;
import cn.siwei.points.PointsTerms.Trigger;
import cn.siwei.region.Region;
import cn.siwei.region.Regions;
import cn.siwei.request.RequestEvents;
import cn.siwei.request.RequestTerms;
import cn.siwei.support.SiweiIT;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * A community's ledger: versioned rules, awards within caps, evidence and a second person's approval, a double click
 * posting once, corrections as reversals; balances that add up to zero; tampering with one posting named by the
 * verifier; every event replayed twice changing no balance.
 */
class PointsIT extends SiweiIT {

	static final byte[] JPEG = { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0x00 };

	@Autowired
	PointsLedger ledgers;

	@Autowired
	PointsRules rules;

	@Autowired
	PointsAwards awards;

	@Autowired
	PointsQueries queries;

	@Autowired
	PointsVerifier verifier;

	@Autowired
	PointsEarnings earnings;

	@Autowired
	People people;

	@Autowired
	Regions regions;

	@Autowired
	UserDetailsService users;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	ApplicationEventPublisher publisher;

	Actor actor(String username) {
		return ((ActorPrincipal) this.users.loadUserByUsername(username)).actor();
	}

	static String key(Throwable t) {
		return ((Rejected) t).messageKey();
	}

	long person(Region region, String name) {
		PersonForm form = new PersonForm();
		form.setRegionId(region.id());
		form.setName(name);
		return this.people.create(Actor.SYSTEM, form);
	}

	long balance(long ledgerId, long personId) {
		return this.jdbc.sql("select coalesce(sum(balance), 0) from points_account where ledger_id = ? and person_id = ?")
			.params(ledgerId, personId).query(Long.class).single();
	}

	long sum(long ledgerId) {
		return this.jdbc.sql("select sum(balance) from points_account where ledger_id = ?").param(ledgerId)
			.query(Long.class).single();
	}

	PointsVerifier.Finding finding(long ledgerId) {
		return this.verifier.verifyUnder("/").stream().filter(f -> f.ledgerId() == ledgerId).findFirst().orElseThrow();
	}

	record Place(Region community, long ledger, long a, long b) {
	}

	Place place(String code) {
		Region street = this.regions.findByCode("650203001").orElseThrow();
		Region community = this.regions.create(Actor.SYSTEM, street.id(), code, "积分测试社区" + code);
		long a = person(community, "积分甲" + code);
		long b = person(community, "积分乙" + code);
		long ledger = this.ledgers.open(actor("worker").scope().covers(community.path()) ? actor("worker") : Actor.SYSTEM,
				community.id(), "测试账本" + code, null);
		return new Place(community, ledger, a, b);
	}

	@Test
	void awardsPostOnceWithinTheirCapsThroughApprovalAndAreCorrectedOnlyByReversal() {
		Actor street = actor("street");
		Place p = place("T-PTS-1");
		this.rules.set(street, p.ledger(), new RuleForm("HYGIENE", "庭院卫生", 10, 10, Trigger.SHEET, false, null));
		this.rules.set(street, p.ledger(), new RuleForm("VOLUNTEER", "志愿服务", 5, 10, Trigger.MANUAL, false, null));
		this.rules.set(street, p.ledger(), new RuleForm("DEED", "好人好事", 30, null, Trigger.MANUAL, true, 20,
				java.util.Set.of(cn.siwei.access.Role.STREET_OFFICER)));

		long first = this.awards.award(street, p.ledger(), "HYGIENE", p.a(), 8, "11 月", null, "form-1").transferId();
		assertThat(this.awards.award(street, p.ledger(), "HYGIENE", p.a(), 8, "11 月", null, "form-1").transferId())
			.as("the same form posts once").isEqualTo(first);
		assertThat(balance(p.ledger(), p.a())).isEqualTo(8);
		assertThatThrownBy(() -> this.awards.award(street, p.ledger(), "HYGIENE", p.a(), 3, null, null, "form-2"))
			.as("over the monthly cap: 2 left").satisfies(t -> assertThat(key(t)).isEqualTo("points.rejected.overCap"));
		assertThatThrownBy(() -> this.awards.award(street, p.ledger(), "HYGIENE", p.b(), 11, null, null, "form-3"))
			.satisfies(t -> assertThat(((Rejected) t).violations()).extracting(Rejected.Violation::messageKey)
				.contains("points.rejected.score"));
		assertThatThrownBy(() -> this.awards.award(street, p.ledger(), "VOLUNTEER", p.b(), 3, null, null, "form-4"))
			.as("a manual rule posts its own points").isInstanceOf(Rejected.class);
		this.awards.award(street, p.ledger(), "VOLUNTEER", p.b(), null, "扫雪", null, "form-5");
		assertThat(balance(p.ledger(), p.b())).isEqualTo(5);

		// evidence, and a second person above the limit
		assertThatThrownBy(() -> this.awards.award(street, p.ledger(), "DEED", p.b(), 30, "救人", null, "form-6"))
			.satisfies(t -> assertThat(((Rejected) t).violations()).extracting(Rejected.Violation::messageKey)
				.contains("points.rejected.evidence"));
		long pending = this.awards.award(street, p.ledger(), "DEED", p.b(), 30, "救人", JPEG, "form-7").pendingId();
		assertThat(balance(p.ledger(), p.b())).as("waits for approval").isEqualTo(5);
		assertThatThrownBy(() -> this.awards.approve(street, pending))
			.satisfies(t -> assertThat(key(t)).isEqualTo("points.rejected.sameApprover"));
		assertThatThrownBy(() -> this.awards.approve(actor("worker9"), pending)).as("another community's worker")
			.isInstanceOf(NotFound.class);
		// a rule awarded by street officers only: a community worker can neither award nor approve it
		Actor worker = new Actor(9_999, "w", "社区工作者", cn.siwei.access.Role.COMMUNITY_WORKER, p.community().path(), null,
				null);
		assertThatThrownBy(() -> this.awards.approve(worker, pending))
			.satisfies(t -> assertThat(key(t)).isEqualTo("points.rejected.notAwarder"));
		assertThatThrownBy(() -> this.awards.award(worker, p.ledger(), "DEED", p.a(), 30, "x", JPEG, "form-w"))
			.satisfies(t -> assertThat(((Rejected) t).violations()).extracting(Rejected.Violation::messageKey)
				.contains("points.rejected.notAwarder"));
		assertThatThrownBy(() -> this.rules.set(street, p.ledger(), new RuleForm("X", "x", 1, null, Trigger.MANUAL, false,
				null, java.util.Set.of(cn.siwei.access.Role.RESIDENT))))
			.satisfies(t -> assertThat(((Rejected) t).violations()).extracting(Rejected.Violation::field)
				.contains("awardedBy"));
		this.awards.approve(Actor.SYSTEM, pending);
		assertThat(balance(p.ledger(), p.b())).isEqualTo(35);
		assertThatThrownBy(() -> this.awards.approve(Actor.SYSTEM, pending)).isInstanceOf(NotFound.class);

		// a household of another city, or of another community, is not this ledger's
		long other = this.jdbc.sql("select id from person where name = '巴特尔'").query(Long.class).single();
		assertThatThrownBy(() -> this.awards.award(street, p.ledger(), "VOLUNTEER", other, null, null, null, "form-8"))
			.isInstanceOf(NotFound.class);
		long neighbour = this.jdbc.sql("select id from person where name = '王秀兰'").query(Long.class).single();
		assertThatThrownBy(() -> this.awards.award(street, p.ledger(), "VOLUNTEER", neighbour, null, null, null, "form-9"))
			.satisfies(t -> assertThat(((Rejected) t).violations()).extracting(Rejected.Violation::messageKey)
				.contains("points.rejected.notOfLedger"));

		// corrected by reversal, once; a reversal is not reversed; the cap counts what was kept
		long reversal = this.awards.reverse(street, first, "评分录错");
		assertThat(balance(p.ledger(), p.a())).isZero();
		assertThatThrownBy(() -> this.awards.reverse(street, first, "again"))
			.satisfies(t -> assertThat(key(t)).isEqualTo("points.rejected.reversedAlready"));
		assertThatThrownBy(() -> this.awards.reverse(street, reversal, "again"))
			.satisfies(t -> assertThat(key(t)).isEqualTo("points.rejected.reverseReversal"));
		this.awards.award(street, p.ledger(), "HYGIENE", p.a(), 10, "11 月（更正）", null, "form-10");
		assertThat(balance(p.ledger(), p.a())).isEqualTo(10);
		assertThatThrownBy(() -> this.awards.reverse(actor("worker9"), first, "x")).isInstanceOf(NotFound.class);

		// a new version of a rule: the old one closes, postings keep the version they were earned by
		Rule v1 = this.rules.inForce(p.ledger(), "HYGIENE").orElseThrow();
		this.rules.set(street, p.ledger(), new RuleForm("HYGIENE", "庭院卫生", 12, 12, Trigger.SHEET, false, null));
		Rule v2 = this.rules.inForce(p.ledger(), "HYGIENE").orElseThrow();
		assertThat(v2.version()).isEqualTo(v1.version() + 1);
		assertThat(this.rules.history(p.ledger())).filteredOn(r -> r.code().equals("HYGIENE")).hasSize(2)
			.allSatisfy(r -> assertThat(r.id() == v2.id() ? r.validTo() : r.validTo()).isEqualTo(r.id() == v2.id() ? null
					: v2.validFrom()));
		assertThat(this.jdbc.sql("select rule_id from points_transfer where id = ?").param(first).query(Long.class)
			.single()).isEqualTo(v1.id());

		assertThat(sum(p.ledger())).as("double entry: a ledger's balances add up to zero").isZero();
		assertThat(finding(p.ledger()).ok()).isTrue();
		assertThat(this.queries.transfers(street, p.ledger(), 0, 100).items()).hasSize(5);
		assertThatThrownBy(() -> this.ledgers.postAll(street, p.ledger(), List.of(new Posting(
				this.ledgers.holder(p.ledger(), p.a(), "积分甲T-PTS-1"), this.ledgers.account(p.ledger(),
						PointsTerms.AccountKind.STORE, null, "积分超市"), 11, PointsTerms.TransferKind.REDEEM, "spend-1", null,
						null, null)))).as("never below zero")
			.satisfies(t -> assertThat(key(t)).isEqualTo("points.rejected.balance"));
		assertThatThrownBy(() -> this.jdbc.sql("update points_transfer set amount = 1 where id = ?").param(first).update())
			.as("the database refuses to change a posting").hasMessageContaining("never changed");
	}

	@Test
	void tamperingWithOnePostingInTheDatabaseIsNamedByTheVerifier() {
		Place p = place("T-PTS-2");
		Actor street = actor("street");
		this.rules.set(street, p.ledger(), new RuleForm("VOLUNTEER", "志愿服务", 5, null, Trigger.MANUAL, false, null));
		for (int i = 0; i < 4; i++) {
			this.awards.award(street, p.ledger(), "VOLUNTEER", i % 2 == 0 ? p.a() : p.b(), null, "第" + i + "次", null,
					"tamper-" + i);
		}
		assertThat(finding(p.ledger()).ok()).isTrue();
		long second = this.jdbc.sql("select id from points_transfer where ledger_id = ? and seq = 2").param(p.ledger())
			.query(Long.class).single();
		// someone with the database owner's rights edits a posting behind the platform's back
		tamper("update points_transfer set amount = 50 where id = " + second);
		PointsVerifier.Finding f = finding(p.ledger());
		assertThat(f.ok()).isFalse();
		assertThat(f.seq()).isEqualTo(2L);
		assertThat(f.problem()).contains("posting 2");
		tamper("update points_transfer set amount = 5 where id = " + second);
		assertThat(finding(p.ledger()).ok()).isTrue();
		// and one who fixes the balance to agree with nothing
		tamper("update points_account set balance = balance + 1 where ledger_id = " + p.ledger() + " and person_id = " + p.a());
		assertThat(finding(p.ledger()).problem()).contains("holds");
		tamper("update points_account set balance = balance - 1 where ledger_id = " + p.ledger() + " and person_id = " + p.a());
		assertThat(finding(p.ledger()).ok()).isTrue();
	}

	/**
	 * A change behind the platform's back, as whoever owns the tables can make it: the append-only trigger switched
	 * off for the change (and on again in the same transaction). Works on the embedded server and on an external
	 * one where the platform's user is not a superuser.
	 */
	private void tamper(String sql) {
		this.transactions.executeWithoutResult(s -> {
			this.jdbc.sql("alter table points_transfer disable trigger points_transfer_no_change").update();
			this.jdbc.sql(sql).update();
			this.jdbc.sql("alter table points_transfer enable trigger points_transfer_no_change").update();
		});
	}

	@Test
	void everyEventReplayedTwiceChangesNoBalanceAndArrivesThroughTheRegistry() {
		Place p = place("T-PTS-3");
		Actor street = actor("street");
		this.rules.set(street, p.ledger(), new RuleForm("REVIEW", "居民点评", 2, 4, Trigger.REQUEST_EVALUATED, false, null));
		this.rules.set(street, p.ledger(), new RuleForm("MEETING", "参加会议", 3, null, Trigger.MEETING_ATTENDED, false, null));
		// an evaluation as the request capability publishes it, after its act commits
		var evaluated = new RequestEvents.RequestEvaluated(new RequestEvents.Subject(900_001, p.community().path(), p.a(),
				"测试"), 1, true, Satisfaction.DISSATISFIED, RequestTerms.EvaluationMethod.SELF, false);
		this.transactions.executeWithoutResult(s -> this.publisher.publishEvent(evaluated));
		await().atMost(Duration.ofSeconds(20)).until(() -> balance(p.ledger(), p.a()) == 2);
		// replayed, twice: once per request, whatever was rated
		this.earnings.earn(p.a(), Trigger.REQUEST_EVALUATED, "request-evaluated:900001", "评价诉求 #900001");
		this.earnings.earn(p.a(), Trigger.REQUEST_EVALUATED, "request-evaluated:900001", "评价诉求 #900001");
		assertThat(balance(p.ledger(), p.a())).isEqualTo(2);
		// other requests: within the cap of 4 a month, then nothing more
		for (int r = 2; r <= 4; r++) {
			this.earnings.earn(p.a(), Trigger.REQUEST_EVALUATED, "request-evaluated:90000" + r, "评价");
			this.earnings.earn(p.a(), Trigger.REQUEST_EVALUATED, "request-evaluated:90000" + r, "评价");
		}
		assertThat(balance(p.ledger(), p.a())).isEqualTo(4);
		for (int i = 0; i < 2; i++) {
			this.earnings.earn(p.b(), Trigger.MEETING_ATTENDED, "meeting-attended:77:" + p.b(), "参加会议");
		}
		assertThat(balance(p.ledger(), p.b())).isEqualTo(3);
		// someone living where no ledger is kept earns nothing, and nothing fails
		long bater = this.jdbc.sql("select id from person where name = '张桂芳'").query(Long.class).single();
		this.earnings.earn(bater, Trigger.MEETING_ATTENDED, "meeting-attended:77:" + bater, "x");
		assertThat(sum(p.ledger())).isZero();
		assertThat(finding(p.ledger()).ok()).isTrue();
	}

	String page(String login, String url) throws Exception {
		var response = this.mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get(url)
			.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
				.user(this.users.loadUserByUsername(login))))
			.andReturn().getResponse();
		assertThat(response.getStatus()).as(url).isEqualTo(200);
		return response.getContentAsString();
	}

	@Test
	void staffSeeTheLedgerAResidentSeesTheirOwnPointsOnAPhoneAndALeaderVerifies() throws Exception {
		long yongan = this.jdbc.sql("select id from points_ledger where name = '永安社区积分账本'").query(Long.class).single();
		assertThat(page("worker", "/points")).contains("永安社区积分账本");
		assertThat(page("worker", "/points/" + yongan)).contains("庭院（楼道）卫生", "阿力木·吐尔逊", "评分录错：应为 7 分",
				"见义勇为、好人好事", "待审核的积分");
		String mine = page("resident", "/my/points");
		assertThat(mine).contains("我的积分", "11 月楼道卫生评分", "协助社区清理小区积雪", "庭院（楼道）卫生");
		assertThat(mine).as("their own postings only").doesNotContain("为独居老人代购药品", "11 月楼道卫生评分（更正）");
		assertThat(page("leader", "/points/verify")).contains("全部相符").doesNotContain("class=\"error\"");
		assertThat(page("worker", "/points/" + yongan + "/sheet")).contains("月度评分表", "庭院（楼道）卫生");
		long board = this.jdbc.sql("select min(id) from points_board where ledger_id = ?").param(yongan).query(Long.class).single();
		assertThat(page("worker", "/points/boards/" + board)).contains("红榜", "黑榜");
		assertThat(page("resident", "/my/points")).contains("积分超市", "洗衣液（2 kg）");
		assertThat(page("worker", "/points/collect")).contains("兑换码");
		assertThat(page("worker", "/points/" + yongan + "/holders?q=赵")).contains("赵红梅").doesNotContain("阿力木");
		assertThat(page("worker", "/points/" + yongan + "/holders?q=%25")).as("a % is a character, not a wildcard")
			.doesNotContain("赵红梅");
		assertThat(page("resident", "/my/points")).contains("鸡蛋（一板 30 枚）", "兑换地点：永安便民超市");
		assertThat(page("worker", "/points/" + yongan)).contains("合作商户", "永安便民超市");
		assertThat(page("shop", "/points/shop")).contains("本店积分兑付", "永安便民超市", "永安社区积分账本")
			.as("no household is named to a shop").doesNotContain("阿力木");
		assertThat(page("shop", "/")).contains("积分兑付");
	}

	/** A refused sheet page posts nothing and comes back with what was typed and each refused score's reason beside it. */
	@Test
	void aRefusedSheetPagePostsNothingAndNamesEachWrongScore() throws Exception {
		long yongan = this.jdbc.sql("select id from points_ledger where name = '永安社区积分账本'").query(Long.class).single();
		long zhao = this.jdbc.sql("select id from person where name = '赵红梅'").query(Long.class).single();
		long ma = this.jdbc.sql("select id from person where name = '马丽'").query(Long.class).single();
		long before = this.jdbc.sql("select seq from points_ledger where id = ?").param(yongan).query(Long.class).single();
		String bad = PointsSheets.field(zhao, "HYGIENE");
		String typo = PointsSheets.field(ma, "HYGIENE");
		var worker = org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
			.user(this.users.loadUserByUsername("worker"));
		for (String[] who : new String[][] { { "赵红梅", "id=\"" + bad + "-error\"", "value=\"11\"" },
				{ "马丽", "id=\"" + typo + "-error\"", "请填写整数。" } }) {
			var result = this.mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
				.post("/points/" + yongan + "/sheet")
				.param(bad, "11")
				.param(typo, "九")
				.param("page", "0")
				.param("q", who[0])
				.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
				.with(worker))
				.andReturn();
			assertThat(result.getResponse().getStatus()).isEqualTo(302);
			@SuppressWarnings("unchecked")
			java.util.Map<String, String> errors = (java.util.Map<String, String>) result.getFlashMap().get("sheetErrors");
			assertThat(errors).containsOnlyKeys(bad, typo);
			assertThat(errors.get(bad)).contains("1 至 10");
			assertThat(errors.get(typo)).isEqualTo("请填写整数。");
			assertThat(this.jdbc.sql("select seq from points_ledger where id = ?").param(yongan).query(Long.class).single())
				.as("nothing posted").isEqualTo(before);
			// the page the redirect leads to (the search kept), in the same session (the flash is kept in it, in the
			// database)
			String again = this.mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
				.get(java.net.URI.create(result.getResponse().getRedirectedUrl()))
				.cookie(result.getResponse().getCookie("SESSION"))
				.with(worker))
				.andReturn().getResponse().getContentAsString();
			assertThat(again).as(who[0]).contains(who[1], who[2], "本页评分未保存：2 处");
		}
	}

	/** A merchant's scan on its page hands over its own redemption; the flash says so. */
	@Test
	void aShopHandsOverOnItsOwnPage() throws Exception {
		long yongan = this.jdbc.sql("select id from points_ledger where name = '永安社区积分账本'").query(Long.class).single();
		long shopStore = this.jdbc.sql("select id from points_store where name = '永安便民超市'").query(Long.class).single();
		long eggs = this.store.addItem(actor("worker"), yongan, "测试：矿泉水", 1, 100, shopStore);
		long zhao = this.jdbc.sql("select id from person where name = '赵红梅'").query(Long.class).single();
		long redemption = this.store.redeem(actor("worker"), yongan, eggs, zhao, "shop-page-" + System.nanoTime());
		String token = this.jdbc.sql("select token from points_redemption where id = ?").param(redemption)
			.query(String.class).single();
		var result = this.mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
			.post("/points/shop").param("token", token)
			.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
			.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
				.user(this.users.loadUserByUsername("shop"))))
			.andReturn();
		assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/points/shop");
		assertThat(result.getFlashMap().get("flash")).isEqualTo("已交付，兑换完成。");
		assertThat(this.jdbc.sql("select status from points_redemption where id = ?").param(redemption)
			.query(String.class).single()).isEqualTo("COLLECTED");
		assertThat(page("shop", "/points/shop")).contains("测试：矿泉水");
	}

	@Autowired
	PointsStore store;

	@Autowired
	PointsExpiry expiry;

	@Test
	void pointsExpireOldestFirstOnceWhereTheLedgerSetsIt() {
		Place p = place("T-PTS-4");
		Actor street = actor("street");
		this.jdbc.sql("update points_ledger set expiry_months = 1 where id = ?").param(p.ledger()).update();
		this.rules.set(street, p.ledger(), new RuleForm("VOLUNTEER", "志愿服务", 5, null, Trigger.MANUAL, false, null));
		// 10 points now; 3 spent a week later; 5 more forty days on: the first 7 left are due
		this.awards.award(street, p.ledger(), "VOLUNTEER", p.a(), null, "一", null, "exp-1");
		this.awards.award(street, p.ledger(), "VOLUNTEER", p.a(), null, "二", null, "exp-2");
		long store = this.ledgers.account(p.ledger(), PointsTerms.AccountKind.STORE, null, "积分超市");
		long holder = this.ledgers.holder(p.ledger(), p.a(), "积分甲T-PTS-4");
		this.clock.advance(Duration.ofDays(7));
		try {
			this.ledgers.post(street, p.ledger(), new Posting(holder, store, 3, PointsTerms.TransferKind.REDEEM, "exp-spend",
					null, null, "兑换"));
			assertThat(this.expiry.expire(p.ledger())).as("nothing is a month old yet").isZero();
			this.clock.advance(Duration.ofDays(33));
			this.awards.award(street, p.ledger(), "VOLUNTEER", p.a(), null, "三", null, "exp-3");
			assertThat(this.expiry.expire(p.ledger())).isEqualTo(1);
			assertThat(balance(p.ledger(), p.a())).as("the five new ones stay").isEqualTo(5);
			assertThat(this.expiry.expire(p.ledger())).as("once").isZero();
			assertThat(this.expiryDone(p.ledger())).isEqualTo(7);
		}
		finally {
			this.clock.advance(Duration.ofDays(-40));
		}
		assertThat(sum(p.ledger())).isZero();
		assertThat(finding(p.ledger()).ok()).isTrue();
	}

	long expiryDone(long ledgerId) {
		return this.jdbc.sql("select coalesce(sum(amount), 0) from points_transfer where ledger_id = ? and kind = 'EXPIRE'")
			.param(ledgerId).query(Long.class).single();
	}

}
