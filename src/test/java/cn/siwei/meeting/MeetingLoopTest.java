package cn.siwei.meeting;

import java.util.EnumSet;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import cn.siwei.access.Actor;
import cn.siwei.access.Role;
import cn.siwei.meeting.MeetingLoop.Act;
import cn.siwei.meeting.MeetingLoop.DecisionAct;
import cn.siwei.meeting.MeetingTerms.DecisionStatus;
import cn.siwei.meeting.MeetingTerms.Status;

import static org.assertj.core.api.Assertions.assertThat;

/** Every act from every state, for those who may and those who may not; the quorum and the close rule. */
class MeetingLoopTest {

	static final Actor WORKER = new Actor(1, "w", "w", Role.COMMUNITY_WORKER, "/1/", null, null);

	static final Actor LEADER = new Actor(2, "l", "l", Role.LEADER, "/1/", null, null);

	static final Actor HANDLER = new Actor(3, "h", "h", Role.DEPARTMENT_HANDLER, "/1/", 5L, null);

	@BeforeAll
	static void grantTheCapabilitysPermissions() {
		Role.grant(new MeetingPermissions());
	}

	@Test
	void eachActStartsOnlyFromItsStatesAndOnlyForThoseWhoConvene() {
		assertThat(MeetingLoop.allowed(Status.PLANNED, WORKER)).containsExactlyInAnyOrder(Act.AGENDA, Act.OPEN,
				Act.CANCEL);
		assertThat(MeetingLoop.allowed(Status.IN_SESSION, WORKER)).containsExactlyInAnyOrder(Act.AGENDA, Act.SIGN_IN,
				Act.DECIDE, Act.CLOSE);
		assertThat(MeetingLoop.allowed(Status.CLOSED, WORKER)).isEmpty();
		assertThat(MeetingLoop.allowed(Status.CANCELLED, WORKER)).isEmpty();
		for (Status s : Status.values()) {
			assertThat(MeetingLoop.allowed(s, LEADER)).as("a leader reads, does not convene").isEmpty();
			for (Act act : Act.values()) {
				var refusal = MeetingLoop.refusal(act, s, WORKER);
				assertThat(refusal.isEmpty()).as(act + " from " + s).isEqualTo(act.from().contains(s));
				refusal.ifPresent(r -> assertThat(r.forbidden()).isFalse());
				assertThat(MeetingLoop.refusal(act, s, LEADER)).get().extracting(MeetingLoop.Refusal::forbidden)
					.isEqualTo(true);
			}
		}
	}

	@Test
	void aDecisionIsFollowedByStaffAndUnitsUntilDone() {
		for (DecisionAct act : DecisionAct.values()) {
			assertThat(MeetingLoop.refusal(act, DecisionStatus.OPEN, HANDLER)).isEmpty();
			assertThat(MeetingLoop.refusal(act, DecisionStatus.DONE, WORKER)).get()
				.extracting(MeetingLoop.Refusal::messageKey).isEqualTo("meeting.rejected.decisionDone");
			assertThat(MeetingLoop.refusal(act, DecisionStatus.OPEN, LEADER)).get()
				.extracting(MeetingLoop.Refusal::forbidden).isEqualTo(true);
		}
		assertThat(EnumSet.allOf(DecisionAct.class)).allMatch(a -> a.from().equals(EnumSet.of(DecisionStatus.OPEN)));
	}

	@Test
	void decisionsNeedTheQuorumAndClosingNeedsMinutesAndAttendance() {
		assertThat(MeetingLoop.quorate(4, 5)).isFalse();
		assertThat(MeetingLoop.quorate(5, 5)).isTrue();
		assertThat(MeetingLoop.closeRefusal("  ", 3)).hasValue("meeting.rejected.noMinutes");
		assertThat(MeetingLoop.closeRefusal("纪要", 0)).hasValue("meeting.rejected.noAttendance");
		assertThat(MeetingLoop.closeRefusal("纪要", 1)).isEmpty();
	}

}
