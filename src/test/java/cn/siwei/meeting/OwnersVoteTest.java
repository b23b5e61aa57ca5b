package cn.siwei.meeting;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

import cn.siwei.meeting.OwnersVote.Result;
import cn.siwei.meeting.OwnersVote.Tally;

import static org.assertj.core.api.Assertions.assertThat;

/** Civil Code art. 278 at every edge: two thirds to take part, three quarters for major matters, more than half for others. */
class OwnersVoteTest {

	static BigDecimal a(String s) {
		return new BigDecimal(s);
	}

	static Result vote(String totalArea, int owners, String votingArea, int voting, String yesArea, int yes, boolean major) {
		return OwnersVote.decide(new Tally(a(totalArea), owners, a(votingArea), voting, a(yesArea), yes, major));
	}

	@Test
	void exactlyTwoThirdsOfAreaAndOfOwnersTakePart() {
		// 300 m² and 30 owners: 200 m² and 20 owners are two thirds exactly (以上 includes it)
		assertThat(vote("300", 30, "200", 20, "200", 20, false).participated()).isTrue();
		assertThat(vote("300", 30, "199.99", 20, "199.99", 20, false).participated()).as("a hundredth short in area").isFalse();
		assertThat(vote("300", 30, "200", 19, "200", 19, false).participated()).as("one owner short").isFalse();
		// thirds that no decimal holds: 2/3 of 100 m² is 66.666…; 66.67 takes part, 66.66 does not
		assertThat(vote("100", 3, "66.67", 2, "66.67", 2, false).participated()).isTrue();
		assertThat(vote("100", 3, "66.66", 2, "66.66", 2, false).participated()).isFalse();
	}

	@Test
	void aMajorMatterNeedsThreeQuartersOfTheParticipatingAreaAndOwners() {
		// 240 m² and 24 owners take part: 180 m² and 18 owners are three quarters exactly
		assertThat(vote("300", 30, "240", 24, "180", 18, true).passed()).isTrue();
		assertThat(vote("300", 30, "240", 24, "179.99", 18, true).passed()).isFalse();
		assertThat(vote("300", 30, "240", 24, "180", 17, true).passed()).isFalse();
		// what passes an ordinary matter does not pass a major one
		assertThat(vote("300", 30, "240", 24, "150", 15, false).passed()).isTrue();
		assertThat(vote("300", 30, "240", 24, "150", 15, true).passed()).isFalse();
	}

	@Test
	void anOrdinaryMatterNeedsMoreThanHalfExactlyHalfIsNotEnough() {
		assertThat(vote("300", 30, "240", 24, "120", 13, false).passed()).as("half the area").isFalse();
		assertThat(vote("300", 30, "240", 24, "120.01", 12, false).passed()).as("half the owners").isFalse();
		assertThat(vote("300", 30, "240", 24, "120.01", 13, false).passed()).isTrue();
	}

	@Test
	void withoutParticipationNothingPassesAndTheArithmeticIsShown() {
		Result r = vote("300", 30, "150", 15, "150", 15, false);
		assertThat(r.participated()).isFalse();
		assertThat(r.passed()).as("everyone who voted agreed, but too few voted").isFalse();
		assertThat(r.steps()).hasSize(4);
		assertThat(r.steps().get(0).share()).isEqualByComparingTo("50.00");
		assertThat(r.steps().get(0).needed()).isEqualTo("≥ 2/3");
		assertThat(r.steps().get(0).met()).isFalse();
		assertThat(r.steps().get(2).met()).isTrue();
		assertThat(vote("0", 0, "0", 0, "0", 0, false).passed()).as("an empty compound decides nothing").isFalse();
	}

}
