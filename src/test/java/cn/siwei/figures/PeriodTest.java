package cn.siwei.figures;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PeriodTest {

	static LocalDate d(String s) {
		return LocalDate.parse(s);
	}

	@Test
	void eachKindHoldsItsDayAndKnowsThePeriodBefore() {
		assertThat(Period.of(Period.Kind.WEEK, d("2026-11-27"))).isEqualTo(new Period(Period.Kind.WEEK, d("2026-11-23"), d("2026-11-29")));
		assertThat(Period.of(Period.Kind.MONTH, d("2026-02-10")).to()).isEqualTo(d("2026-02-28"));
		assertThat(Period.of(Period.Kind.QUARTER, d("2026-11-27"))).isEqualTo(new Period(Period.Kind.QUARTER, d("2026-10-01"), d("2026-12-31")));
		assertThat(Period.of(Period.Kind.QUARTER, d("2026-01-05")).previous()).isEqualTo(new Period(Period.Kind.QUARTER, d("2025-10-01"), d("2025-12-31")));
		assertThat(Period.of(Period.Kind.MONTH, d("2026-03-31")).previous()).isEqualTo(new Period(Period.Kind.MONTH, d("2026-02-01"), d("2026-02-28")));
		assertThat(Period.of(Period.Kind.YEAR, d("2026-06-01")).previous().from()).isEqualTo(d("2025-01-01"));
		assertThat(Period.of(Period.Kind.DAY, d("2026-03-01")).previous().from()).isEqualTo(d("2026-02-28"));
		assertThat(Period.custom(d("2026-01-10"), d("2026-01-01"))).isEqualTo(new Period(Period.Kind.CUSTOM, d("2026-01-01"), d("2026-01-10")));
		assertThat(Period.custom(d("2026-01-01"), d("2026-01-10")).previous()).isEqualTo(new Period(Period.Kind.CUSTOM, d("2025-12-22"), d("2025-12-31")));
	}

	@Test
	void aRunningPeriodIsComparedWithAsManyDaysOfThePeriodBefore() {
		Period december = Period.of(Period.Kind.MONTH, d("2026-12-05"));
		assertThat(december.comparedOn(d("2026-12-05"))).isEqualTo(new Period(Period.Kind.MONTH, d("2026-11-01"), d("2026-11-05")));
		assertThat(december.comparedOn(d("2026-12-31"))).as("a whole month").isEqualTo(december.previous());
		assertThat(december.comparedOn(d("2027-01-10"))).as("a past month").isEqualTo(december.previous());
		assertThat(Period.of(Period.Kind.MONTH, d("2026-03-31")).comparedOn(d("2026-03-30")))
			.as("never past the end of a shorter month").isEqualTo(new Period(Period.Kind.MONTH, d("2026-02-01"), d("2026-02-28")));
		assertThat(Period.of(Period.Kind.YEAR, d("2026-11-27")).comparedOn(d("2026-11-27")).to()).isEqualTo(d("2025-11-27"));
	}

}
