package cn.siwei.points;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A pool of money split by weights to the cent, by largest remainder (as moneyphp's {@code allocate}): each share is
 * first the pool × its weight ÷ all weights, rounded down; the cents left over go one each to the shares whose
 * rounding dropped the most (ties to the lower holder number), so the shares add up to the pool exactly. Pure.
 */
public final class Dividends {

	private Dividends() {
	}

	/**
	 * A holder's weight.
	 *
	 * @param holder who
	 * @param weight their points (not negative)
	 */
	public record Weight(long holder, long weight) {
	}

	/**
	 * A holder's share.
	 *
	 * @param holder who
	 * @param weight their points
	 * @param cents their share
	 * @param remainderRank their place among those given a cent left over (1 first), or 0
	 */
	public record Share(long holder, long weight, long cents, int remainderRank) {
	}

	/** The shares of {@code poolCents} by the weights; empty when every weight is zero. */
	public static List<Share> split(long poolCents, List<Weight> weights) {
		if (poolCents < 0) {
			throw new IllegalArgumentException("a pool is not negative");
		}
		BigInteger total = BigInteger.ZERO;
		for (Weight w : weights) {
			if (w.weight() < 0) {
				throw new IllegalArgumentException("a weight is not negative");
			}
			total = total.add(BigInteger.valueOf(w.weight()));
		}
		if (total.signum() == 0) {
			return List.of();
		}
		BigInteger pool = BigInteger.valueOf(poolCents);
		long given = 0;
		record Part(Weight w, long floor, BigInteger rest) {
		}
		List<Part> parts = new ArrayList<>();
		for (Weight w : weights) {
			BigInteger[] qr = pool.multiply(BigInteger.valueOf(w.weight())).divideAndRemainder(total);
			parts.add(new Part(w, qr[0].longValueExact(), qr[1]));
			given += qr[0].longValueExact();
		}
		long left = poolCents - given;
		List<Part> order = new ArrayList<>(parts);
		order.sort(Comparator.comparing(Part::rest).reversed().thenComparingLong(p -> p.w().holder()));
		List<Share> out = new ArrayList<>();
		for (Part p : parts) {
			int rank = order.indexOf(p) + 1;
			boolean extra = rank <= left;
			out.add(new Share(p.w().holder(), p.w().weight(), p.floor() + (extra ? 1 : 0), extra ? rank : 0));
		}
		return out;
	}

}
