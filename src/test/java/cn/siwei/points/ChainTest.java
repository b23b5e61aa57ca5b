package cn.siwei.points;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The hash of a posting: every field counts, fields cannot run into each other, times are kept to the microsecond. */
class ChainTest {

	static final Instant AT = Instant.parse("2026-11-27T02:00:00.123456789Z");

	static String hash(String reason, String prev) {
		return Chain.hash(1, 1, 10, 11, 5, "AWARD", "award:x", 3L, null, reason, 7, AT, prev);
	}

	@Test
	void everyFieldCountsAndNoTwoPostingsWriteTheSameText() {
		String base = hash("卫生", Chain.genesis(1));
		assertThat(base).hasSize(64).isEqualTo(hash("卫生", Chain.genesis(1)));
		assertThat(Chain.hash(1, 1, 10, 11, 6, "AWARD", "award:x", 3L, null, "卫生", 7, AT, Chain.genesis(1)))
			.as("the amount").isNotEqualTo(base);
		assertThat(hash("卫生 ", Chain.genesis(1))).as("the reason").isNotEqualTo(base);
		assertThat(hash("卫生", Chain.genesis(2))).as("the previous hash").isNotEqualTo(base);
		assertThat(Chain.hash(1, 1, 10, 11, 5, "AWARD", "award:x", null, 3L, "卫生", 7, AT, Chain.genesis(1)))
			.as("a rule is not a reversal").isNotEqualTo(base);
		// "ab" + "c" and "a" + "bc" are different postings
		assertThat(Chain.hash(1, 1, 10, 11, 5, "AWARD", "ab", null, null, "c", 7, AT, "p"))
			.isNotEqualTo(Chain.hash(1, 1, 10, 11, 5, "AWARD", "a", null, null, "bc", 7, AT, "p"));
		assertThat(Chain.hash(1, 1, 10, 11, 5, "AWARD", "k", null, null, null, 7, AT, "p"))
			.as("no reason is not an empty one").isNotEqualTo(Chain.hash(1, 1, 10, 11, 5, "AWARD", "k", null, null, "", 7, AT, "p"));
		assertThat(hash("卫生", Chain.genesis(1))).as("nanoseconds beyond the microsecond are not kept")
			.isEqualTo(Chain.hash(1, 1, 10, 11, 5, "AWARD", "award:x", 3L, null, "卫生", 7,
					Instant.parse("2026-11-27T02:00:00.123456Z"), Chain.genesis(1)));
		assertThat(Chain.genesis(1)).isNotEqualTo(Chain.genesis(2));
	}

}
