package cn.siwei.problem;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import cn.siwei.access.Actor;
import cn.siwei.access.Role;
import cn.siwei.problem.ProblemLoop.Act;
import cn.siwei.problem.ProblemTerms.Status;

import static org.assertj.core.api.Assertions.assertThat;

/** Every act from every state, for one who may handle problems and for a leader who may only look. */
class ProblemLoopTest {

	static final Actor WORKER = new Actor(1, "w", "w", Role.COMMUNITY_WORKER, "/1/", null, null);

	static final Actor LEADER = new Actor(2, "l", "l", Role.LEADER, "/1/", null, null);

	@BeforeAll
	static void grantTheCapabilitysPermissions() {
		Role.grant(new ProblemPermissions());
	}

	@Test
	void eachActStartsOnlyFromItsStates() {
		for (Status s : Status.values()) {
			for (Act act : Act.values()) {
				assertThat(ProblemLoop.refusal(act, s, WORKER).isEmpty()).as(act + " from " + s)
					.isEqualTo(act.from().contains(s));
				assertThat(ProblemLoop.refusal(act, s, LEADER)).hasValue("error.forbidden");
			}
		}
		assertThat(ProblemLoop.allowed(Status.FOUND, WORKER)).containsExactly(Act.ASSIGN, Act.DROP);
		assertThat(ProblemLoop.allowed(Status.ASSIGNED, WORKER)).containsExactly(Act.ASSIGN, Act.PROGRESS, Act.FINISH,
				Act.DROP);
		assertThat(ProblemLoop.allowed(Status.DONE, WORKER)).containsExactly(Act.REOPEN);
		assertThat(ProblemLoop.allowed(Status.DONE, LEADER)).isEmpty();
	}

}
