package vn.motcua.monitoring.statistics;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.motcua.shared.DomainException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Choosing the question of a monitoring page: the unit, the kind of period and its dates. */
class FilterUnitTests {

	static final LocalDate TODAY = LocalDate.of(2026, 11, 28);

	private static Question question(String unit, String period, String day, String from, String to) {
		return new Question(unit, period, day == null ? null : LocalDate.parse(day),
				from == null ? null : LocalDate.parse(from), to == null ? null : LocalDate.parse(to));
	}

	@Test
	void withoutAnythingItIsThisYearOfTheHomeUnit() {
		Filter f = Filter.of(question(null, null, null, null, null), () -> "168", TODAY);
		assertThat(f).isEqualTo(new Filter("168", "year", LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31),
				LocalDate.of(2025, 12, 31), LocalDate.of(2027, 1, 1)));
	}

	@Test
	void aNamedUnitIsTakenStrippedAndTheHomeUnitIsNotAsked() {
		Filter f = Filter.of(question(" 05611 ", "month", "2024-12-15", null, null), () -> {
			throw new AssertionError("home unit asked");
		}, TODAY);
		assertThat(f).isEqualTo(new Filter("05611", "month", LocalDate.of(2024, 12, 1), LocalDate.of(2024, 12, 31),
				LocalDate.of(2024, 11, 30), LocalDate.of(2025, 1, 1)));
	}

	@Test
	void aBlankUnitIsTheHomeUnit() {
		assertThat(Filter.of(question("  ", null, null, null, null), () -> "19", TODAY).unit()).isEqualTo("19");
	}

	@Test
	void customDatesGoBackAndForwardByTheirOwnLength() {
		Filter f = Filter.of(question("168", "custom", null, "2024-10-05", "2024-10-14"), () -> "", TODAY);
		assertThat(f).isEqualTo(new Filter("168", "custom", LocalDate.of(2024, 10, 5), LocalDate.of(2024, 10, 14),
				LocalDate.of(2024, 9, 25), LocalDate.of(2024, 10, 15)));
	}

	@Test
	void customWithoutBothDatesAndUnknownKindsAreAYear() {
		assertThat(Filter.of(question("168", "custom", "2024-05-05", "2024-10-05", null), () -> "", TODAY).period())
			.isEqualTo("year");
		assertThat(Filter.of(question("168", "week", null, null, null), () -> "", TODAY).from())
			.isEqualTo(LocalDate.of(2026, 1, 1));
	}

	@ParameterizedTest
	@CsvSource({ "2024-02-10, month, 2024-02-01, 2024-02-29", "2024-05-31, quarter, 2024-04-01, 2024-06-30",
			"2024-12-31, quarter, 2024-10-01, 2024-12-31", "2024-01-01, quarter, 2024-01-01, 2024-03-31",
			"2024-08-15, year, 2024-01-01, 2024-12-31" })
	void aPeriodContainsItsDay(LocalDate day, String period, LocalDate start, LocalDate end) {
		assertThat(Filter.periodStart(day, period)).isEqualTo(start);
		assertThat(Filter.periodEnd(start, period)).isEqualTo(end);
	}

	@Test
	void aPeriodEndsNoEarlierThanItStartsAndSpansAtMostFiveYears() {
		Questions.checkPeriod(LocalDate.of(2024, 10, 1), LocalDate.of(2024, 10, 1));
		Questions.checkPeriod(LocalDate.of(2020, 1, 1), LocalDate.of(2025, 1, 1));
		assertThatThrownBy(() -> Questions.checkPeriod(LocalDate.of(2024, 10, 31), LocalDate.of(2024, 10, 1)))
			.isInstanceOf(DomainException.class)
			.extracting("code")
			.isEqualTo("period-invalid");
		assertThatThrownBy(() -> Questions.checkPeriod(LocalDate.of(2020, 1, 1), LocalDate.of(2025, 1, 2)))
			.isInstanceOf(DomainException.class)
			.extracting("code")
			.isEqualTo("period-too-long");
	}

}
