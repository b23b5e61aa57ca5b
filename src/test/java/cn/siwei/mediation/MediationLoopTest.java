package cn.siwei.mediation;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import cn.siwei.access.Actor;
import cn.siwei.access.Role;
import cn.siwei.mediation.MediationLoop.Act;
import cn.siwei.mediation.MediationTerms.Status;

import static org.assertj.core.api.Assertions.assertThat;

/** Every act from every state, with and without a mediator; the conflict and consent rules. */
class MediationLoopTest {

	static final Actor WORKER = new Actor(1, "w", "w", Role.COMMUNITY_WORKER, "/1/", null, null);

	static final Actor LEADER = new Actor(2, "l", "l", Role.LEADER, "/1/", null, null);

	@BeforeAll
	static void grantTheCapabilitysPermissions() {
		Role.grant(new MediationPermissions());
	}

	@Test
	void eachActStartsOnlyFromItsStatesAndSomeNeedAMediator() {
		for (Status s : Status.values()) {
			for (Act act : Act.values()) {
				boolean needsMediator = act == Act.ACCEPT || act == Act.SESSION || act == Act.AGREE || act == Act.OBJECT;
				assertThat(MediationLoop.refusal(act, s, true, WORKER).isEmpty()).as(act + " from " + s)
					.isEqualTo(act.from().contains(s));
				assertThat(MediationLoop.refusal(act, s, false, WORKER).isEmpty()).as(act + " from " + s + " alone")
					.isEqualTo(act.from().contains(s) && !needsMediator);
				assertThat(MediationLoop.refusal(act, s, true, LEADER)).hasValue("error.forbidden");
			}
		}
		assertThat(MediationLoop.allowed(Status.RECEIVED, false, WORKER)).containsExactly(Act.ASSIGN);
		assertThat(MediationLoop.allowed(Status.CLOSED, true, WORKER)).containsExactly(Act.CONFIRM);
	}

	@Test
	void aPartyCannotMediateAndAnExtensionNeedsBothParties() {
		assertThat(MediationLoop.conflict("张桂兰", null, "张桂兰", "物业")).hasValue("mediation.rejected.mediatorIsParty");
		assertThat(MediationLoop.conflict(" 物业 ", null, "张桂兰", "物业")).isPresent();
		assertThat(MediationLoop.conflict("马丽", null, "张桂兰", "物业")).isEmpty();
		assertThat(MediationLoop.bothConsent(true, false)).isFalse();
		assertThat(MediationLoop.bothConsent(true, true)).isTrue();
	}

}
