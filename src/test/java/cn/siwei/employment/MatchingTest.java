package cn.siwei.employment;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import cn.siwei.employment.EmploymentTerms.Hours;
import cn.siwei.employment.Matching.Match;
import cn.siwei.employment.Matching.Reason;
import cn.siwei.employment.Matching.Side;

import static org.assertj.core.api.Assertions.assertThat;

/** Matching ranks by its reasons, the same both ways, and says each one. */
class MatchingTest {

	static final Side CLEANER_JOB = new Side("/1/2/3/4/", Set.of("保洁", "收纳"), Set.of("4-09"), Hours.FULL_TIME);

	@Test
	void theClosestFittingSeekerComesFirstWithEveryReasonSaid() {
		List<Match> matches = new ArrayList<>();
		// same community, wishes for cleaning, both skills, full time: 3 + 4 + 3 + 2
		matches.add(Matching.score(1, "邻居", new Side("/1/2/3/4/9/", Set.of("保洁", "收纳", "做饭"), Set.of("4-09"),
				Hours.FULL_TIME), CLEANER_JOB, false));
		// same street, one skill, flexible: 2 + 2 + 1
		matches.add(Matching.score(2, "同街道", new Side("/1/2/3/5/", Set.of("保洁"), Set.of("4-10"), Hours.FLEXIBLE),
				CLEANER_JOB, false));
		// another district: nothing in common but the hours
		matches.add(Matching.score(3, "远处", new Side("/1/7/8/9/", Set.of("焊工"), Set.of("6-25"), Hours.FULL_TIME),
				CLEANER_JOB, false));
		// as the first, but this employer refused them before
		matches.add(Matching.score(4, "曾婉拒", new Side("/1/2/3/4/", Set.of("保洁", "收纳"), Set.of("4-09"),
				Hours.FULL_TIME), CLEANER_JOB, true));
		matches.sort(Matching.ORDER);
		assertThat(matches).extracting(Match::id).containsExactly(1L, 4L, 2L, 3L);
		assertThat(matches.get(0).score()).isEqualTo(12);
		assertThat(matches.get(0).reasons()).extracting(Reason::key).containsExactly("employment.reason.wish",
				"employment.reason.skill", "employment.reason.skill", "employment.reason.community",
				"employment.reason.hours");
		assertThat(matches.get(1).reasons()).extracting(Reason::key).contains("employment.reason.refusedBefore");
		assertThat(matches.get(2).score()).isEqualTo(5);
		assertThat(matches.get(2).reasons()).extracting(Reason::key).contains("employment.reason.street",
				"employment.reason.flexible");
		assertThat(matches.get(3).score()).isEqualTo(2);
	}

	@Test
	void theTreeIsTheEmploymentCircle() {
		assertThat(Matching.commonDepth("/1/2/3/4/", "/1/2/3/4/5/")).isEqualTo(4);
		assertThat(Matching.commonDepth("/1/2/3/4/", "/1/2/3/8/")).isEqualTo(3);
		assertThat(Matching.commonDepth("/1/2/", "/9/")).isZero();
		assertThat(EmploymentQueries.ancestor("/1/5/12/40/", 2)).isEqualTo("/1/5/");
		assertThat(EmploymentQueries.ancestor("/1/", 2)).isEqualTo("/1/");
	}

}
