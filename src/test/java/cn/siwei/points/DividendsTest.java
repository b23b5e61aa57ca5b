package cn.siwei.points;

import java.util.List;

import org.junit.jupiter.api.Test;

import cn.siwei.points.Dividends.Share;
import cn.siwei.points.Dividends.Weight;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Largest remainder: the cents add up to the pool, the left-over cents go where rounding dropped the most. */
class DividendsTest {

	@Test
	void theSharesAddUpToThePoolToTheCent() {
		// 100.00 yuan by 1 : 1 : 1 → 33.34, 33.33, 33.33 (the tie goes to the lower number)
		List<Share> thirds = Dividends.split(10_000, List.of(new Weight(3, 1), new Weight(1, 1), new Weight(2, 1)));
		assertThat(thirds).extracting(Share::cents).containsExactly(3333L, 3334L, 3333L);
		assertThat(thirds).extracting(Share::remainderRank).containsExactly(0, 1, 0);
		// 10.00 by 7 : 2 : 1 exactly
		assertThat(Dividends.split(1_000, List.of(new Weight(1, 7), new Weight(2, 2), new Weight(3, 1))))
			.extracting(Share::cents).containsExactly(700L, 200L, 100L);
		// 1.00 by 1 : 2 : 3 → 16.67, 33.33, 50: the larger dropped fraction gets the cent
		List<Share> sixths = Dividends.split(100, List.of(new Weight(1, 1), new Weight(2, 2), new Weight(3, 3)));
		assertThat(sixths).extracting(Share::cents).containsExactly(17L, 33L, 50L);
		for (long pool : new long[] { 1, 99, 12_345_678, 100_000_000_00L }) {
			List<Share> s = Dividends.split(pool, List.of(new Weight(1, 13), new Weight(2, 0), new Weight(3, 997),
					new Weight(4, 1), new Weight(5, 7_000_000)));
			assertThat(s.stream().mapToLong(Share::cents).sum()).as("pool " + pool).isEqualTo(pool);
			assertThat(s.get(1).cents()).as("no points, no share").isZero();
		}
		assertThat(Dividends.split(100, List.of(new Weight(1, 0)))).isEmpty();
		assertThatThrownBy(() -> Dividends.split(100, List.of(new Weight(1, -1)))).isInstanceOf(IllegalArgumentException.class);
	}

}
