package cn.siwei.employment;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.support.TransactionTemplate;

import cn.siwei.access.AccessDenied;
import cn.siwei.access.Actor;
import cn.siwei.access.ActorPrincipal;
import cn.siwei.employment.ApplicationLoop.Act;
import cn.siwei.employment.EmploymentFigure.Kind;
import cn.siwei.employment.EmploymentTerms.Care;
import cn.siwei.employment.EmploymentTerms.Check;
import cn.siwei.employment.EmploymentTerms.Consent;
import cn.siwei.employment.EmploymentTerms.FairKind;
import cn.siwei.employment.EmploymentTerms.Hours;
import cn.siwei.employment.EmploymentTerms.Refusal;
import cn.siwei.employment.EmploymentTerms.Status;
import cn.siwei.figures.Dashboards;
import cn.siwei.figures.Rollups;
import cn.siwei.people.People;
import cn.siwei.people.PersonForm;
import cn.siwei.platform.NotFound;
import cn.siwei.platform.Rejected;
import cn.siwei.region.Region;
import cn.siwei.region.Regions;
import cn.siwei.support.SiweiIT;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * A community's job fair from booths to a placement re-checked at 30 days, its figures opening onto exactly those
 * records; consent before anything reaches an employer; an employer's own account on its own vacancy only; the
 * sweep closing what was left untouched; a held fair recorded once in the activities ledger.
 */
class EmploymentIT extends SiweiIT {

	@Autowired
	Vacancies vacancies;

	@Autowired
	Seekers seekers;

	@Autowired
	Applications applications;

	@Autowired
	Placements placements;

	@Autowired
	Fairs fairs;

	@Autowired
	EmploymentQueries queries;

	@Autowired
	Trainings trainings;

	@Autowired
	People people;

	@Autowired
	Regions regions;

	@Autowired
	Dashboards dashboards;

	@Autowired
	Rollups rollups;

	@Autowired
	UserDetailsService users;

	@Autowired
	ApplicationEventPublisher publisher;

	@Autowired
	TransactionTemplate tx;

	Actor actor(String username) {
		return ((ActorPrincipal) this.users.loadUserByUsername(username)).actor();
	}

	static String key(Throwable t) {
		return ((Rejected) t).messageKey();
	}

	long seeker(Region place, String name, Consent consent) {
		PersonForm f = new PersonForm();
		f.setRegionId(place.id());
		f.setName(name);
		long person = this.people.create(Actor.SYSTEM, f);
		return this.seekers.register(actor("street"), new SeekerForm(person, List.of("保洁、收纳"), List.of("4-09"),
				Hours.FULL_TIME, Set.of(Care.ZERO_EMPLOYMENT_FAMILY), null, consent));
	}

	@Test
	void aCommunityFairGoesFromBoothsToAPlacementCheckedAt30DaysAndItsFiguresOpenOntoThoseRecords() {
		Actor street = actor("street");
		Region kunlun = this.regions.findByCode("650203001").orElseThrow();
		Region place = this.regions.create(Actor.SYSTEM, kunlun.id(), "T-JOBS-C", "就业测试社区");
		long employer = this.jdbc.sql("select id from organisation where name = '克拉玛依鑫源家政服务有限公司'")
			.query(Long.class).single();
		long vacancy = this.vacancies.open(street, new VacancyForm(employer, place.id(), "4-09", "测试保洁员", 3000, 3800,
				Hours.FULL_TIME, List.of("保洁"), 2, null));
		long ann = seeker(place, "测试求职甲", Consent.PAPER);
		long bob = seeker(place, "测试求职乙", Consent.NONE);

		// matching with reasons, only those who consented
		assertThat(this.queries.candidates(street, vacancy, 50)).extracting(Matching.Match::id).contains(ann)
			.doesNotContain(bob);

		LocalDateTime now = LocalDateTime.now(this.clock).truncatedTo(ChronoUnit.MINUTES);
		long fair = this.fairs.plan(street, new FairForm(place.id(), "测试社区招聘会", FairKind.OFFLINE, "测试活动室",
				now.minusMinutes(30), now.plusHours(2)));
		assertThatThrownBy(() -> this.fairs.offer(street, fair, vacancy)).as("no booth yet")
			.satisfies(t -> assertThat(key(t)).isEqualTo("employment.rejected.noBooth"));
		long booth = this.fairs.booth(street, fair, employer);
		assertThat(this.fairs.booth(street, fair, employer)).as("the same booth").isEqualTo(booth);
		this.fairs.offer(street, fair, vacancy);
		assertThatThrownBy(() -> this.fairs.register(street, fair, bob)).as("no consent, not at the booths")
			.satisfies(t -> assertThat(key(t)).isEqualTo("employment.rejected.noConsent"));
		long registration = this.fairs.register(street, fair, ann);
		assertThat(this.fairs.register(street, fair, ann)).isEqualTo(registration);
		String token = this.jdbc.sql("select token from job_fair_registration where id = ?").param(registration)
			.query(String.class).single();
		assertThatThrownBy(() -> this.fairs.queue(street, fair, booth, registration)).as("not checked in")
			.satisfies(t -> assertThat(key(t)).isEqualTo("employment.rejected.notCheckedIn"));
		assertThatThrownBy(() -> this.fairs.checkIn(street, fair, "WRONG123"))
			.satisfies(t -> assertThat(key(t)).isEqualTo("employment.rejected.token"));
		assertThatThrownBy(() -> this.fairs.checkIn(actor("worker9"), fair, token)).isInstanceOf(NotFound.class);
		this.fairs.checkIn(street, fair, " " + token.toLowerCase() + " ");
		this.fairs.checkIn(street, fair, token);
		long queued = this.fairs.queue(street, fair, booth, registration);
		assertThat(this.fairs.callNext(street, booth)).isEqualTo(queued);
		assertThat(this.fairs.callNext(street, booth)).as("nobody else waiting").isNull();
		Long application = this.fairs.seen(street, queued, vacancy);
		assertThat(this.applications.get(street, application).status()).isEqualTo(Status.OFFERED);
		assertThat(this.applications.get(street, application).sender()).isEqualTo(EmploymentTerms.Sender.FAIR);
		Fair f = this.fairs.get(street, fair);
		assertThat(List.of(f.registered(), f.checkedIn(), f.intents())).containsExactly(1, 1, 1);

		// hired: a placement; the 30-day check only on its day, once
		long placement = this.applications.hire(street, application, null);
		assertThat(this.seekers.get(street, ann).status()).isEqualTo(EmploymentTerms.SeekerStatus.PLACED);
		assertThat(this.vacancies.get(street, vacancy).filled()).isEqualTo(1);
		assertThatThrownBy(() -> this.placements.check(street, placement, 30, Check.IN_WORK))
			.satisfies(t -> assertThat(key(t)).isEqualTo("employment.rejected.checkNotDue"));
		assertThatThrownBy(() -> this.fairs.close(street, fair)).as("not ended")
			.satisfies(t -> assertThat(key(t)).isEqualTo("employment.rejected.notEnded"));
		LocalDate today = LocalDate.now(this.clock);
		this.clock.advance(Duration.ofDays(31));
		try {
			this.placements.check(street, placement, 30, Check.IN_WORK);
			assertThatThrownBy(() -> this.placements.check(street, placement, 30, Check.LEFT))
				.satisfies(t -> assertThat(key(t)).isEqualTo("employment.rejected.checkedAlready"));
			this.fairs.close(street, fair);
		}
		finally {
			this.clock.advance(Duration.ofDays(-31));
		}

		// the figures of the community for the fair's day, each opening onto exactly the records it counts
		for (Kind kind : Kind.values()) {
			Map<String, Long> totals = this.dashboards.totals(street, kind.table(), place.id(), today, today);
			for (EmploymentFigure figure : kind.figures()) {
				if (figure.measure().equals("1")) {
					assertThat(this.queries.list(street, kind, new EmploymentQueries.Filter(place.path(), figure, null, null,
							null, today, today, null), 0, 100).total()).as(figure.name()).isEqualTo(totals.get(figure.name()));
				}
			}
		}
		Map<String, Long> placed = this.dashboards.totals(street, "job_placement", place.id(), today, today);
		assertThat(placed).containsEntry("PLACEMENTS", 1L).containsEntry("CHECKED_30", 1L).containsEntry("IN_WORK_30", 1L);
		assertThat(this.dashboards.totals(street, "job_fair", place.id(), today, today)).containsEntry("FAIRS_HELD", 1L)
			.containsEntry("FAIR_CHECKED_IN", 1L).containsEntry("FAIR_INTENTS", 1L);
		assertThat(this.dashboards.totals(street, "job_seeker", place.id(), today, today)).containsEntry("SEEKERS", 2L)
			.containsEntry("SEEKERS_CONSENTED", 1L).containsEntry("SEEKERS_ASSISTED", 2L).containsEntry("SEEKERS_PLACED", 1L);
		for (var s : this.rollups.sources()) {
			assertThat(this.rollups.mismatches(s)).as(s.kind()).isZero();
		}

		// the held fair is in the activities ledger, once
		await().atMost(Duration.ofSeconds(10)).until(() -> this.jdbc
			.sql("select count(*) from activity where source = 'job_fair' and source_id = ?").param(fair)
			.query(Long.class).single() == 1);
		this.tx.executeWithoutResult(s -> this.publisher.publishEvent(new EmploymentEvents.FairHeld(fair, place.path(),
				"测试社区招聘会", "OFFLINE", "测试活动室", f.startsAt(), f.endsAt(), 1)));
		await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(5)).until(() -> this.jdbc
			.sql("select count(*) from activity where source = 'job_fair' and source_id = ?").param(fair)
			.query(Long.class).single() == 1);
		assertThat(this.jdbc.sql("select participants from activity where source = 'job_fair' and source_id = ?")
			.param(fair).query(Integer.class).single()).isEqualTo(1);
	}

	@Test
	void anEmployerActsOnItsOwnVacanciesAndSeesASeekerOnlyAfterConsentAndAnApplication() throws Exception {
		Actor street = actor("street");
		Actor shop = actor("shop");
		Region yongan = this.regions.findByCode("650203001001").orElseThrow();
		long own = this.vacancies.open(shop, new VacancyForm(null, null, "4-01", "测试理货员", 2600, 3200,
				Hours.PART_TIME, List.of("理货"), 1, null));
		assertThat(this.vacancies.get(shop, own).employerName()).isEqualTo("永安便民超市");
		String page = this.mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/jobs/employer")
			.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
				.user(this.users.loadUserByUsername("shop"))))
			.andReturn().getResponse().getContentAsString();
		assertThat(page).contains("测试理货员", "永安社区“春风行动”招聘会").doesNotContain("设备维修电工");
		long other = this.jdbc.sql("select min(id) from job_vacancy where employer_id <> ? and status = 'OPEN'")
			.param(shop.organisationId()).query(Long.class).single();
		assertThatThrownBy(() -> this.vacancies.close(shop, other, "x")).isInstanceOf(NotFound.class);
		long ann = seeker(yongan, "测试求职丙", Consent.PAPER);
		long bob = seeker(yongan, "测试求职丁", Consent.NONE);
		assertThatThrownBy(() -> this.seekers.get(shop, ann)).as("no application to the shop yet")
			.isInstanceOf(NotFound.class);
		assertThatThrownBy(() -> this.applications.apply(shop, own, bob, null)).as("no consent: not even named")
			.isInstanceOf(NotFound.class);
		long application = this.applications.apply(shop, own, ann, null);
		assertThat(this.applications.get(shop, application).sender()).isEqualTo(EmploymentTerms.Sender.EMPLOYER);
		assertThat(this.seekers.get(shop, ann).care()).as("assistance tags are staff's alone").isEmpty();
		assertThat(this.seekers.get(street, ann).care()).containsExactly(Care.ZERO_EMPLOYMENT_FAMILY);
		assertThatThrownBy(() -> this.applications.refuse(shop, application, null, null))
			.satisfies(t -> assertThat(((Rejected) t).violations()).extracting(Rejected.Violation::messageKey)
				.contains("employment.rejected.reason"));
		this.applications.refuse(shop, application, Refusal.HOURS, "只招晚班");
		assertThatThrownBy(() -> this.applications.advance(shop, application, Act.OFFER, null))
			.satisfies(t -> assertThat(key(t)).isEqualTo("employment.rejected.wrongState"));
		this.applications.reopen(shop, application, "晚班改为白班");
		assertThat(this.applications.get(street, application).status()).isEqualTo(Status.APPLIED);
		assertThat(this.queries.applicationsOf(shop, ann)).extracting(Application::id).containsExactly(application);
		assertThatThrownBy(() -> this.applications.get(actor("worker9"), application)).isInstanceOf(NotFound.class);
		assertThatThrownBy(() -> this.applications.hire(actor("leader"), application, null))
			.isInstanceOf(AccessDenied.class);

		// the sweep closes what was left untouched for two months, with notice; it can be reopened
		this.clock.advance(Duration.ofDays(64));
		try {
			assertThat(this.applications.closeStale()).isGreaterThanOrEqualTo(1);
		}
		finally {
			this.clock.advance(Duration.ofDays(-64));
		}
		assertThat(this.applications.get(street, application).status()).isEqualTo(Status.CLOSED);
		assertThat(this.applications.timeline(street, application)).extracting(t -> t.kind()).endsWith("CLOSED");
		this.applications.reopen(street, application, "求职者仍有意向");
		assertThat(this.applications.get(street, application).status()).isEqualTo(Status.APPLIED);
	}

	@Test
	void aTrainingTakesItsPlacesRecordsSessionsAsActivitiesAndAHireAfterItCountsAsPlacedAfterTraining() {
		Actor street = actor("street");
		Region kunlun = this.regions.findByCode("650203001").orElseThrow();
		Region place = this.regions.create(Actor.SYSTEM, kunlun.id(), "T-JOBS-T", "培训测试社区");
		long employer = this.jdbc.sql("select id from organisation where name = '克拉玛依康宁养老服务中心'")
			.query(Long.class).single();
		LocalDate today = LocalDate.now(this.clock);
		assertThatThrownBy(() -> this.trainings.plan(street, place.id(), "订单班", EmploymentTerms.TrainingKind.ORDER, null,
				"4-10-01", 0, today, today.minusDays(1), "活动室"))
			.satisfies(t -> assertThat(((Rejected) t).violations()).extracting(Rejected.Violation::field)
				.contains("employerId", "capacity", "endsOn"));
		long training = this.trainings.plan(street, place.id(), "养老护理员订单班（测试）", EmploymentTerms.TrainingKind.ORDER,
				employer, "4-10-01", 2, today, today.plusDays(10), "培训测试社区活动室");
		long ann = seeker(place, "测试学员甲", Consent.PAPER);
		long bob = seeker(place, "测试学员乙", Consent.PAPER);
		long cid = seeker(place, "测试学员丙", Consent.PAPER);
		long none = seeker(place, "测试学员丁", Consent.NONE);
		assertThatThrownBy(() -> this.trainings.enrol(street, training, none)).as("an order's employer would see them")
			.satisfies(t -> assertThat(key(t)).isEqualTo("employment.rejected.noConsent"));
		long a = this.trainings.enrol(street, training, ann);
		assertThat(this.trainings.enrol(street, training, ann)).isEqualTo(a);
		long b = this.trainings.enrol(street, training, bob);
		assertThatThrownBy(() -> this.trainings.enrol(street, training, cid))
			.satisfies(t -> assertThat(key(t)).isEqualTo("employment.rejected.full"));
		this.trainings.drop(street, b);
		this.trainings.enrol(street, training, cid);
		assertThatThrownBy(() -> this.trainings.session(street, training, LocalDateTime.now(this.clock).plusDays(2), "x",
				Set.of(a))).satisfies(t -> assertThat(key(t)).isEqualTo("employment.rejected.heldAt"));
		assertThatThrownBy(() -> this.trainings.session(street, training, LocalDateTime.now(this.clock), "x", Set.of(b)))
			.as("dropped out").satisfies(t -> assertThat(key(t)).isEqualTo("employment.rejected.notEnrolled"));
		long session = this.trainings.session(street, training, LocalDateTime.now(this.clock).minusHours(1), "护理基础",
				Set.of(a));
		assertThat(this.trainings.complete(street, a)).isEqualTo("PX" + training + "-" + a);
		assertThatThrownBy(() -> this.trainings.complete(street, a))
			.satisfies(t -> assertThat(key(t)).isEqualTo("employment.rejected.notEnrolledNow"));
		assertThatThrownBy(() -> this.trainings.finish(street, training))
			.satisfies(t -> assertThat(key(t)).isEqualTo("employment.rejected.trainingNotEnded"));
		assertThatThrownBy(() -> this.trainings.get(actor("worker9"), training)).isInstanceOf(NotFound.class);
		await().atMost(Duration.ofSeconds(10)).until(() -> this.jdbc.sql(
				"select count(*) from activity where source = 'job_training_session' and source_id = ? and participants = 1")
			.param(session).query(Long.class).single() == 1);

		// a hire of the trainee is a placement after training
		long vacancy = this.vacancies.open(street, new VacancyForm(employer, place.id(), "4-10-01", "养老护理员（测试）", 3500,
				4500, Hours.FULL_TIME, List.of("护理"), 1, null));
		long application = this.applications.apply(street, vacancy, ann, null);
		this.applications.advance(street, application, Act.OFFER, null);
		long placement = this.applications.hire(street, application, null);
		assertThat(this.jdbc.sql("select after_training from job_placement where id = ?").param(placement)
			.query(Boolean.class).single()).isTrue();
		Map<String, Long> enrolments = this.dashboards.totals(street, "job_training_enrolment", place.id(), today, today);
		assertThat(enrolments).containsEntry("ENROLMENTS", 3L).containsEntry("COMPLETIONS", 1L).containsEntry("DROPPED", 1L);
		assertThat(this.dashboards.totals(street, "job_placement", place.id(), today, today))
			.containsEntry("PLACED_AFTER_TRAINING", 1L);
		for (Kind kind : List.of(Kind.TRAINING, Kind.ENROLMENT)) {
			Map<String, Long> totals = this.dashboards.totals(street, kind.table(), place.id(), today, today);
			for (EmploymentFigure figure : kind.figures()) {
				if (figure.measure().equals("1")) {
					assertThat(this.queries.list(street, kind, new EmploymentQueries.Filter(place.path(), figure, null, null,
							null, today, today, null), 0, 100).total()).as(figure.name()).isEqualTo(totals.get(figure.name()));
				}
			}
		}
	}

	@Test
	void anOnlineFairIsATimeBoxedListOfVacanciesThatResidentsApplyToThemselves() {
		Actor street = actor("street");
		Region kunlun = this.regions.findByCode("650203001").orElseThrow();
		Region place = this.regions.create(Actor.SYSTEM, kunlun.id(), "T-JOBS-O", "线上测试社区");
		long employer = this.jdbc.sql("select id from organisation where name = '克拉玛依顺达物流有限公司'")
			.query(Long.class).single();
		long vacancy = this.vacancies.open(street, new VacancyForm(employer, place.id(), "4-02", "快递分拣员（线上测试）",
				3200, 4000, Hours.SHIFTS, List.of("分拣"), 3, null));
		LocalDateTime now = LocalDateTime.now(this.clock).truncatedTo(ChronoUnit.MINUTES);
		long fair = this.fairs.plan(street, new FairForm(place.id(), "线上小型招聘会（测试）", FairKind.ONLINE, null,
				now.minusHours(1), now.plusDays(2)));
		this.fairs.offer(street, fair, vacancy);
		PersonForm f = new PersonForm();
		f.setRegionId(place.id());
		f.setName("线上求职者");
		long person = this.people.create(Actor.SYSTEM, f);
		Actor resident = new Actor(0, "online", "线上求职者", cn.siwei.access.Role.RESIDENT, place.path(), null, person);
		assertThatThrownBy(() -> this.fairs.applyOnline(resident, fair, vacancy))
			.satisfies(t -> assertThat(key(t)).isEqualTo("employment.rejected.registerFirst"));
		long seeker = this.seekers.register(resident, new SeekerForm(null, List.of("分拣"), List.of("4-02"), Hours.SHIFTS,
				Set.of(Care.DISABLED), null, null));
		assertThat(this.seekers.get(resident, seeker).consent()).isEqualTo(Consent.ONLINE);
		assertThat(this.seekers.get(resident, seeker).care()).as("a resident registering sets no tags").isEmpty();
		long other = this.jdbc.sql("select min(id) from job_vacancy where status = 'OPEN' and id <> ?").param(vacancy)
			.query(Long.class).single();
		assertThatThrownBy(() -> this.fairs.applyOnline(resident, fair, other)).as("not at this fair")
			.isInstanceOf(NotFound.class);
		assertThat(this.queries.fairsOf(this.seekers.get(resident, seeker)).onlineVacancies().get(fair))
			.extracting(Vacancy::id).containsExactly(vacancy);
		long application = this.fairs.applyOnline(resident, fair, vacancy);
		assertThat(this.applications.get(resident, application).sender()).isEqualTo(EmploymentTerms.Sender.SEEKER);
		assertThat(this.applications.get(resident, application).fairId()).isEqualTo(fair);
		this.clock.advance(Duration.ofDays(3));
		try {
			assertThatThrownBy(() -> this.fairs.applyOnline(resident, fair, vacancy))
				.satisfies(t -> assertThat(key(t)).isEqualTo("employment.rejected.notOpenNow"));
			this.fairs.close(street, fair);
		}
		finally {
			this.clock.advance(Duration.ofDays(-3));
		}
		await().atMost(Duration.ofSeconds(10)).until(() -> this.jdbc
			.sql("select participants from activity where source = 'job_fair' and source_id = ?").param(fair)
			.query(Integer.class).optional().orElse(-1) == 1);
	}

	@Test
	void badInputIsRefusedWithItsReasonsAndChangesNothing() throws Exception {
		for (String url : List.of("/jobs/vacancies?figure=NOPE", "/jobs/seekers?page=x", "/jobs/fairs?from=yesterday",
				"/api/v1/jobs/placements?region=abc", "/jobs/applications?status=%27%3B--&sender=x&q=" + "字".repeat(300))) {
			int status = this.mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get(url)
				.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
					.user(this.users.loadUserByUsername("worker"))))
				.andReturn().getResponse().getStatus();
			assertThat(status).as(url).isBetween(200, 499);
		}
		Actor street = actor("street");
		long before = this.jdbc.sql("select count(*) from job_vacancy").query(Long.class).single();
		assertThatThrownBy(() -> this.vacancies.open(street, new VacancyForm(null, null, "9-99", " ", -1, -5, null,
				List.of("x".repeat(31)), 0, null)))
			.satisfies(t -> assertThat(((Rejected) t).violations()).extracting(Rejected.Violation::field)
				.contains("employerId", "regionId", "occupation", "title", "payMin", "payMax", "hours", "places", "skills"));
		assertThat(this.jdbc.sql("select count(*) from job_vacancy").query(Long.class).single()).isEqualTo(before);
		assertThatThrownBy(() -> this.seekers.register(street, new SeekerForm(-1L, null, null, null, null, null, null)))
			.satisfies(t -> assertThat(key(t)).isEqualTo("validation.required"));
		long existing = this.jdbc.sql("select person_id from job_seeker order by id limit 1").query(Long.class).single();
		assertThatThrownBy(() -> this.seekers.register(actor("admin"), new SeekerForm(existing, List.of(), List.of("nope"),
				Hours.FULL_TIME, null, null, null)))
			.satisfies(t -> assertThat(((Rejected) t).violations()).extracting(Rejected.Violation::field)
				.contains("wishes"));
	}

}
