package vn.motcua.monitoring.statistics;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A period is read as whole months from the monthly rollup and the days of cut months from the daily one. */
class RollupSumsUnitTests {

	private static String ranges(String from, String to) {
		LocalDate f = LocalDate.parse(from);
		LocalDate t = LocalDate.parse(to);
		LocalDate firstMonth = f.getDayOfMonth() == 1 ? f : f.plusMonths(1).withDayOfMonth(1);
		LocalDate lastMonthEnd = t.plusDays(1).getDayOfMonth() == 1 ? t : t.withDayOfMonth(1).minusDays(1);
		return String.join(" | ", RollupSums.parts(f, t, firstMonth, lastMonthEnd)
			.stream()
			.map(part -> part.substring(part.indexOf("from monitoring_") + 5).replaceAll("\\s+", " "))
			.toList());
	}

	@Test
	void wholeMonthsComeFromTheMonthlyRollupOnly() {
		assertThat(ranges("2024-10-01", "2024-12-31"))
			.isEqualTo("monitoring_monthly where unit_id in (:units) and month between :firstMonth and :lastMonthEnd");
	}

	@Test
	void cutMonthsAddTheirDaysFromTheDailyRollup() {
		assertThat(ranges("2024-10-05", "2024-12-10")).isEqualTo(
				"monitoring_monthly where unit_id in (:units) and month between :firstMonth and :lastMonthEnd"
						+ " | monitoring_daily where unit_id in (:units) and day between :from and :beforeFirstMonth"
						+ " | monitoring_daily where unit_id in (:units) and day between :afterLastMonth and :to");
	}

	@Test
	void aPeriodWithinOneMonthIsReadByDays() {
		assertThat(ranges("2024-10-05", "2024-10-31"))
			.isEqualTo("monitoring_daily where unit_id in (:units) and day between :from and :to");
	}

}
