package cn.siwei.wish;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.core.userdetails.UserDetailsService;

import cn.siwei.access.Actor;
import cn.siwei.access.ActorPrincipal;
import cn.siwei.people.CareTag;
import cn.siwei.people.People;
import cn.siwei.people.PersonForm;
import cn.siwei.platform.NotFound;
import cn.siwei.platform.Rejected;
import cn.siwei.platform.Satisfaction;
import cn.siwei.region.Regions;
import cn.siwei.support.SiweiIT;
import cn.siwei.wish.WishTerms.EventKind;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The wish loop through its real transitions: collect, claim, the contact deadline, follow-up, completion,
 * evaluation; one claimant under concurrency; a deadline flagged once.
 */
class WishFlowIT extends SiweiIT {

	@Autowired
	Wishes wishes;

	@Autowired
	WishQueries wishQueries;

	@Autowired
	WishSweep wishSweep;

	@Autowired
	UserDetailsService users;

	Actor actor(String username) {
		return ((ActorPrincipal) this.users.loadUserByUsername(username)).actor();
	}

	long category(String code) {
		return this.wishQueries.categories(Locale.SIMPLIFIED_CHINESE).stream().filter(c -> c.code().equals(code)).findFirst()
			.orElseThrow().id();
	}

	long newWish(String description) {
		long wang = id("person", "name", "王秀兰");
		return this.wishes.collect(actor("worker"), WishForm.of(wang, category("REPAIR"), description, WishTerms.Channel.PHONE));
	}

	List<EventKind> kinds(long id) {
		return this.wishQueries.timeline(actor("worker"), id).stream().map(TimelineEntry::kind).toList();
	}

	@Test
	void aWishGoesRoundTheWholeLoopAndKeepsItsTimeline() {
		long id = newWish("修理收音机");
		Actor volunteer = actor("volunteer");
		Actor worker = actor("worker");
		assertThat(this.wishQueries.get(worker, id, null).priority()).as("王秀兰 lives alone: her wish comes first").isTrue();

		this.wishes.claim(volunteer, id, null);
		Wish claimed = this.wishQueries.get(worker, id, null);
		assertThat(claimed.status()).isEqualTo(WishStatus.CLAIMED);
		assertThat(claimed.contactDueAt()).isEqualTo(this.clock.instant().plus(Duration.ofDays(7)));

		this.clock.advance(Duration.ofDays(7).plusMinutes(1));
		// The scheduler sweeps too (every second in tests): whichever sweep comes first flags it, once.
		this.wishSweep.sweep();
		assertThat(this.wishQueries.get(worker, id, null).contactOverdue()).isTrue();
		assertThat(this.wishSweep.sweep()).as("a second sweep flags nothing again").isZero();
		assertThat(kinds(id)).containsOnlyOnce(EventKind.CONTACT_OVERDUE);
		// told by the notices' listener, after the sweep committed
		Awaitility.await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(this.jdbc
			.sql("select count(*) from notification where message_key = 'notice.wish.contactOverdue' and person_id = ?")
			.param(volunteer.personId())
			.query(Long.class)
			.single()).isGreaterThanOrEqualTo(1));

		this.wishes.note(worker, id, EventKind.REMINDED, "请尽快联系");
		LocalDate committed = LocalDate.now(this.clock).plusDays(3);
		this.wishes.recordContact(volunteer, id, committed, "已上门看过");
		assertThat(this.wishQueries.get(worker, id, null).contactOverdue()).isFalse();
		this.wishes.complete(volunteer, id, "修好了");
		this.wishes.evaluate(worker, id, Satisfaction.DISSATISFIED, "声音还是不清楚");
		assertThat(this.wishQueries.get(worker, id, null).status()).isEqualTo(WishStatus.IN_PROGRESS);
		this.wishes.complete(volunteer, id, "换了喇叭");
		this.wishes.note(worker, id, EventKind.PRAISED, "服务周到");
		this.wishes.evaluate(worker, id, Satisfaction.SATISFIED, null);

		Wish done = this.wishQueries.get(worker, id, null);
		assertThat(done.status()).isEqualTo(WishStatus.CLOSED);
		assertThat(done.praised()).isTrue();
		assertThat(kinds(id)).containsExactly(EventKind.COLLECTED, EventKind.CLAIMED, EventKind.CONTACT_OVERDUE,
				EventKind.REMINDED, EventKind.CONTACTED, EventKind.COMPLETED, EventKind.EVALUATED, EventKind.REOPENED,
				EventKind.COMPLETED, EventKind.PRAISED, EventKind.EVALUATED);
		assertThat(this.wishQueries.timeline(worker, id).get(6).byWorker()).as("recorded by a worker on a visit").isTrue();
	}

	@Test
	void aMissedCommittedDateIsFlaggedOnce() {
		long id = newWish("修理门锁");
		this.wishes.claim(actor("volunteer"), id, null);
		this.wishes.recordContact(actor("volunteer"), id, LocalDate.now(this.clock).plusDays(2), null);
		this.clock.advance(Duration.ofDays(3));
		this.wishSweep.sweep();
		assertThat(this.wishQueries.get(actor("worker"), id, null).completionOverdue()).isTrue();
		assertThat(kinds(id)).containsOnlyOnce(EventKind.COMPLETION_OVERDUE);
		this.wishSweep.sweep();
		assertThat(kinds(id)).containsOnlyOnce(EventKind.COMPLETION_OVERDUE);
		assertThat(this.jdbc.sql("select count(*) from notification where person_id = 0").query(Long.class).single())
			.as("no notice to a person who does not exist (a team claimed the demo wish)").isZero();
	}

	@Test
	void whenManyClaimAtOnceExactlyOneWinsAndTheOthersAreToldWhy() throws Exception {
		long id = newWish("修理洗衣机");
		Actor volunteer = actor("volunteer");
		int claimants = 8;
		ExecutorService pool = Executors.newFixedThreadPool(claimants);
		CountDownLatch start = new CountDownLatch(1);
		List<Future<String>> results = new ArrayList<>();
		for (int i = 0; i < claimants; i++) {
			Callable<String> claim = () -> {
				start.await();
				try {
					this.wishes.claim(volunteer, id, null);
					return "won";
				}
				catch (Rejected ex) {
					return ex.messageKey();
				}
			};
			results.add(pool.submit(claim));
		}
		start.countDown();
		List<String> outcomes = new ArrayList<>();
		for (Future<String> f : results) {
			outcomes.add(f.get());
		}
		pool.shutdown();
		assertThat(outcomes).containsOnlyOnce("won");
		assertThat(outcomes.stream().filter(o -> o.equals("wish.rejected.alreadyClaimed"))).hasSize(claimants - 1);
		assertThat(kinds(id)).containsOnlyOnce(EventKind.CLAIMED);
	}

	@Autowired
	WishRepository repository;

	@Autowired
	ApplicationEventPublisher publisher;

	@Autowired
	People people;

	@Autowired
	Regions regions;

	/**
	 * The deadlines live in the database and the sweep keeps nothing in memory: a service built afresh, as after a
	 * restart, flags what passed while the platform was down, once, and the old one finds nothing left to flag.
	 */
	@Test
	void aDeadlineThatPassedWhileThePlatformWasDownIsFlaggedOnceAfterTheRestart() {
		long id = newWish("重启前认领");
		this.wishes.claim(actor("volunteer"), id, null);
		this.clock.advance(Duration.ofDays(10));
		WishSweep afterRestart = new WishSweep(this.repository, this.publisher, this.clock);
		afterRestart.sweep();
		assertThat(this.wishQueries.get(actor("worker"), id, null).contactOverdue()).isTrue();
		assertThat(this.wishSweep.sweep()).isZero();
		assertThat(kinds(id)).containsOnlyOnce(EventKind.CONTACT_OVERDUE);
	}

	@Test
	void concurrentSweepsFlagEachMissedDeadlineOnce() throws Exception {
		List<Long> ids = new ArrayList<>();
		for (int i = 0; i < 5; i++) {
			long id = newWish("并发扫描 " + i);
			this.wishes.claim(actor("volunteer"), id, null);
			ids.add(id);
		}
		this.clock.advance(Duration.ofDays(8));
		ExecutorService pool = Executors.newFixedThreadPool(3);
		List<Future<Integer>> sweeps = new ArrayList<>();
		for (int i = 0; i < 3; i++) {
			sweeps.add(pool.submit(() -> this.wishSweep.sweep()));
		}
		for (Future<Integer> f : sweeps) {
			f.get();
		}
		pool.shutdown();
		for (long id : ids) {
			assertThat(kinds(id)).containsOnlyOnce(EventKind.CONTACT_OVERDUE);
		}
	}

	@Test
	void aResidentMakesAWishAndOnlyTheyAndTheStaffSeeIt() {
		Actor resident = actor("resident");
		WishForm form = new WishForm();
		form.setDescription("想学用智能手机挂号");
		form.setCategoryId(category("HEALTH"));
		long id = this.wishes.submitOwn(resident, form);
		Wish wish = this.wishQueries.get(resident, id, null);
		assertThat(wish.channel()).isEqualTo(WishTerms.Channel.ONLINE);
		assertThat(this.wishQueries.get(actor("worker"), id, null).beneficiaryName()).isEqualTo("阿力木·吐尔逊");
		assertThatThrownBy(() -> this.wishQueries.get(actor("worker9"), id, null)).isInstanceOf(NotFound.class);
		assertThat(kinds(id)).containsExactly(EventKind.SUBMITTED);
	}

	@Test
	void theLedgerFiltersByCareTagAndByClaimingTeam() {
		Actor worker = actor("worker");
		var elderly = this.wishQueries.ledger(worker, null, WishFilter.none().with(CareTag.ELDERLY_ALONE, null),
				Locale.SIMPLIFIED_CHINESE, 0, 200);
		assertThat(elderly.items()).isNotEmpty().allMatch(w -> w.beneficiaryName().equals("王秀兰"));
		var disabled = this.wishQueries.ledger(worker, null, WishFilter.none().with(CareTag.DISABLED, null),
				Locale.SIMPLIFIED_CHINESE, 0, 200);
		assertThat(disabled.items()).extracting(Wish::beneficiaryName).contains("李建国").doesNotContain("王秀兰");
		long redCells = id("team", "name", "永安社区“红细胞”党员服务队");
		var byTeam = this.wishQueries.ledger(worker, null, WishFilter.none().with(null, redCells), Locale.SIMPLIFIED_CHINESE, 0, 200);
		assertThat(byTeam.items()).isNotEmpty().allMatch(w -> redCells == w.claimantTeamId());
		assertThat(byTeam.total()).isEqualTo(byTeam.items().size());
	}

	@Test
	void aVolunteerSeesAndClaimsWishesInTheServiceAreasOfTheirTeams() {
		// 赵红梅's volunteer team serves the whole of 昆仑路街道, beyond her own community.
		var street = this.regions.findByCode("650203001").orElseThrow();
		var other = this.regions.create(Actor.SYSTEM, street.id(), "SERVICE-AREA-C", "服务范围内的另一个社区");
		PersonForm form = new PersonForm();
		form.setRegionId(other.id());
		form.setName("服务范围居民");
		long person = this.people.create(Actor.SYSTEM, form);
		long category = category("ERRANDS");
		long inArea = this.wishes.collect(Actor.SYSTEM, WishForm.of(person, category, "帮忙取药", WishTerms.Channel.PHONE));
		long zhang = id("person", "name", "张桂芳");
		long outside = this.wishes.collect(Actor.SYSTEM, WishForm.of(zhang, category, "第九社区的心愿", WishTerms.Channel.PHONE));

		Actor volunteer = actor("volunteer");
		var open = this.wishQueries.ledger(volunteer, null, new WishFilter(WishStatus.OPEN, null, null, null, false, false, null,
				null, null, null, null), Locale.SIMPLIFIED_CHINESE, 0, 200);
		assertThat(open.items()).extracting(Wish::id).contains(inArea).doesNotContain(outside);
		assertThat(open.total()).isEqualTo(open.items().size());
		this.wishes.claim(volunteer, inArea, null);
		assertThat(this.wishQueries.get(actor("street"), inArea, null).status()).isEqualTo(WishStatus.CLAIMED);
		assertThatThrownBy(() -> this.wishQueries.get(volunteer, outside, null)).isInstanceOf(NotFound.class);
	}

	@Test
	void theLedgerReadsInEveryOrderWithoutLosingOrRepeatingAWish() {
		Actor worker = actor("worker");
		var byPriority = this.wishQueries.ledger(worker, null, WishFilter.none(), WishSort.PRIORITY, Locale.SIMPLIFIED_CHINESE, 0, 500);
		for (WishSort sort : WishSort.values()) {
			var page = this.wishQueries.ledger(worker, null, WishFilter.none(), sort, Locale.SIMPLIFIED_CHINESE, 0, 500);
			assertThat(page.items()).extracting(Wish::id).containsExactlyInAnyOrderElementsOf(
					byPriority.items().stream().map(Wish::id).toList());
		}
		var oldest = this.wishQueries.ledger(worker, null, WishFilter.none(), WishSort.OLDEST, Locale.SIMPLIFIED_CHINESE, 0, 500).items();
		for (int i = 1; i < oldest.size(); i++) {
			assertThat(oldest.get(i).createdAt()).isAfterOrEqualTo(oldest.get(i - 1).createdAt());
		}
	}

	@Test
	void anEmptyWishIsRefusedWithEveryReason() {
		WishForm form = new WishForm();
		form.setDescription(" ");
		form.setDueDate(LocalDate.now(this.clock).minusDays(1));
		assertThatThrownBy(() -> this.wishes.collect(actor("worker"), form)).isInstanceOfSatisfying(Rejected.class,
				r -> assertThat(r.violations()).extracting(Rejected.Violation::field)
					.contains("description", "categoryId", "dueDate", "beneficiaryId"));
	}

	@Test
	void onlyTheClaimantOrStaffCarryAWishOn() {
		long id = newWish("修理椅子");
		this.wishes.assign(actor("worker"), id, null, id("person", "name", "马丽"));
		// Need to know: a volunteer does not even see a wish that someone else took on.
		assertThatThrownBy(() -> this.wishes.recordContact(actor("volunteer"), id, LocalDate.now(this.clock), null))
			.isInstanceOf(NotFound.class);
		assertThatThrownBy(() -> this.wishes.complete(actor("worker"), id, null))
			.isInstanceOfSatisfying(Rejected.class, r -> assertThat(r.messageKey()).isEqualTo("wish.rejected.wrongState"));
	}

}
