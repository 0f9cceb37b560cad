package vn.motcua.monitoring.statistics;

import java.time.LocalDate;
import java.util.function.Supplier;

/** What the filter form asked: unit, kind of period and the dates it resolves to, with its neighbours. */
record Filter(String unit, String period, LocalDate from, LocalDate to, LocalDate previous, LocalDate next) {

	/**
	 * @param home the unit when the question names none (asked only then).
	 * @param today the day a period without a day is around.
	 */
	static Filter of(Question q, Supplier<String> home, LocalDate today) {
		String code = q.unit() != null && !q.unit().isBlank() ? q.unit().strip() : home.get();
		LocalDate from = q.from();
		LocalDate to = q.to();
		if ("custom".equals(q.period()) && from != null && to != null) {
			long days = to.toEpochDay() - from.toEpochDay() + 1;
			return new Filter(code, "custom", from, to, from.minusDays(days), to.plusDays(1));
		}
		String kind = "month".equals(q.period()) || "quarter".equals(q.period()) ? q.period() : "year";
		LocalDate start = periodStart(q.day() != null ? q.day() : today, kind);
		LocalDate end = periodEnd(start, kind);
		return new Filter(code, kind, start, end, start.minusDays(1), end.plusDays(1));
	}

	/** @return the first day of the period that contains {@code day}: month, quarter or year. */
	static LocalDate periodStart(LocalDate day, String period) {
		return switch (period) {
			case "quarter" -> day.withDayOfMonth(1).withMonth((day.getMonthValue() - 1) / 3 * 3 + 1);
			case "year" -> day.withDayOfYear(1);
			default -> day.withDayOfMonth(1);
		};
	}

	/** @return the last day of the period starting on {@code start}. */
	static LocalDate periodEnd(LocalDate start, String period) {
		return switch (period) {
			case "quarter" -> start.plusMonths(3).minusDays(1);
			case "year" -> start.plusYears(1).minusDays(1);
			default -> start.plusMonths(1).minusDays(1);
		};
	}

}
