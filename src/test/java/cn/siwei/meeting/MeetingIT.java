package cn.siwei.meeting;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

import cn.siwei.access.AccessDenied;
import cn.siwei.access.Actor;
import cn.siwei.access.ActorPrincipal;
import cn.siwei.figures.Dashboards;
import cn.siwei.figures.FigureSource;
import cn.siwei.figures.Rollups;
import cn.siwei.meeting.MeetingTerms.DecisionStatus;
import cn.siwei.meeting.MeetingTerms.Kind;
import cn.siwei.meeting.MeetingTerms.Status;
import cn.siwei.platform.NotFound;
import cn.siwei.platform.Rejected;
import cn.siwei.problem.ProblemForm;
import cn.siwei.problem.ProblemTerms;
import cn.siwei.problem.Problems;
import cn.siwei.support.SiweiIT;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A six-party talk from convening to its decisions done: sign-in by staff and by QR code, no decision before the
 * quorum, no close without minutes, a decision flagged late by the sweep, the figures counted exactly; and every
 * id a form takes checked against the actor's region.
 */
class MeetingIT extends SiweiIT {

	@Autowired
	Meetings meetings;

	@Autowired
	MeetingQueries queries;

	@Autowired
	MeetingSweep sweep;

	@Autowired
	Rollups rollups;

	@Autowired
	Dashboards dashboards;

	@Autowired
	UserDetailsService users;

	@Autowired
	Problems problems;

	Actor actor(String username) {
		return ((ActorPrincipal) this.users.loadUserByUsername(username)).actor();
	}

	long yongan() {
		return id("region", "code", "650203001001");
	}

	MeetingForm talk(String title, int quorum) {
		return new MeetingForm(yongan(), Kind.SIX_PARTY, title, "党群服务中心", LocalDate.of(2026, 11, 27).atTime(15, 0),
				"永安社区居委会", quorum, "社区\n物业\n民警", "停车\n东门照明");
	}

	@Test
	void aSixPartyTalkGoesFromConveningToDecisionsDoneAndShowsInTheFigures() throws Exception {
		Actor worker = actor("worker");
		// the day of the test clock (other tests move it)
		LocalDate today = LocalDate.now(this.clock);
		Map<String, Long> before = this.dashboards.totals(worker, "meeting_decision", yongan(), today, today);
		long id = this.meetings.convene(worker, talk("测试六方会谈：停车", 2));
		assertThatThrownBy(() -> this.meetings.decide(worker, id, new DecisionForm("x", "物业", null, 5)))
			.isInstanceOf(Rejected.class).extracting(e -> ((Rejected) e).messageKey()).isEqualTo("meeting.rejected.wrongState");
		this.meetings.open(worker, id);
		this.meetings.signIn(worker, id, "物业张经理", "物业");
		assertThatThrownBy(() -> this.meetings.signIn(worker, id, "物业张经理", "物业"))
			.extracting(e -> ((Rejected) e).messageKey()).isEqualTo("meeting.rejected.alreadySignedIn");
		assertThatThrownBy(() -> this.meetings.decide(worker, id, new DecisionForm("x", "物业", null, 5)))
			.as("one of two present").extracting(e -> ((Rejected) e).messageKey()).isEqualTo("meeting.rejected.noQuorum");

		// the resident scans the QR code: its page, then the sign-in under their own name, once
		String code = this.queries.signInCode(worker, id);
		this.mvc.perform(get("/meetings/{id}/qr.svg", id).with(user(this.users.loadUserByUsername("worker"))))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.startsWith("<svg")));
		// the phone's page says which meeting it is; a code that opens nothing is not found
		this.mvc.perform(get("/meetings/sign-in/{code}", code).with(user(this.users.loadUserByUsername("resident"))))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("测试六方会谈：停车")));
		this.mvc.perform(get("/meetings/sign-in/{code}", "nothing").with(user(this.users.loadUserByUsername("resident"))))
			.andExpect(status().isNotFound());
		this.mvc.perform(post("/meetings/sign-in/{code}", code).with(csrf())
				.with(user(this.users.loadUserByUsername("resident"))))
			.andExpect(status().is3xxRedirection());
		var detail = this.queries.get(worker, id);
		assertThat(detail.meeting().present()).isEqualTo(2);
		assertThat(detail.meeting().quorate()).isTrue();
		assertThat(detail.attendance()).extracting(Meeting.Attendance::how)
			.containsExactly(MeetingTerms.SignIn.STAFF, MeetingTerms.SignIn.QR);

		long lamps = this.meetings.decide(worker, id, new DecisionForm("东门加装路灯", "物业服务公司", null, 2));
		long parking = this.meetings.decide(worker, id, new DecisionForm("每晚巡查消防通道", "物业服务公司", null, 10));
		assertThatThrownBy(() -> this.meetings.close(worker, id, " "))
			.extracting(e -> ((Rejected) e).messageKey()).isEqualTo("meeting.rejected.noMinutes");
		this.meetings.close(worker, id, "到会 2 人，议定两项。");
		assertThat(this.queries.get(worker, id).meeting().status()).isEqualTo(Status.CLOSED);
		assertThatThrownBy(() -> this.meetings.signIn(worker, id, "迟到者", null))
			.extracting(e -> ((Rejected) e).messageKey()).isEqualTo("meeting.rejected.wrongState");

		this.meetings.progress(actor("handler"), lamps, "灯已到货");
		this.meetings.finish(worker, lamps, "已装好");
		assertThatThrownBy(() -> this.meetings.finish(worker, lamps, null))
			.extracting(e -> ((Rejected) e).messageKey()).isEqualTo("meeting.rejected.decisionDone");
		// twenty days on, the ten-working-day decision is past its limit: flagged once
		this.clock.advance(Duration.ofDays(20));
		try {
			this.sweep.sweep();
			assertThat(this.sweep.sweep()).as("flagged once").isZero();
			var late = this.queries.decisions(worker, new MeetingQueries.Filter(null, null, null, "OVERDUE", null, null,
					false), 0, 50);
			assertThat(late.items()).extracting(Meeting.Decision::id).contains(parking).doesNotContain(lamps);
		}
		finally {
			this.clock.advance(Duration.ofDays(-20));
		}

		Map<String, Long> after = this.dashboards.totals(worker, "meeting_decision", yongan(), today, today);
		assertThat(after.get("DECIDED") - before.get("DECIDED")).isEqualTo(2);
		assertThat(after.get("DONE_ON_TIME") - before.get("DONE_ON_TIME")).isEqualTo(1);
		assertThat(after.get("OVERDUE") - before.get("OVERDUE")).isEqualTo(1);
		for (FigureSource s : this.rollups.sources()) {
			assertThat(this.rollups.mismatches(s)).as(s.kind()).isZero();
		}
		assertThat(this.queries.get(worker, id).decisions()).extracting(Meeting.Decision::status)
			.containsExactly(DecisionStatus.DONE, DecisionStatus.OPEN);
		// every number opens onto exactly what it counts
		assertThat(this.queries.decisions(worker, new MeetingQueries.Filter(null, null, null, "DONE_ON_TIME",
				today, today, false), 0, 100).total())
			.isEqualTo(after.get("DONE_ON_TIME"));
	}

	@Test
	void openMattersOfTheMeetingsPlaceGoOnItsAgendaWithALinkAndNothingElseDoes() {
		Actor worker = actor("worker");
		LocalDate today = LocalDate.now(this.clock);
		long yard = id("region", "code", "650203001001-01");
		long meeting = this.meetings.convene(worker, new MeetingForm(yard, Kind.SHUOSHI, "测试：说事会议程", "院坝",
				today.plusDays(2).atTime(19, 0), "永安小区", 3, "居民\n物业", "开场"));
		long lamps = this.jdbc.sql("select id from problem where title = '东门夜间照明不足'").query(Long.class).single();
		this.meetings.addToAgenda(worker, meeting, "problem", lamps);
		assertThat(this.queries.get(worker, meeting).agenda()).extracting(Meeting.AgendaItem::link)
			.containsExactly(null, "/problems/" + lamps);
		assertThat(this.queries.get(worker, meeting).agenda().get(1).title()).contains("东门夜间照明不足");
		assertThatThrownBy(() -> this.meetings.addToAgenda(worker, meeting, "problem", lamps)).as("once")
			.satisfies(t -> assertThat(((Rejected) t).messageKey()).isEqualTo("meeting.rejected.onAgenda"));
		// a matter of the community but not of this compound; one of another city; a kind that is not pointed at
		long community = this.problems.record(worker, new ProblemForm(id("region", "code",
				"650203001001"), ProblemTerms.Kind.OTHER, ProblemTerms.Source.WALK,
				"测试：社区级问题", "x", "马丽"));
		long langzhong = this.jdbc.sql("select min(id) from problem where title = '楼道电路老化'").query(Long.class)
			.single();
		for (Object[] bad : new Object[][] { { "problem", community, "meeting.rejected.otherPlace" },
				{ "problem", langzhong, "binding.rejected.outOfScope" }, { "person", 1L, "binding.rejected.outOfScope" },
				{ "problem", 999_999_999L, "binding.rejected.outOfScope" }, { null, lamps, "binding.rejected.outOfScope" } }) {
			assertThatThrownBy(() -> this.meetings.addToAgenda(worker, meeting, (String) bad[0], (Long) bad[1]))
				.as(bad[0] + " " + bad[1])
				.satisfies(t -> assertThat(((Rejected) t).violations()).extracting(Rejected.Violation::messageKey)
					.containsExactly((String) bad[2]));
		}
		assertThat(this.queries.get(worker, meeting).agenda()).hasSize(2);
		assertThatThrownBy(() -> this.meetings.addToAgenda(actor("leader"), meeting, "problem", lamps))
			.isInstanceOf(AccessDenied.class);
	}

	@Test
	void idsFromAnotherRegionAreRefusedAndNothingOutsideIsShown() {
		Actor worker = actor("worker");
		long otherCity = id("region", "code", "511381001001");
		assertThatThrownBy(() -> this.meetings.convene(worker, new MeetingForm(otherCity, Kind.JOINT, "x", "y",
				LocalDate.of(2026, 12, 1).atTime(9, 0), "z", 1, "", "议题"))).isInstanceOf(NotFound.class);
		long id = this.meetings.convene(worker, talk("测试：外单位", 1));
		this.meetings.open(worker, id);
		this.meetings.signIn(worker, id, "甲", null);
		long foreignUnit = this.jdbc.sql("""
				select o.id from organisation o join region r on r.id = o.region_id where r.code like '5113%' order by o.id limit 1""")
			.query(Long.class).single();
		assertThatThrownBy(() -> this.meetings.decide(worker, id, new DecisionForm("x", null, foreignUnit, 5)))
			.isInstanceOf(Rejected.class).extracting(e -> ((Rejected) e).messageKey()).isEqualTo("meeting.rejected.unknownOrganisation");
		assertThatThrownBy(() -> this.queries.get(actor("worker9"), id)).isInstanceOf(NotFound.class);
		assertThatThrownBy(() -> this.meetings.open(actor("leader"), id)).isInstanceOf(AccessDenied.class);
		assertThatThrownBy(() -> this.meetings.convene(worker, new MeetingForm(yongan(), null, " ", "", null, "", 0,
				"", ""))).isInstanceOf(Rejected.class)
			.satisfies(ex -> assertThat(((Rejected) ex).violations()).extracting(Rejected.Violation::field)
				.contains("kind", "title", "place", "startsAt", "convener", "quorum", "agenda"));
	}

}
