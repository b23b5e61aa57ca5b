package cn.siwei.region;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import cn.siwei.access.Actor;
import cn.siwei.figures.FigureSource;
import cn.siwei.figures.Rollups;
import cn.siwei.mediation.MediationForm;
import cn.siwei.mediation.MediationTerms;
import cn.siwei.mediation.Mediations;
import cn.siwei.meeting.MeetingForm;
import cn.siwei.meeting.MeetingTerms;
import cn.siwei.meeting.Meetings;
import cn.siwei.problem.ProblemForm;
import cn.siwei.problem.ProblemTerms;
import cn.siwei.problem.Problems;
import cn.siwei.roster.MemberForm;
import cn.siwei.roster.RosterTerms;
import cn.siwei.roster.Rosters;
import cn.siwei.support.SiweiIT;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A community moves to another street with its meetings, mediation cases, problems and rosters: every record
 * takes the new path, nothing stays behind at the old one, and the figures' rollups stay exact.
 */
class GovernanceFollowsMovesIT extends SiweiIT {

	@Autowired
	Regions regions;

	@Autowired
	Meetings meetings;

	@Autowired
	Mediations mediations;

	@Autowired
	Problems problems;

	@Autowired
	Rosters rosters;

	@Autowired
	Rollups rollups;

	@Test
	void everyGovernanceRecordFollowsItsCommunityToItsNewStreet() {
		Actor admin = Actor.SYSTEM;
		long district = id("region", "code", "650203");
		Region from = this.regions.create(admin, district, "T-GOVMOVE-A", "迁移测试甲街道");
		Region to = this.regions.create(admin, district, "T-GOVMOVE-B", "迁移测试乙街道");
		Region community = this.regions.create(admin, from.id(), "T-GOVMOVE-C", "迁移测试社区");
		LocalDate today = LocalDate.now(this.clock);
		this.meetings.convene(admin, new MeetingForm(community.id(), MeetingTerms.Kind.JOINT, "迁移测试会议", "会议室",
				today.plusDays(1).atTime(10, 0), "社区", 1, "社区\n物业", "议题"));
		this.mediations.receive(admin, new MediationForm(community.id(), MediationTerms.Kind.NEIGHBOUR,
				MediationTerms.Source.VISIT, "甲", null, "乙", null, "迁移测试纠纷"));
		this.problems.record(admin, new ProblemForm(community.id(), ProblemTerms.Kind.OTHER, ProblemTerms.Source.WALK,
				"迁移测试问题", "x", "y"));
		long member = this.rosters.appoint(admin, new MemberForm(community.id(), RosterTerms.Role.STEWARD_COMMUNITY,
				RosterTerms.Appointment.APPOINTED, "迁移测试管家", null, null, null));
		this.rosters.record(admin, member, RosterTerms.ActivityKind.VISIT, "走访", 1, today);

		this.regions.move(admin, community.id(), to.id(), "测试迁移");
		String newPath = this.regions.find(community.id()).orElseThrow().path();
		assertThat(newPath).startsWith(to.path());
		for (String table : List.of("meeting", "mediation", "problem", "roster_member", "roster_activity")) {
			assertThat(this.jdbc.sql("select count(*) from " + table + " where region_path = ?").param(newPath)
				.query(Long.class).single()).as(table + " at the new path").isPositive();
			assertThat(this.jdbc.sql("select count(*) from " + table + " where in_subtree(region_path, ?)")
				.param(from.path()).query(Long.class).single()).as(table + " left behind").isZero();
		}
		for (FigureSource s : this.rollups.sources()) {
			assertThat(this.rollups.mismatches(s)).as(s.kind()).isZero();
		}
	}

}
