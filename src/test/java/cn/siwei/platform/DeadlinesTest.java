package cn.siwei.platform;

import org.junit.jupiter.api.Test;

import cn.siwei.platform.Deadlines.Deadline;
import cn.siwei.platform.Deadlines.Flag;

import static org.assertj.core.api.Assertions.assertThat;

class DeadlinesTest {

	static final Deadline PART = new Deadline("request_part", "p", "request r",
			"r.id = p.request_id and p.status <> 'DONE'", "p.due_at", "late = true");

	@Test
	void aMissedDeadlineIsFlaggedForItsDueTimeByTheStatementThatFindsIt() {
		assertThat(PART.missed(Flag.forDue("overdue_for"), "p.id")).isEqualTo("update request_part p set "
				+ "overdue_for = p.due_at, late = true from request r where (r.id = p.request_id and p.status <> 'DONE') "
				+ "and p.overdue_for is distinct from p.due_at and p.due_at < :now returning p.id");
	}

	@Test
	void aComingDeadlineIsWarnedOnceAndSetsNothingElse() {
		assertThat(PART.coming(Flag.forDue("warned_for"), "p.id")).isEqualTo("update request_part p set "
				+ "warned_for = p.due_at from request r where (r.id = p.request_id and p.status <> 'DONE') "
				+ "and p.warned_for is distinct from p.due_at and p.due_at >= :now and p.due_at < :horizon returning p.id");
	}

	@Test
	void aBooleanFlagIsRaisedOnceUntilTheActThatMovesTheDeadlineLowersIt() {
		Deadline contact = new Deadline("wish", "w", null, "w.status = 'CLAIMED'", "w.contact_due_at", null);
		assertThat(contact.missed(Flag.bool("contact_overdue"), "w.id")).isEqualTo("update wish w set "
				+ "contact_overdue = true where (w.status = 'CLAIMED') and not w.contact_overdue "
				+ "and w.contact_due_at < :now returning w.id");
	}

}
