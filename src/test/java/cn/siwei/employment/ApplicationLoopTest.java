package cn.siwei.employment;

import java.util.EnumSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

import cn.siwei.employment.ApplicationLoop.Act;
import cn.siwei.employment.ApplicationLoop.Party;
import cn.siwei.employment.EmploymentTerms.Refusal;
import cn.siwei.employment.EmploymentTerms.Status;

import static org.assertj.core.api.Assertions.assertThat;

/** Every act from every state for every party, and who may give which reason for a refusal. */
class ApplicationLoopTest {

	@Test
	void eachActStartsOnlyFromItsStatesAndOnlyForItsParties() {
		for (Status s : Status.values()) {
			for (Act act : Act.values()) {
				for (Party p : Party.values()) {
					var refusal = ApplicationLoop.refusal(act, s, EnumSet.of(p));
					if (!act.parties().contains(p)) {
						assertThat(refusal).as(act + " by " + p).hasValue("error.forbidden");
					}
					else {
						assertThat(refusal.isEmpty()).as(act + " from " + s + " by " + p).isEqualTo(act.from().contains(s));
					}
				}
				assertThat(ApplicationLoop.refusal(act, s, Set.of())).hasValue("error.forbidden");
			}
		}
		assertThat(ApplicationLoop.allowed(Status.APPLIED, EnumSet.of(Party.EMPLOYER)))
			.containsExactly(Act.VIEW, Act.INTERVIEW, Act.OFFER, Act.REFUSE);
		assertThat(ApplicationLoop.allowed(Status.OFFERED, EnumSet.of(Party.STAFF))).containsExactly(Act.HIRE, Act.REFUSE);
		assertThat(ApplicationLoop.allowed(Status.OFFERED, EnumSet.of(Party.SEEKER))).containsExactly(Act.REFUSE);
		assertThat(ApplicationLoop.allowed(Status.REFUSED, EnumSet.of(Party.STAFF))).containsExactly(Act.REOPEN);
		assertThat(ApplicationLoop.allowed(Status.CLOSED, EnumSet.of(Party.EMPLOYER))).containsExactly(Act.REOPEN);
		assertThat(ApplicationLoop.allowed(Status.HIRED, EnumSet.allOf(Party.class))).isEmpty();
		assertThat(ApplicationLoop.allowed(Status.VIEWED, EnumSet.of(Party.SYSTEM))).containsExactly(Act.CLOSE);
	}

	@Test
	void aSeekerAloneMayOnlyDeclineAndEveryRefusalNeedsAReason() {
		assertThat(ApplicationLoop.reasonRefusal(Refusal.SEEKER_DECLINED, EnumSet.of(Party.SEEKER))).isEmpty();
		assertThat(ApplicationLoop.reasonRefusal(Refusal.SKILLS, EnumSet.of(Party.SEEKER)))
			.hasValue("employment.rejected.seekerReason");
		assertThat(ApplicationLoop.reasonRefusal(Refusal.SKILLS, EnumSet.of(Party.EMPLOYER))).isEmpty();
		assertThat(ApplicationLoop.reasonRefusal(Refusal.SKILLS, EnumSet.of(Party.SEEKER, Party.STAFF))).isEmpty();
		assertThat(ApplicationLoop.reasonRefusal(null, EnumSet.of(Party.STAFF))).hasValue("employment.rejected.reason");
	}

}
