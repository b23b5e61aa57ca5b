package cn.siwei.wish;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.siwei.access.Actor;
import cn.siwei.access.Scope;
import cn.siwei.region.Region;
import cn.siwei.region.Regions;

/**
 * The figures of the wish ledger for a region node and a period, each a count over the ledger, and the rates
 * the seed quotes (one decimal, half up).
 */
@Service
public class WishFigures {

	private final WishRepository repository;

	private final Regions regions;

	private final Clock clock;

	WishFigures(WishRepository repository, Regions regions, Clock clock) {
		this.repository = repository;
		this.regions = regions;
		this.clock = clock;
	}

	/**
	 * The figures of one region and period.
	 *
	 * @param region the node
	 * @param from first day
	 * @param to last day
	 * @param counts every figure
	 */
	public record Figures(Region region, LocalDate from, LocalDate to, Map<WishFigure, Long> counts) {

		public long count(WishFigure figure) {
			return this.counts.get(figure);
		}

		/** Claimed ÷ collected. */
		public BigDecimal claimRate() {
			return rate(count(WishFigure.CLAIMED), count(WishFigure.COLLECTED));
		}

		/** Completed ÷ collected. */
		public BigDecimal completionRate() {
			return rate(count(WishFigure.COMPLETED), count(WishFigure.COLLECTED));
		}

		/** Satisfied or basically satisfied ÷ evaluated. */
		public BigDecimal satisfactionRate() {
			return rate(count(WishFigure.SATISFIED), count(WishFigure.EVALUATED));
		}

	}

	/** A percentage with one decimal, rounded half up; null when nothing is counted below the line. */
	static BigDecimal rate(long numerator, long denominator) {
		if (denominator == 0) {
			return null;
		}
		return BigDecimal.valueOf(numerator * 100L).divide(BigDecimal.valueOf(denominator), 1, RoundingMode.HALF_UP);
	}

	@Transactional(readOnly = true)
	public Figures of(Actor actor, long regionId, LocalDate from, LocalDate to) {
		actor.require(WishPermissions.VIEW);
		Region region = this.regions.get(actor, regionId);
		return new Figures(region, from, to,
				this.repository.figures(Scope.of(region.path()), start(from), end(to)));
	}

	Instant start(LocalDate day) {
		return day.atStartOfDay(this.clock.getZone()).toInstant();
	}

	Instant end(LocalDate day) {
		return day.plusDays(1).atStartOfDay(this.clock.getZone()).toInstant();
	}

}
