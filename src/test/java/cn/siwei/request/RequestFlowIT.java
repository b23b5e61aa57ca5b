package cn.siwei.request;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

import cn.siwei.access.AccessDenied;
import cn.siwei.access.Actor;
import cn.siwei.access.ActorPrincipal;
import cn.siwei.platform.NotFound;
import cn.siwei.platform.Rejected;
import cn.siwei.platform.Satisfaction;
import cn.siwei.request.Request.Part;
import cn.siwei.request.RequestTerms.EventKind;
import cn.siwei.request.RequestTerms.Status;
import cn.siwei.support.SiweiIT;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The five orders through their real transitions: placed, taken, dispatched or escalated to the street that
 * summons two departments, reported in, claimed, done, evaluated; reopening; duplicates; time limits in working
 * days; the sweep that flags each missed limit once.
 */
class RequestFlowIT extends SiweiIT {

	@Autowired
	Requests requests;

	@Autowired
	RequestWork work;

	@Autowired
	RequestSweep sweep;

	@Autowired
	RequestRules rules;

	@Autowired
	RequestQueries queries;

	@Autowired
	RequestRecording recording;

	@Autowired
	WorkingCalendar calendar;

	@Autowired
	UserDetailsService users;

	Actor actor(String username) {
		return ((ActorPrincipal) this.users.loadUserByUsername(username)).actor();
	}

	long category(String code) {
		return this.queries.categories(Locale.SIMPLIFIED_CHINESE).stream().filter(c -> c.code().equals(code)).findFirst()
			.orElseThrow().id();
	}

	long residentRequest(String text) {
		return this.recording.submitOwn(actor("resident"), RequestForm.of(category("MUNICIPAL"), text, null, null));
	}

	Request get(long id) {
		return this.queries.get(actor("admin"), id, Locale.SIMPLIFIED_CHINESE);
	}

	List<EventKind> kinds(String username, long id) {
		return this.queries.timeline(actor(username), id).stream().map(Request.Entry::kind).toList();
	}

	Part partOf(long id, String unitName) {
		return this.queries.parts(actor("admin"), id).stream().filter(p -> p.unitName().equals(unitName)).reduce((a, b) -> b)
			.orElseThrow();
	}

	@Test
	void aRequestEscalatedToTheStreetIsSolvedByTwoSummonedDepartmentsAndEvaluatedByTheResident() {
		long id = residentRequest("测试：楼前路面塌陷，雨后积水，需要多个部门处理。");
		assertThat(get(id).status()).isEqualTo(Status.SUBMITTED);
		assertThat(get(id).reporterName()).isEqualTo("阿力木·吐尔逊");

		this.requests.accept(actor("worker"), id, "已受理");
		this.requests.escalate(actor("worker"), id, "涉及市政和住建，社区无法单独解决");
		assertThat(get(id).status()).isEqualTo(Status.ESCALATED);
		assertThat(get(id).escalated()).isTrue();

		long housing = id("organisation", "name", "克拉玛依区住房和城乡建设局");
		long city = id("organisation", "name", "克拉玛依区城市管理局");
		this.requests.study(actor("street"), id, "路面归城管，地下管网归住建");
		List<Long> parts = this.requests.summon(actor("street"), id, List.of(housing, city), 1, "联合处置");
		assertThat(parts).hasSize(2);
		assertThat(get(id).status()).isEqualTo(Status.DISPATCHED);

		// Each unit finds its part on its task list (counted, and paged like the other lists).
		Part cityPart = partOf(id, "克拉玛依区城市管理局");
		var cityTasks = this.queries.tasks(actor("cityhandler"), Locale.CHINESE, 0, 200);
		assertThat(cityTasks.items()).extracting(t -> t.part().id()).contains(cityPart.id());
		assertThat(cityTasks.total()).isEqualTo(cityTasks.items().size());
		assertThat(this.queries.tasks(actor("cityhandler"), Locale.CHINESE, (int) cityTasks.total(), 1).items()).isEmpty();

		// A unit claims only after reporting in, and only its own part.
		assertThatThrownBy(() -> this.work.claim(actor("cityhandler"), id, cityPart.id(), null))
			.isInstanceOfSatisfying(Rejected.class, r -> assertThat(r.messageKey()).isEqualTo("request.rejected.reportFirst"));
		assertThatThrownBy(() -> this.work.report(actor("handler"), id, cityPart.id(), null))
			.isInstanceOfSatisfying(Rejected.class, r -> assertThat(r.messageKey()).isEqualTo("request.rejected.notYourPart"));

		Part housingPart = partOf(id, "克拉玛依区住房和城乡建设局");
		this.work.report(actor("handler"), id, housingPart.id(), "住建局报到");
		this.work.claim(actor("handler"), id, housingPart.id(), "负责管网");
		this.work.progress(actor("handler"), id, housingPart.id(), "管网已疏通", true);
		this.work.finishPart(actor("handler"), id, housingPart.id(), "管网修复完毕");
		assertThat(get(id).status()).as("one unit still at work").isEqualTo(Status.DISPATCHED);

		this.work.report(actor("cityhandler"), id, cityPart.id(), null);
		this.work.claim(actor("cityhandler"), id, cityPart.id(), null);
		this.work.finishPart(actor("cityhandler"), id, cityPart.id(), "路面已修补");
		assertThat(get(id).status()).isEqualTo(Status.RESOLVED);

		// Only the resident evaluates, rating each unit.
		assertThatThrownBy(() -> this.work.evaluate(actor("worker"), id, true, Satisfaction.SATISFIED, null, Map.of()))
			.isInstanceOfSatisfying(Rejected.class, r -> assertThat(r.messageKey()).isEqualTo("request.rejected.notReporter"));
		this.work.evaluate(actor("resident"), id, true, Satisfaction.SATISFIED, "很及时",
				Map.of(housingPart.id(), 5, cityPart.id(), 4));
		Request done = get(id);
		assertThat(done.status()).isEqualTo(Status.CLOSED);
		assertThat(done.resolved()).isTrue();
		assertThat(partOf(id, "克拉玛依区住房和城乡建设局").stars()).isEqualTo(5);
		assertThat(partOf(id, "克拉玛依区城市管理局").stars()).isEqualTo(4);

		assertThat(kinds("admin", id)).containsExactly(EventKind.SUBMITTED, EventKind.ACCEPTED, EventKind.ESCALATED,
				EventKind.STUDIED, EventKind.SUMMONED, EventKind.REPORTED, EventKind.CLAIMED, EventKind.PROGRESS,
				EventKind.PART_DONE, EventKind.REPORTED, EventKind.CLAIMED, EventKind.PART_DONE, EventKind.RESOLVED,
				EventKind.EVALUATED, EventKind.CLOSED);
		// The resident sees the public story, not the street's study.
		assertThat(kinds("resident", id)).doesNotContain(EventKind.STUDIED).contains(EventKind.SUMMONED, EventKind.RESOLVED);
		// The resident was told of each step, the departments of the summons (by listeners of the acts' events,
		// after their transactions committed).
		long ali = id("person", "name", "阿力木·吐尔逊");
		Awaitility.await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
			assertThat(this.jdbc.sql("select message_key from notification where person_id = ? and link = ?")
				.params(ali, "/requests/" + id).query(String.class).list())
				.contains("notice.request.accepted", "notice.request.claimed", "notice.request.progress",
						"notice.request.resolved");
			assertThat(this.jdbc.sql("select count(*) from notification where organisation_id = ? and message_key = 'notice.request.summoned'")
				.param(city).query(Long.class).single()).isPositive();
		});
		assertThat(this.jdbc.sql("select count(*) from audit_event where entity_type = 'request' and entity_id = ?")
			.param(id).query(Long.class).single()).isEqualTo(kinds("admin", id).size());
	}

	@Test
	void anUnresolvedEvaluationReopensTheRequestForAnotherRoundAndCountsIt() {
		long id = residentRequest("测试：楼道灯不亮。");
		long ma = id("person", "name", "马丽");
		this.requests.accept(actor("worker"), id, null);
		this.requests.dispatch(actor("worker"), id, null, null, ma, "上门查看");
		Part first = this.queries.parts(actor("admin"), id).get(0);
		this.work.claim(actor("worker"), id, first.id(), null);
		this.work.finishPart(actor("worker"), id, first.id(), "换了灯泡");

		assertThatThrownBy(() -> this.work.evaluate(actor("resident"), id, false, Satisfaction.DISSATISFIED, " ", Map.of()))
			.isInstanceOfSatisfying(Rejected.class, r -> assertThat(r.field()).isEqualTo("comment"));
		assertThat(get(id).status()).as("a refused evaluation changes nothing").isEqualTo(Status.RESOLVED);

		this.work.evaluate(actor("resident"), id, false, Satisfaction.DISSATISFIED, "第二天又不亮了", Map.of(first.id(), 2));
		Request reopened = get(id);
		assertThat(reopened.status()).isEqualTo(Status.ACCEPTED);
		assertThat(reopened.reopenCount()).isEqualTo(1);
		assertThat(kinds("admin", id)).endsWith(EventKind.EVALUATED, EventKind.REOPENED);

		this.requests.dispatch(actor("worker"), id, null, null, ma, "检查线路");
		Part second = this.queries.parts(actor("admin"), id).get(1);
		assertThat(second.round()).isEqualTo(1);
		this.work.claim(actor("worker"), id, second.id(), null);
		this.work.finishPart(actor("worker"), id, second.id(), "线路接头松动，已修好");
		assertThat(get(id).status()).isEqualTo(Status.RESOLVED);
		this.work.evaluate(actor("resident"), id, true, Satisfaction.BASICALLY_SATISFIED, null, Map.of(second.id(), 4));
		assertThat(get(id).status()).isEqualTo(Status.CLOSED);
		assertThat(this.queries.parts(actor("admin"), id)).extracting(Part::stars).containsExactly(2, 4);
	}

	@Test
	void aDuplicateIsLinkedToItsOriginalWhichItsReporterThenFollows() {
		long original = this.recording.record(actor("worker"), withName(RequestForm.of(category("ENVIRONMENT"),
				"测试：永安小区北门垃圾桶满了没人清运，气味很大。", id("region", "code", "650203001001"),
				RequestTerms.Channel.HOME_VISIT), "张大爷"));
		long again = residentRequest("测试：永安小区北门垃圾桶满了，没有人清运。");
		this.jdbc.sql("update request set category_id = ? where id = ?").params(category("ENVIRONMENT"), again).update();

		assertThat(this.queries.similar(actor("worker"), again, Locale.SIMPLIFIED_CHINESE)).extracting(Request::id)
			.contains(original);
		assertThatThrownBy(() -> this.requests.linkDuplicate(actor("worker"), again, again))
			.isInstanceOfSatisfying(Rejected.class, r -> assertThat(r.field()).isEqualTo("originalId"));
		this.requests.linkDuplicate(actor("worker"), again, original);
		assertThat(get(again).status()).isEqualTo(Status.DUPLICATE);
		assertThat(get(again).duplicateOf()).isEqualTo(original);
		// The resident now follows the original, and may read it.
		assertThat(this.queries.mine(actor("resident"), Locale.SIMPLIFIED_CHINESE)).extracting(Request::id)
			.contains(original).doesNotContain(again);
		assertThat(this.queries.get(actor("resident"), original, Locale.SIMPLIFIED_CHINESE).id()).isEqualTo(original);

		// a link made in error is undone by hand: the request is its own again, waiting to be taken
		assertThatThrownBy(() -> this.requests.unlinkDuplicate(actor("leader"), again, null)).isInstanceOf(AccessDenied.class);
		this.requests.unlinkDuplicate(actor("worker"), again, "不是同一个垃圾桶");
		assertThat(get(again).status()).isEqualTo(Status.SUBMITTED);
		assertThat(get(again).duplicateOf()).isNull();
		assertThat(this.queries.mine(actor("resident"), Locale.SIMPLIFIED_CHINESE)).extracting(Request::id).contains(again);
		assertThatThrownBy(() -> this.requests.unlinkDuplicate(actor("worker"), again, null)).isInstanceOf(Rejected.class);
	}

	/** Words, not character pairs: the same lamp at the same gate in other words is offered, another problem there is not. */
	@Test
	void likelyDuplicatesAreTheSameProblemInOtherWordsNotAnotherProblemAtTheSamePlace() {
		long lamp = this.recording.record(actor("worker"), withName(RequestForm.of(category("MUNICIPAL"),
				"居民反映永安社区西门路灯坏了好几天", id("region", "code", "650203001001"), RequestTerms.Channel.HOME_VISIT), "李大姐"));
		long tiles = this.recording.record(actor("worker"), withName(RequestForm.of(category("MUNICIPAL"),
				"永安社区西门的地砖松动了，容易绊倒", id("region", "code", "650203001001"), RequestTerms.Channel.HOME_VISIT), "王大哥"));
		long again = residentRequest("西门那盏路灯一直不亮，晚上看不清路");
		this.jdbc.sql("update request set category_id = ? where id = ?").params(category("MUNICIPAL"), again).update();
		assertThat(this.queries.similar(actor("worker"), again, Locale.SIMPLIFIED_CHINESE)).extracting(Request::id)
			.contains(lamp).doesNotContain(tiles);
	}

	static RequestForm withName(RequestForm f, String name) {
		f.setReporterName(name);
		return f;
	}

	@Test
	void everyActChecksTheStateAndTheRightAndRefusalsChangeNothing() {
		long id = residentRequest("测试：单元门禁坏了。");
		assertThatThrownBy(() -> this.requests.accept(actor("resident"), id, null)).isInstanceOf(AccessDenied.class);
		assertThatThrownBy(() -> this.queries.get(actor("worker9"), id, Locale.CHINESE)).isInstanceOf(NotFound.class);
		assertThatThrownBy(() -> this.queries.get(actor("handler"), id, Locale.CHINESE)).isInstanceOf(NotFound.class);
		assertThatThrownBy(() -> this.requests.decline(actor("worker"), id, "  "))
			.isInstanceOfSatisfying(Rejected.class, r -> assertThat(r.field()).isEqualTo("reason"));
		assertThatThrownBy(() -> this.requests.dispatch(actor("worker"), id, null, null, null, null))
			.isInstanceOfSatisfying(Rejected.class, r -> assertThat(r.messageKey()).isEqualTo("request.rejected.wrongState"));
		this.requests.accept(actor("worker"), id, null);
		assertThatThrownBy(() -> this.requests.accept(actor("worker"), id, null))
			.isInstanceOfSatisfying(Rejected.class, r -> assertThat(r.messageKey()).isEqualTo("request.rejected.wrongState"));
		long team = id("team", "name", "永安社区“红细胞”党员服务队");
		long ma = id("person", "name", "马丽");
		assertThatThrownBy(() -> this.requests.dispatch(actor("worker"), id, null, team, ma, null))
			.isInstanceOfSatisfying(Rejected.class, r -> assertThat(r.messageKey()).isEqualTo("request.rejected.chooseOneUnit"));
		assertThatThrownBy(() -> this.requests.summon(actor("street"), id, List.of(1L), 1, null))
			.isInstanceOfSatisfying(Rejected.class, r -> assertThat(r.messageKey()).isEqualTo("request.rejected.wrongState"));
		assertThat(get(id).status()).isEqualTo(Status.ACCEPTED);
		assertThat(this.queries.parts(actor("admin"), id)).isEmpty();
		// Validation of a new request names every wrong field at once and saves nothing.
		long before = this.jdbc.sql("select count(*) from request").query(Long.class).single();
		assertThatThrownBy(() -> this.recording.record(actor("worker"), new RequestForm()))
			.isInstanceOfSatisfying(Rejected.class, r -> assertThat(r.violations()).extracting(Rejected.Violation::field)
				.contains("description", "categoryId", "channel", "regionId", "reporterName"));
		assertThat(this.jdbc.sql("select count(*) from request").query(Long.class).single()).isEqualTo(before);
	}

	@Test
	void timeLimitsCountWorkingDaysSkippingHolidaysAndCountingMakeUpDays() {
		ZoneId zone = ZoneId.of("Asia/Shanghai");
		// 2026-09-30 (Wednesday) + 1 working day: 1-7 October are holidays, so the 8th.
		assertThat(this.calendar.due(at("2026-09-30T15:00"), 1)).isEqualTo(LocalDate.parse("2026-10-09").atStartOfDay(zone).toInstant());
		// 2026-10-09 (Friday) + 1: Saturday the 10th is a make-up working day (调休).
		assertThat(this.calendar.due(at("2026-10-09T15:00"), 1)).isEqualTo(LocalDate.parse("2026-10-11").atStartOfDay(zone).toInstant());
		// 2025-01-24 (Friday) + 2: Sunday the 26th is worked, Monday the 27th is the second day.
		assertThat(this.calendar.due(at("2025-01-24T09:00"), 2)).isEqualTo(LocalDate.parse("2025-01-28").atStartOfDay(zone).toInstant());
		// 2026-02-13 (Friday) + 3: the 14th is worked, 15th-23rd are Spring Festival, then the 24th and 25th.
		assertThat(this.calendar.due(at("2026-02-13T09:00"), 3)).isEqualTo(LocalDate.parse("2026-02-26").atStartOfDay(zone).toInstant());
		assertThat(this.calendar.isWorkingDay(LocalDate.parse("2026-02-28"))).isTrue();
		assertThat(this.calendar.isWorkingDay(LocalDate.parse("2027-02-08"))).isFalse();
	}

	@Test
	void theCalendarIsEditedAsNewVersionsAndAWrongLineSavesNothing() {
		int versions = this.calendar.versions().size();
		assertThatThrownBy(() -> this.calendar.save(actor("admin"), 2028, "测试", "2028-01-01 HOLIDAY 元旦\nnonsense\n2027-05-01 HOLIDAY 劳动节"))
			.isInstanceOfSatisfying(Rejected.class, r -> assertThat(r.violations()).extracting(Rejected.Violation::messageKey)
				.containsExactly("calendar.rejected.line", "calendar.rejected.otherYear"));
		assertThat(this.calendar.versions()).hasSize(versions);
		assertThatThrownBy(() -> this.calendar.save(actor("street"), 2028, "测试", "2028-01-01 HOLIDAY 元旦"))
			.isInstanceOf(AccessDenied.class);

		assertThat(this.calendar.save(actor("admin"), 2028, "测试一", "2028-01-03 HOLIDAY 元旦（测试）")).isEqualTo(1);
		assertThat(this.calendar.isWorkingDay(LocalDate.parse("2028-01-03"))).isFalse();
		assertThat(this.calendar.save(actor("admin"), 2028, "测试二", "2028-01-01 HOLIDAY 元旦")).isEqualTo(2);
		assertThat(this.calendar.isWorkingDay(LocalDate.parse("2028-01-03"))).as("the newest version applies").isTrue();
		assertThat(this.calendar.versions()).hasSize(versions + 1);
	}

	/** The editor reads and writes the calendar in Chinese: 放假 and 调休 (or 补班), as offices write it. */
	@Test
	void theCalendarIsWrittenInChinese() {
		this.calendar.save(actor("admin"), 2029, "测试", "2029-10-01 放假 国庆节\n2029-09-29 调休 国庆节补班\n2029-10-02 HOLIDAY 国庆节");
		assertThat(this.calendar.isWorkingDay(LocalDate.parse("2029-10-01"))).isFalse();
		assertThat(this.calendar.isWorkingDay(LocalDate.parse("2029-10-02"))).isFalse();
		assertThat(this.calendar.isWorkingDay(LocalDate.parse("2029-09-29"))).as("a Saturday worked").isTrue();
		assertThat(this.calendar.text(2029)).contains("2029-10-01 放假 国庆节", "2029-09-29 调休 国庆节补班");
		assertThatThrownBy(() -> this.calendar.save(actor("admin"), 2029, "测试", "2029-10-03 过节 国庆节"))
			.isInstanceOf(Rejected.class);
	}

	@Test
	void eachMissedLimitIsFlaggedOnceEvenWithSeveralSweepsAtOnce() throws Exception {
		long id = residentRequest("测试：超时未接单的诉求。");
		Instant due = get(id).dueAt();
		this.clock.set(due.minus(Duration.ofHours(2)));
		this.sweep.sweep();
		assertThat(kinds("admin", id)).containsOnlyOnce(EventKind.DUE_SOON).doesNotContain(EventKind.OVERDUE);
		var supervised = this.queries.supervision(actor("worker"), Locale.CHINESE, 0, 200);
		assertThat(supervised.items()).extracting(l -> l.request().id()).contains(id);
		assertThat(supervised.total()).isEqualTo(supervised.items().size());
		// paged two at a time, the same lines in the same order, none twice
		List<String> paged = new ArrayList<>();
		for (int page = 0; page * 2 < supervised.total(); page++) {
			var p = this.queries.supervision(actor("worker"), Locale.CHINESE, page, 2);
			assertThat(p.total()).isEqualTo(supervised.total());
			p.items().forEach(l -> paged.add(l.request().id() + "/" + (l.part() == null ? "" : l.part().id())));
		}
		assertThat(paged).containsExactlyElementsOf(supervised.items().stream()
			.map(l -> l.request().id() + "/" + (l.part() == null ? "" : l.part().id())).toList());

		this.clock.set(due.plus(Duration.ofMinutes(1)));
		var pool = Executors.newFixedThreadPool(3);
		List<Callable<Integer>> sweeps = new ArrayList<>();
		for (int i = 0; i < 3; i++) {
			sweeps.add(this.sweep::sweep);
		}
		pool.invokeAll(sweeps).forEach(f -> {
			try {
				f.get();
			}
			catch (Exception ex) {
				throw new IllegalStateException(ex);
			}
		});
		pool.shutdown();
		this.sweep.sweep();
		assertThat(kinds("admin", id)).containsOnlyOnce(EventKind.OVERDUE).containsOnlyOnce(EventKind.DUE_SOON);
		assertThat(get(id).overdueAt(this.clock.instant())).isTrue();

		// Taking it late still counts as a response, but not an on-time one.
		this.requests.accept(actor("worker"), id, null);
		assertThat(this.jdbc.sql("select responded_at > accept_due_at from request where id = ?").param(id)
			.query(Boolean.class).single()).isTrue();
	}

	@Test
	void aLimitSetForACategoryAndUrgencyWinsOverTheDefault() {
		this.rules.setLimit(actor("street"), category("SAFETY"), RequestTerms.Urgency.URGENT, RequestTerms.Step.ACCEPT, 3);
		assertThatThrownBy(() -> this.rules.setLimit(actor("street"), null, null, RequestTerms.Step.ACCEPT, 0))
			.isInstanceOfSatisfying(Rejected.class, r -> assertThat(r.field()).isEqualTo("workingDays"));
		RequestForm f = RequestForm.of(category("SAFETY"), "测试：消防通道被占。", null, null);
		f.setUrgency(RequestTerms.Urgency.URGENT);
		long id = this.recording.submitOwn(actor("resident"), f);
		Request r = get(id);
		assertThat(r.acceptDueAt()).isEqualTo(this.calendar.due(r.createdAt(), 3));
	}

	private static Instant at(String local) {
		return LocalDateTime.parse(local).atZone(ZoneId.of("Asia/Shanghai")).toInstant();
	}

}
