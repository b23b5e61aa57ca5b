package cn.siwei.renovation;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import cn.siwei.access.Actor;
import cn.siwei.access.Role;
import cn.siwei.renovation.RenovationLoop.Act;
import cn.siwei.renovation.RenovationTerms.Status;

import static org.assertj.core.api.Assertions.assertThat;

/** Every act from every state; the households' consent exactly at two thirds and one household either side. */
class RenovationLoopTest {

	static final Actor WORKER = new Actor(1, "w", "w", Role.COMMUNITY_WORKER, "/1/", null, null);

	static final Actor RESIDENT = new Actor(2, "r", "r", Role.RESIDENT, "/1/", null, null);

	@BeforeAll
	static void grantTheCapabilitysPermissions() {
		Role.grant(new RenovationPermissions());
	}

	@Test
	void eachActStartsOnlyFromItsStatesAndResidentsOnlyLook() {
		for (Status s : Status.values()) {
			for (Act act : Act.values()) {
				assertThat(RenovationLoop.refusal(act, s, WORKER).isEmpty()).as(act + " from " + s)
					.isEqualTo(act.from().contains(s));
				assertThat(RenovationLoop.refusal(act, s, RESIDENT)).hasValue("error.forbidden");
			}
		}
		assertThat(RenovationLoop.allowed(Status.ACCEPTED, WORKER)).isEmpty();
		assertThat(RenovationLoop.allowed(Status.REJECTED, WORKER)).containsExactly(Act.CONSULT);
	}

	@Test
	void twoThirdsOfAllTheHouseholdsNotOfThoseWhoAnswered() {
		assertThat(RenovationLoop.consented(20, 30, 2, 3)).as("exactly two thirds").isTrue();
		assertThat(RenovationLoop.consented(19, 30, 2, 3)).as("one short").isFalse();
		assertThat(RenovationLoop.consented(67, 100, 2, 3)).isTrue();
		assertThat(RenovationLoop.consented(66, 100, 2, 3)).as("66% is under two thirds").isFalse();
		assertThat(RenovationLoop.consented(2, 3, 2, 3)).isTrue();
		assertThat(RenovationLoop.consented(10, 30, 2, 3)).as("all who answered agreed, but silence is not consent")
			.isFalse();
		assertThat(RenovationLoop.consented(0, 0, 2, 3)).isFalse();
		assertThat(RenovationLoop.consented(75, 100, 3, 4)).isTrue();
		assertThat(RenovationLoop.consented(74, 100, 3, 4)).isFalse();
	}

}
