package cn.siwei.figures;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

import cn.siwei.access.Actor;
import cn.siwei.access.Role;
import cn.siwei.people.People;
import cn.siwei.people.PersonForm;
import cn.siwei.platform.Rejected;
import cn.siwei.platform.Satisfaction;
import cn.siwei.region.Region;
import cn.siwei.region.RegionCounts;
import cn.siwei.region.Regions;
import cn.siwei.request.Request;
import cn.siwei.request.RequestForm;
import cn.siwei.request.RequestQueries;
import cn.siwei.request.RequestRecording;
import cn.siwei.request.RequestSweep;
import cn.siwei.request.RequestTerms;
import cn.siwei.request.RequestWork;
import cn.siwei.request.Requests;
import cn.siwei.request.UnitRollup;
import cn.siwei.support.SiweiIT;
import cn.siwei.wish.WishForm;
import cn.siwei.wish.WishQueries;
import cn.siwei.wish.WishSweep;
import cn.siwei.wish.WishTerms;
import cn.siwei.wish.Wishes;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Random histories of requests and wishes — placed, taken, declined, dispatched, escalated, summoned, reported,
 * claimed, finished, evaluated, reopened, linked as duplicates, swept past their limits, and subtrees moved to
 * another street — after which every pre-aggregated figure equals a direct count over the records, and so does
 * every figure read for random nodes and periods (whole months, edge days, direct counts below the community).
 */
class RollupExactnessIT extends SiweiIT {

	@Autowired
	Rollups rollups;

	@Autowired
	UnitRollup unitRollup;

	@Autowired
	Requests requests;

	@Autowired
	RequestWork work;

	@Autowired
	RequestSweep sweep;

	@Autowired
	RequestQueries queries;

	@Autowired
	RequestRecording recording;

	@Autowired
	Wishes wishes;

	@Autowired
	WishQueries wishQueries;

	@Autowired
	WishSweep wishSweep;

	@Autowired
	Regions regions;

	@Autowired
	People people;

	@Autowired
	RegionCounts regionCounts;

	@Autowired
	TransactionTemplate tx;

	final Actor system = Actor.SYSTEM;

	private static RequestForm form(long category, Region community, String description) {
		RequestForm f = RequestForm.of(category, description, community.id(), RequestTerms.Channel.HOME_VISIT);
		f.setReporterName("王女士");
		return f;
	}

	private long slotted(String table) {
		return this.jdbc.sql("select count(*) from " + table + " where slot <> 0").query(Long.class).single();
	}

	/**
	 * Two requests placed in one community at once: the second does not wait for the first to commit (before
	 * migration V61 both added to the same counter rows, so every act of a city queued behind the one before).
	 */
	@Test
	void concurrentActsInOneCommunityDoNotWaitForEachOther() throws Exception {
		Region community = this.regions.findByCode("650203001001").orElseThrow();
		long category = this.queries.categories(Locale.CHINESE).get(0).id();
		CountDownLatch placed = new CountDownLatch(1);
		CountDownLatch done = new CountDownLatch(1);
		AtomicInteger firstSlot = new AtomicInteger();
		ExecutorService first = Executors.newSingleThreadExecutor();
		try {
			Future<Long> a = first.submit(() -> this.tx.execute(status -> {
				long id = this.recording.record(this.system,
						form(category, community, "同时受理的诉求一"));
				firstSlot.set(this.jdbc.sql("select counter_slot()").query(Integer.class).single());
				placed.countDown();
				try {
					// held open, with the first request's counters written, until the second is placed
					done.await(30, TimeUnit.SECONDS);
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
				}
				return id;
			}));
			while (!placed.await(100, TimeUnit.MILLISECONDS)) {
				if (a.isDone()) {
					a.get(); // the first failed: its reason
				}
			}
			Long second = null;
			// a transaction whose id picks the first one's slot (one in eight) is tried again with the next id
			for (int attempt = 0; attempt < 3 && second == null; attempt++) {
				second = this.tx.execute(status -> {
					if (this.jdbc.sql("select counter_slot()").query(Integer.class).single() == firstSlot.get()) {
						status.setRollbackOnly();
						return null;
					}
					this.jdbc.sql("set local lock_timeout = '5s'").update();
					return this.recording.record(this.system,
							form(category, community, "同时受理的诉求二"));
				});
			}
			assertThat(second).as("placed while the first was not yet committed").isNotNull();
			done.countDown();
			assertThat(a.get(30, TimeUnit.SECONDS)).isNotNull();
		}
		finally {
			done.countDown();
			first.shutdownNow();
		}
		for (FigureSource source : this.rollups.sources()) {
			assertThat(this.rollups.mismatches(source)).as(source.kind()).isZero();
		}
	}

	@Test
	void everyStoredAndEveryReadFigureEqualsADirectCountAfterARandomHistory() {
		long seed = System.nanoTime();
		Random random = new Random(seed);
		String tag = "seed " + seed;
		Region district = this.regions.findByCode("650203").orElseThrow();
		List<Region> streets = new ArrayList<>();
		List<Region> communities = new ArrayList<>();
		List<Region> compounds = new ArrayList<>();
		String prefix = "RX" + Long.toString(seed % 100000);
		for (int s = 0; s < 2; s++) {
			Region street = this.regions.create(this.system, district.id(), prefix + "S" + s, "随机街道" + s);
			streets.add(street);
			for (int c = 0; c < 2; c++) {
				Region community = this.regions.create(this.system, street.id(), prefix + "S" + s + "C" + c, "随机社区" + s + c);
				communities.add(community);
				compounds.add(this.regions.create(this.system, community.id(), prefix + "S" + s + "C" + c + "Y", "随机小区" + s + c));
			}
		}
		List<Long> residents = new ArrayList<>();
		for (Region compound : compounds) {
			PersonForm p = new PersonForm();
			p.setRegionId(compound.id());
			p.setName("随机居民" + compound.code());
			residents.add(this.people.create(this.system, p));
		}
		List<Long> requestCategories = this.queries.categories(Locale.CHINESE).stream().map(c -> c.id()).toList();
		List<Long> wishCategories = this.wishQueries.categories(Locale.CHINESE).stream().map(c -> c.id()).toList();
		List<Long> placedRequests = new ArrayList<>();
		List<Long> placedWishes = new ArrayList<>();
		LocalDate firstDay = LocalDate.now(this.clock);
		int refusals = 0;

		for (int step = 0; step < 220; step++) {
			int op = random.nextInt(10);
			try {
				if (op <= 2 || placedRequests.isEmpty()) {
					int i = random.nextInt(compounds.size());
					Region where = random.nextBoolean() ? compounds.get(i) : communities.get(i);
					RequestForm f = RequestForm.of(pick(random, requestCategories), "随机诉求 " + step, where.id(),
							RequestTerms.Channel.values()[3 + random.nextInt(6)]);
					f.setReporterPersonId(residents.get(i));
					placedRequests.add(this.recording.record(this.system, f));
				}
				else if (op <= 6) {
					act(random, pick(random, placedRequests), residents, compounds);
				}
				else if (op == 7) {
					int i = random.nextInt(compounds.size());
					long wish = this.wishes.collect(this.system, WishForm.of(residents.get(i), pick(random, wishCategories),
							"随机心愿 " + step, WishTerms.Channel.values()[random.nextInt(5)]));
					placedWishes.add(wish);
				}
				else if (op == 8 && !placedWishes.isEmpty()) {
					wishAct(random, pick(random, placedWishes));
				}
				else if (random.nextInt(4) == 0) {
					// a community moves to the other street, with every record below it
					Region community = this.regions.find(pick(random, communities).id()).orElseThrow();
					Region target = streets.stream().filter(s -> !community.path().startsWith(s.path())).findFirst().orElseThrow();
					this.regions.move(this.system, community.id(), target.id(), "随机调整");
				}
				else {
					this.clock.advance(Duration.ofHours(1 + random.nextInt(60)));
					this.sweep.sweep();
					this.wishSweep.sweep();
				}
			}
			catch (Rejected ex) {
				// an act the record's state does not allow: refused, and nothing changed
				refusals++;
			}
		}

		assertThat(refusals).as(tag + ": most acts went through").isLessThan(110);
		assertThat(this.unitRollup.mismatches()).as(tag + " units' rollup").isZero();
		for (FigureSource source : this.rollups.sources()) {
			assertThat(this.rollups.mismatches(source)).as(tag + " " + source.kind() + " in slots").isZero();
		}
		assertThat(slotted("request_rollup")).as("acts add to slots 1-8").isPositive();
		assertThat(slotted("region_record_count")).as("acts add to slots 1-8").isPositive();
		// the slots fold into slot 0, and no figure changes
		this.rollups.fold();
		this.regionCounts.fold();
		assertThat(slotted("request_rollup")).isZero();
		assertThat(slotted("region_record_count")).isZero();
		for (FigureSource source : this.rollups.sources()) {
			assertThat(this.rollups.mismatches(source)).as(tag + " " + source.kind()).isZero();
			// and a rebuild from the records (as after a bulk load) makes the same rows, with the rollup's key and orders
			this.rollups.rebuild(source);
			assertThat(this.rollups.mismatches(source)).as(tag + " rebuilt " + source.kind()).isZero();
			assertThat(this.jdbc.sql("select indexname from pg_indexes where tablename = ?").param(source.kind() + "_rollup")
				.query(String.class).list()).as(tag + " rebuilt " + source.kind())
				.containsExactlyInAnyOrder(source.kind() + "_rollup_pkey", source.kind() + "_rollup_by_channel",
						source.kind() + "_rollup_children");
		}
		// the per-node, per-status counters of both capabilities, kept by the triggers, equal a direct count
		for (String table : List.of("wish", "request")) {
			assertThat(this.jdbc.sql("""
					select coalesce(c.kind, d.kind) || ' ' || coalesce(c.region_path, d.region_path) from
					  (select kind, region_path, sum(n) as n from region_record_count where kind = :t or kind like :t || ':%%'
					   group by kind, region_path) c
					  full join (select :t as kind, region_path, count(*) as n from %1$s group by region_path
					             union all
					             select :t || ':' || status, region_path, count(*) from %1$s group by status, region_path) d
					  on c.kind = d.kind and c.region_path = d.region_path
					where coalesce(c.n, 0) <> coalesce(d.n, 0)""".formatted(table))
				.param("t", table).query(String.class).list()).as(tag + " " + table + " counters").isEmpty();
		}
		LocalDate lastDay = LocalDate.now(this.clock);
		List<Region> nodes = new ArrayList<>(List.of(this.regions.findByCode("650200").orElseThrow(), district));
		for (Region r : streets) {
			nodes.add(this.regions.find(r.id()).orElseThrow());
		}
		for (Region r : communities) {
			nodes.add(this.regions.find(r.id()).orElseThrow());
		}
		for (Region r : compounds) {
			nodes.add(this.regions.find(r.id()).orElseThrow());
		}
		for (int i = 0; i < 60; i++) {
			Region node = pick(random, nodes);
			LocalDate from = firstDay.minusDays(random.nextInt(40)).plusDays(random.nextInt(20));
			LocalDate to = from.plusDays(random.nextInt(1 + (int) (lastDay.toEpochDay() - from.toEpochDay() + 30)));
			FigureSource source = pick(random, this.rollups.sources());
			Long category = random.nextInt(3) == 0 ? pick(random, source.kind().equals("wish") ? wishCategories : requestCategories) : null;
			// HOME_VISIT is a channel of both capabilities; with a category too, the figure is counted directly
			String channel = random.nextInt(3) == 0 ? "HOME_VISIT" : null;
			Selection sel = new Selection(node.id(), node.path(), from, to, category, channel);
			Map<String, Long> read = this.rollups.totals(source, sel);
			assertThat(read).as(tag + " " + source.kind() + " " + node.name() + " " + from + ".." + to).isEqualTo(direct(source, sel));
			Map<String, Map<String, Long>> children = this.rollups.aggregate(source, sel, Breakdown.CHILD);
			for (var e : children.entrySet()) {
				Region child = this.regions.findByPath(e.getKey()).orElseThrow();
				assertThat(e.getValue()).as(tag + " child " + child.name()).isEqualTo(direct(source, sel.at(child.id(), child.path())));
			}
			Map<String, Map<String, Long>> byCategory = this.rollups.aggregate(source, sel, Breakdown.CATEGORY);
			for (var e : byCategory.entrySet()) {
				Selection one = new Selection(sel.regionId(), sel.regionPath(), sel.from(), sel.to(), Long.valueOf(e.getKey()), sel.channel());
				assertThat(e.getValue()).as(tag + " category " + e.getKey()).isEqualTo(direct(source, one));
			}
			Map<String, Map<String, Long>> months = this.rollups.aggregate(source, sel, Breakdown.MONTH);
			String first = source.figures().get(0).key();
			assertThat(months.values().stream().mapToLong(m -> m.get(first)).sum()).as(tag + " months").isEqualTo(read.get(first));
		}
	}

	Map<String, Long> direct(FigureSource s, Selection sel) {
		Map<String, Long> values = new LinkedHashMap<>();
		for (FigureSource.Counted f : s.figures()) {
			values.put(f.key(), this.jdbc.sql("select coalesce(sum(case when (" + f.condition() + ") then (" + f.measure()
					+ ") else 0 end), 0) from " + s.table() + " " + s.alias() + " where in_subtree(" + s.alias()
					+ ".region_path, ?) and (" + s.alias() + ".created_at at time zone 'Asia/Shanghai')::date between ? and ?"
					+ (sel.categoryId() != null ? " and " + s.alias() + ".category_id = " + sel.categoryId() : "")
					+ (sel.channel() != null ? " and " + s.alias() + ".channel = '" + sel.channel() + "'" : ""))
				.params(sel.regionPath(), sel.from(), sel.to())
				.query(Long.class)
				.single());
		}
		return values;
	}

	void act(Random random, long id, List<Long> residents, List<Region> compounds) {
		Request r = this.queries.get(this.system, id, Locale.CHINESE);
		Actor reporter = new Actor(-1, "r", "r", Role.RESIDENT, "/", null, r.reporterPersonId());
		switch (r.status()) {
			case SUBMITTED -> {
				int roll = random.nextInt(6);
				if (roll == 0) {
					this.requests.decline(this.system, id, "随机不予受理");
				}
				else if (roll == 1) {
					this.requests.linkDuplicate(this.system, id, id - 1);
				}
				else {
					this.requests.accept(this.system, id, null);
				}
			}
			case ACCEPTED -> {
				if (random.nextInt(3) == 0) {
					this.requests.escalate(this.system, id, "随机上报");
				}
				else {
					this.requests.dispatch(this.system, id, null, null, pick(random, residents), null);
				}
			}
			case ESCALATED -> this.requests.summon(this.system, id, List.of(
					id("organisation", "name", "克拉玛依区城市管理局"), id("organisation", "name", "克拉玛依区住房和城乡建设局")), 1, null);
			case DISPATCHED -> {
				for (Request.Part p : this.queries.parts(this.system, id)) {
					switch (p.status()) {
						case SUMMONED -> this.work.report(this.system, id, p.id(), null);
						case WAITING -> this.work.claim(this.system, id, p.id(), null);
						case CLAIMED -> this.work.finishPart(this.system, id, p.id(), "随机办结");
						default -> {
						}
					}
				}
			}
			case RESOLVED -> {
				boolean resolved = random.nextInt(4) != 0;
				var satisfaction = Satisfaction.values()[random.nextInt(3)];
				this.work.evaluate(reporter, id, resolved, satisfaction, "随机评价", Map.of());
			}
			default -> {
			}
		}
	}

	void wishAct(Random random, long id) {
		var w = this.wishQueries.get(this.system, id, null);
		switch (w.status()) {
			case OPEN -> this.wishes.assign(this.system, id, id("team", "name", "永安社区“红细胞”党员服务队"), null);
			case CLAIMED -> this.wishes.recordContact(this.system, id, LocalDate.now(this.clock).plusDays(random.nextInt(3)), null);
			case IN_PROGRESS -> this.wishes.complete(this.system, id, null);
			case COMPLETED -> this.wishes.evaluate(this.system, id,
					Satisfaction.values()[random.nextInt(Satisfaction.values().length)], "随机");
			default -> {
			}
		}
	}

	static <T> T pick(Random random, List<T> list) {
		return list.get(random.nextInt(list.size()));
	}

}
