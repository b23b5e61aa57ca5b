package cn.siwei.points;

import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

import cn.siwei.access.Actor;
import cn.siwei.access.ActorPrincipal;
import cn.siwei.people.People;
import cn.siwei.people.PersonForm;
import cn.siwei.platform.Rejected;
import cn.siwei.points.PointsTerms.Trigger;
import cn.siwei.region.Region;
import cn.siwei.region.Regions;
import cn.siwei.support.SiweiIT;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A village's month: rules, the scoring sheet (sent twice), the red and black list with an objection upheld and its
 * publication after the window, redemptions held, collected and cancelled, and a dividend that adds up to the cent;
 * the ledger verifies at the end.
 */
class PointsMonthIT extends SiweiIT {

	@Autowired
	PointsLedger ledgers;

	@Autowired
	PointsRules rules;

	@Autowired
	PointsSheets sheets;

	@Autowired
	PointsBoards boards;

	@Autowired
	PointsStore store;

	@Autowired
	PointsAwards awards;

	@Autowired
	PointsDividends dividends;

	@Autowired
	PointsVerifier verifier;

	@Autowired
	People people;

	@Autowired
	Regions regions;

	@Autowired
	UserDetailsService users;

	Actor actor(String username) {
		return ((ActorPrincipal) this.users.loadUserByUsername(username)).actor();
	}

	static String key(Throwable t) {
		return ((Rejected) t).messageKey();
	}

	long balance(long ledgerId, long personId) {
		return this.jdbc.sql("select coalesce(sum(balance), 0) from points_account where ledger_id = ? and person_id = ?")
			.params(ledgerId, personId).query(Long.class).single();
	}

	@Test
	void aVillagesMonthGoesFromTheSheetToAPublishedListRedemptionsAndADividend() {
		Actor street = actor("street");
		Region kunlun = this.regions.findByCode("650203001").orElseThrow();
		Region village = this.regions.create(Actor.SYSTEM, kunlun.id(), "T-PTSM-V", "积分测试村");
		long[] h = new long[4];
		for (int i = 0; i < h.length; i++) {
			PersonForm f = new PersonForm();
			f.setRegionId(village.id());
			f.setName("测试户" + (char) ('甲' + i));
			h[i] = this.people.create(Actor.SYSTEM, f);
		}
		long ledger = this.ledgers.open(street, village.id(), "积分测试村账本", null);
		this.rules.set(street, ledger, new RuleForm("HYGIENE", "庭院卫生", 10, 10, Trigger.SHEET, false, null));
		this.rules.set(street, ledger, new RuleForm("TOILET", "厕所革命", 10, 10, Trigger.SHEET, false, null));

		// the sheet: 甲 20, 乙 15, 丙 8, 丁 12 (full marks 20; the black list is below 60%: 丙)
		Map<Long, Map<String, Integer>> scores = Map.of(h[0], Map.of("HYGIENE", 10, "TOILET", 10), h[1],
				Map.of("HYGIENE", 8, "TOILET", 7), h[2], Map.of("HYGIENE", 4, "TOILET", 4), h[3],
				Map.of("HYGIENE", 6, "TOILET", 6));
		assertThat(this.sheets.submit(street, ledger, scores)).isEqualTo(8);
		assertThat(this.sheets.submit(street, ledger, scores)).as("sent again: nothing more").isZero();
		assertThat(balance(ledger, h[0])).isEqualTo(20);
		assertThatThrownBy(() -> this.sheets.submit(street, ledger, Map.of(h[1], Map.of("HYGIENE", 11))))
			.satisfies(t -> assertThat(((Rejected) t).violations()).extracting(Rejected.Violation::messageKey)
				.contains("points.rejected.score"));
		var sheet = this.sheets.sheet(street, ledger, 0, 20);
		assertThat(sheet.lines().items()).hasSize(4);
		assertThat(sheet.lines().items()).filteredOn(l -> l.personId() == h[2]).first()
			.satisfies(l -> assertThat(l.scored()).containsEntry("HYGIENE", 4L));

		// the list: top 10 on red (all above the black line), 丙 on black; 丙 objects, upheld
		this.jdbc.sql("update points_ledger set red_top = 2 where id = ?").param(ledger).update();
		YearMonth month = YearMonth.now(this.clock);
		long board = this.boards.compute(street, ledger, month);
		PointsBoards.Board b = this.boards.get(street, board);
		assertThat(b.entries()).filteredOn(e -> e.list().equals("RED")).extracting(PointsBoards.Entry::personId)
			.containsExactly(h[0], h[1]);
		assertThat(b.entries()).filteredOn(e -> e.list().equals("BLACK")).extracting(PointsBoards.Entry::personId)
			.containsExactly(h[2]);
		long objection = this.boards.object(street, board, h[2], "当月外出务工，院子由邻居代管，评分时未通知");
		assertThatThrownBy(() -> this.boards.object(street, board, h[2], "again"))
			.satisfies(t -> assertThat(key(t)).isEqualTo("points.rejected.objectedAlready"));
		assertThatThrownBy(() -> this.boards.object(street, board, h[3], "not listed"))
			.satisfies(t -> assertThat(key(t)).isEqualTo("points.rejected.notOnBoard"));
		assertThatThrownBy(() -> this.boards.publish(street, board))
			.satisfies(t -> assertThat(key(t)).isEqualTo("points.rejected.windowOpen"));
		this.boards.decide(street, objection, true, "情况属实，本月不上黑榜");
		this.clock.advance(Duration.ofDays(6));
		try {
			this.boards.publish(street, board);
		}
		finally {
			this.clock.advance(Duration.ofDays(-6));
		}
		b = this.boards.get(street, board);
		assertThat(b.published()).isTrue();
		assertThat(b.entries()).filteredOn(e -> e.personId() == h[2]).first()
			.satisfies(e -> assertThat(e.withdrawn()).isTrue());
		assertThatThrownBy(() -> this.boards.compute(street, ledger, month))
			.satisfies(t -> assertThat(key(t)).isEqualTo("points.rejected.published"));

		// the store: held, then collected or cancelled; one click redeems once; never below zero
		long soap = this.store.addItem(street, ledger, "洗衣皂", 5, 2);
		long oil = this.store.addItem(street, ledger, "食用油", 50, 10);
		long first = this.store.redeem(street, ledger, soap, h[0], "click-1");
		assertThat(this.store.redeem(street, ledger, soap, h[0], "click-1")).as("the same click").isEqualTo(first);
		assertThat(balance(ledger, h[0])).isEqualTo(15);
		long second = this.store.redeem(street, ledger, soap, h[1], "click-2");
		assertThatThrownBy(() -> this.store.redeem(street, ledger, soap, h[3], "click-3"))
			.satisfies(t -> assertThat(key(t)).isEqualTo("points.rejected.outOfStock"));
		assertThatThrownBy(() -> this.store.redeem(street, ledger, oil, h[2], "click-4"))
			.satisfies(t -> assertThat(key(t)).isEqualTo("points.rejected.balance"));
		assertThat(this.store.items(ledger)).filteredOn(i -> i.id() == oil).first()
			.satisfies(i -> assertThat(i.stock()).as("nothing taken from stock").isEqualTo(10));
		String token = this.jdbc.sql("select token from points_redemption where id = ?").param(first)
			.query(String.class).single();
		assertThat(token).matches("[2-9A-HJKMNP-Z]{10}");
		this.store.collect(street, " " + token.toLowerCase() + " ");
		assertThatThrownBy(() -> this.store.collect(street, token))
			.satisfies(t -> assertThat(key(t)).isEqualTo("points.rejected.token"));
		this.store.cancel(street, second);
		assertThat(balance(ledger, h[1])).as("released").isEqualTo(15);
		assertThat(this.store.items(ledger)).filteredOn(i -> i.id() == soap).first()
			.satisfies(i -> assertThat(i.stock()).isEqualTo(1));
		assertThatThrownBy(() -> this.store.cancel(street, second))
			.satisfies(t -> assertThat(key(t)).isEqualTo("points.rejected.notHeld"));

		// the dividend: 100.00 yuan by today's points (甲 15, 乙 15, 丙 8, 丁 12: 50 in all)
		long dividend = this.dividends.compute(street, ledger, "2026 年集体收入分红", 10_000L, LocalDate.now(this.clock));
		var d = this.dividends.of(ledger).stream().filter(x -> x.id() == dividend).findFirst().orElseThrow();
		assertThat(d.totalPoints()).isEqualTo(50);
		assertThat(d.lines().stream().mapToLong(PointsDividends.Line::cents).sum()).isEqualTo(10_000);
		assertThat(d.lines()).filteredOn(l -> l.points() == 8).first()
			.satisfies(l -> assertThat(l.cents()).isEqualTo(1_600));

		assertThat(this.jdbc.sql("select sum(balance) from points_account where ledger_id = ?").param(ledger)
			.query(Long.class).single()).isZero();
		assertThat(this.verifier.verifyUnder(village.path())).singleElement()
			.satisfies(f -> assertThat(f.ok()).as(f.problem()).isTrue());

		// the figures, counted from the postings, each opening onto exactly what it counts
		LocalDate today = LocalDate.now(this.clock);
		Map<String, Long> figures = this.dashboards.totals(street, "points", village.id(), today, today);
		assertThat(figures).containsEntry("AWARDED", 55L).containsEntry("AWARDS", 8L)
			.containsEntry("ACTIVE_HOUSEHOLDS", 4L).containsEntry("REDEMPTIONS", 1L).containsEntry("REDEEMED", 5L);
		for (PointsFigure f : PointsFigure.values()) {
			if (f.measure().equals("1")) {
				assertThat(this.queries.postings(street, new PointsQueries.Filter(village.path(), f, null, null, today, today),
						0, 100).total()).as(f.name()).isEqualTo(figures.get(f.name()));
			}
		}
		// the objections and what came of them: one raised, upheld
		Map<String, Long> objections = this.dashboards.totals(street, "points_objection", village.id(), today, today);
		assertThat(objections).containsEntry("OBJECTIONS", 1L).containsEntry("UPHELD", 1L)
			.containsEntry("DISMISSED", 0L).containsEntry("OPEN", 0L);
		for (PointsObjectionFigure f : PointsObjectionFigure.values()) {
			assertThat(this.queries.objections(street,
					new PointsQueries.ObjectionFilter(village.path(), f, null, null, today, today), 0, 100).total())
				.as(f.name()).isEqualTo(objections.get(f.name()));
		}
		assertThat(this.queries.objections(street, new PointsQueries.ObjectionFilter(village.path(), null, 1L, "UPHELD",
				today, today), 0, 100).items()).singleElement()
			.satisfies(o -> assertThat(o.reason()).startsWith("当月外出务工").isNotNull());
		assertThat(this.queries.objections(actor("worker9"), new PointsQueries.ObjectionFilter(village.path(), null,
				null, null, null, null), 0, 100).items()).as("another community's worker")
			.noneMatch(o -> o.ledgerId() == ledger);
		for (cn.siwei.figures.FigureSource s : this.rollups.sources()) {
			assertThat(this.rollups.mismatches(s)).as(s.kind()).isZero();
		}
	}

	/**
	 * A merchant's account hands over only its own redemptions: the points go to its account; another store's code is
	 * answered as an unknown one and changes nothing; staff still hand over for every store of their place.
	 */
	@Test
	void aMerchantHandsOverOnlyTheRedemptionsOfItsOwnStore() {
		Actor street = actor("street");
		Actor shop = actor("shop");
		Region kunlun = this.regions.findByCode("650203001").orElseThrow();
		Region village = this.regions.create(Actor.SYSTEM, kunlun.id(), "T-PTSM-S", "商户测试村");
		PersonForm f = new PersonForm();
		f.setRegionId(village.id());
		f.setName("商户测试户");
		long household = this.people.create(Actor.SYSTEM, f);
		long ledger = this.ledgers.open(street, village.id(), "商户测试村账本", null);
		this.rules.set(street, ledger, new RuleForm("VOLUNTEER", "志愿服务", 10, 50, Trigger.MANUAL, false, null));
		for (int i = 0; i < 3; i++) {
			this.awards.award(street, ledger, "VOLUNTEER", household, null, "志愿服务 " + i, null, "shop-test-" + i);
		}
		long shopOrg = this.jdbc.sql("select id from organisation where name = '永安便民超市'").query(Long.class).single();
		long mine = this.store.addStore(street, ledger, "永安便民超市（测试）", shopOrg);
		long other = this.store.addStore(street, ledger, "村口小卖部", null);
		assertThatThrownBy(() -> this.store.addStore(street, ledger, "村口小卖部", null))
			.satisfies(t -> assertThat(((Rejected) t).violations()).extracting(Rejected.Violation::messageKey)
				.contains("points.rejected.storeTaken"));
		assertThatThrownBy(() -> this.store.addStore(actor("worker9"), ledger, "别处", null)).as("another community's worker")
			.isInstanceOf(cn.siwei.platform.NotFound.class);
		long eggs = this.store.addItem(street, ledger, "鸡蛋", 6, 5, mine);
		long bread = this.store.addItem(street, ledger, "面包", 4, 5, other);
		long soap = this.store.addItem(street, ledger, "肥皂", 3, 5);
		assertThatThrownBy(() -> this.store.addItem(street, ledger, "错店", 3, 5, 999_999L))
			.satisfies(t -> assertThat(((Rejected) t).violations()).extracting(Rejected.Violation::messageKey)
				.contains("points.rejected.store"));
		String atMine = token(this.store.redeem(street, ledger, eggs, household, "shop-1"));
		String atOther = token(this.store.redeem(street, ledger, bread, household, "shop-2"));
		String atOwn = token(this.store.redeem(street, ledger, soap, household, "shop-3"));
		assertThat(balance(ledger, household)).isEqualTo(30 - 13);

		assertThat(this.store.ownStores(shop)).extracting(PointsStore.Store::id).contains(mine).doesNotContain(other);
		for (String notHers : new String[] { atOther, atOwn }) {
			assertThatThrownBy(() -> this.store.collect(shop, notHers)).as("another store's code")
				.satisfies(t -> assertThat(key(t)).isEqualTo("points.rejected.token"));
		}
		assertThatThrownBy(() -> this.store.collect(actor("resident"), atMine)).as("a resident")
			.isInstanceOf(cn.siwei.access.AccessDenied.class);
		this.store.collect(shop, atMine);
		this.store.collect(street, atOther);
		assertThat(this.store.stores(ledger)).filteredOn(x -> x.id() == mine).singleElement()
			.satisfies(x -> assertThat(x.received()).isEqualTo(6))
			.satisfies(x -> assertThat(x.held()).isZero());
		assertThat(this.store.stores(ledger)).filteredOn(x -> x.id() == other).singleElement()
			.satisfies(x -> assertThat(x.received()).isEqualTo(4));
		assertThat(this.store.collectedAtOwn(shop)).extracting(PointsStore.Collected::itemName).contains("鸡蛋")
			.doesNotContain("面包", "肥皂");
		assertThat(this.jdbc.sql("select status from points_redemption where token = ?").param(atOwn)
			.query(String.class).single()).as("still held").isEqualTo("HELD");
		assertThat(this.jdbc.sql("select sum(balance) from points_account where ledger_id = ?").param(ledger)
			.query(Long.class).single()).isZero();
		assertThat(this.verifier.verifyUnder(village.path())).singleElement()
			.satisfies(v -> assertThat(v.ok()).as(v.problem()).isTrue());
	}

	String token(long redemption) {
		return this.jdbc.sql("select token from points_redemption where id = ?").param(redemption)
			.query(String.class).single();
	}

	@Autowired
	cn.siwei.figures.Dashboards dashboards;

	@Autowired
	cn.siwei.figures.Rollups rollups;

	@Autowired
	PointsQueries queries;

}
