package cn.siwei.figures;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;

/**
 * A period of whole days, both ends included, of a kind that knows its predecessor.
 *
 * @param kind day, week, month, quarter, year or custom
 * @param from first day
 * @param to last day
 */
public record Period(Kind kind, LocalDate from, LocalDate to) {

	/** The kinds of period a reader can choose. */
	public enum Kind {

		/** One day. */
		DAY,
		/** Monday to Sunday. */
		WEEK,
		/** A calendar month. */
		MONTH,
		/** A calendar quarter. */
		QUARTER,
		/** A calendar year. */
		YEAR,
		/** Any range of days. */
		CUSTOM;

		public String messageKey() {
			return "figures.period." + name();
		}

	}

	/** The period of a kind that holds {@code day}. */
	public static Period of(Kind kind, LocalDate day) {
		return switch (kind) {
			case DAY, CUSTOM -> new Period(Kind.DAY, day, day);
			case WEEK -> {
				LocalDate monday = day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
				yield new Period(kind, monday, monday.plusDays(6));
			}
			case MONTH -> new Period(kind, day.withDayOfMonth(1), day.with(TemporalAdjusters.lastDayOfMonth()));
			case QUARTER -> {
				LocalDate first = day.withMonth((day.getMonthValue() - 1) / 3 * 3 + 1).withDayOfMonth(1);
				yield new Period(kind, first, first.plusMonths(3).minusDays(1));
			}
			case YEAR -> new Period(kind, day.withDayOfYear(1), day.with(TemporalAdjusters.lastDayOfYear()));
		};
	}

	/** A custom range; the ends are swapped if given the wrong way round. */
	public static Period custom(LocalDate from, LocalDate to) {
		return from.isAfter(to) ? new Period(Kind.CUSTOM, to, from) : new Period(Kind.CUSTOM, from, to);
	}

	/**
	 * What this period is compared with on {@code today}: the period before, or, while this one is still running,
	 * as many of its first days as have passed (the 1st to the 5th of last month on the 5th), so that a part is
	 * not set against a whole.
	 */
	public Period comparedOn(LocalDate today) {
		Period before = previous();
		if (today.isBefore(this.from) || today.isAfter(this.to) || today.equals(this.to)) {
			return before;
		}
		LocalDate end = before.from.plusDays(ChronoUnit.DAYS.between(this.from, today));
		return new Period(before.kind, before.from, end.isAfter(before.to) ? before.to : end);
	}

	/** The period just before, of the same kind (a custom range: as many days, just before). */
	public Period previous() {
		return switch (this.kind) {
			case DAY -> of(Kind.DAY, this.from.minusDays(1));
			case WEEK -> of(Kind.WEEK, this.from.minusWeeks(1));
			case MONTH -> of(Kind.MONTH, this.from.minusMonths(1));
			case QUARTER -> of(Kind.QUARTER, this.from.minusMonths(3));
			case YEAR -> of(Kind.YEAR, this.from.minusYears(1));
			case CUSTOM -> new Period(Kind.CUSTOM, this.from.minusDays(days()), this.from.minusDays(1));
		};
	}

	/** How many days the period has. */
	public long days() {
		return ChronoUnit.DAYS.between(this.from, this.to) + 1;
	}

}
