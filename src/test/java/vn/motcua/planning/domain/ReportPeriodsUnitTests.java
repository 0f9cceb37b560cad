package vn.motcua.planning.domain;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import vn.motcua.shared.FieldInvalid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Periods of periodic reports: their codes, days, data cut-off (Decree 09/2019 Art. 12), due days, register. */
class ReportPeriodsUnitTests {

	private static LocalDate d(String iso) {
		return LocalDate.parse(iso);
	}

	@Test
	void codesReadAndWriteEachFrequency() {
		assertThat(ReportPeriod.parse("2025-Q1")).isEqualTo(new ReportPeriod(Frequency.QUARTERLY, 2025, 1));
		assertThat(ReportPeriod.parse(" 2025-m3 ").code()).isEqualTo("2025-M03");
		assertThat(ReportPeriod.parse("2025-M12").code()).isEqualTo("2025-M12");
		assertThat(ReportPeriod.parse("2026-H2").code()).isEqualTo("2026-H2");
		assertThat(ReportPeriod.parse("2026-Y1").code()).isEqualTo("2026-Y1");
		for (String wrong : new String[] { "2025-Q5", "2025-Q0", "2025-M13", "2025-H3", "2025-Y2", "2025Q1", "2025-X1", "" }) {
			assertThatThrownBy(() -> ReportPeriod.parse(wrong)).isInstanceOfSatisfying(FieldInvalid.class, ex -> {
				assertThat(ex.field()).isEqualTo("period");
				assertThat(ex.fieldMessageKey()).isEqualTo("validation.period");
			});
		}
		assertThatThrownBy(() -> ReportPeriod.parse(null)).isInstanceOf(FieldInvalid.class);
	}

	@Test
	void aPeriodHasItsDaysItsDataCutOffAndItsNext() {
		ReportPeriod q1 = ReportPeriod.parse("2025-Q1");
		assertThat(q1.from()).isEqualTo(d("2025-01-01"));
		assertThat(q1.to()).isEqualTo(d("2025-03-31"));
		assertThat(q1.dataFrom()).isEqualTo(d("2024-12-15"));
		assertThat(q1.dataTo()).isEqualTo(d("2025-03-14"));
		assertThat(q1.next().code()).isEqualTo("2025-Q2");
		assertThat(ReportPeriod.parse("2025-Q4").next().code()).isEqualTo("2026-Q1");
		ReportPeriod feb = ReportPeriod.parse("2024-M02");
		assertThat(feb.to()).isEqualTo(d("2024-02-29"));
		assertThat(feb.dataFrom()).isEqualTo(d("2024-01-15"));
		ReportPeriod h2 = ReportPeriod.parse("2025-H2");
		assertThat(h2.from()).isEqualTo(d("2025-07-01"));
		assertThat(h2.dataTo()).isEqualTo(d("2025-12-14"));
		ReportPeriod year = ReportPeriod.parse("2025-Y1");
		assertThat(year.dataFrom()).isEqualTo(d("2024-12-15"));
		assertThat(year.dataTo()).isEqualTo(d("2025-12-14"));
		assertThat(year.next().code()).isEqualTo("2026-Y1");
		assertThat(ReportPeriod.containing(Frequency.QUARTERLY, d("2025-06-30")).code()).isEqualTo("2025-Q2");
		assertThat(ReportPeriod.containing(Frequency.MONTHLY, d("2025-11-01")).code()).isEqualTo("2025-M11");
		assertThat(ReportPeriod.containing(Frequency.HALF_YEARLY, d("2025-07-01")).code()).isEqualTo("2025-H2");
		assertThat(Frequency.values()).extracting(Frequency::months).containsExactly(1, 3, 6, 12);
		assertThat(ReportPeriod.parse("2025-Q3").roman()).isEqualTo("III");
		assertThat(ReportPeriod.parse("2025-M12").roman()).isEqualTo("XII");
		assertThat(ReportPeriod.parse("2025-H1").roman()).isEqualTo("I");
	}

	@Test
	void theDueDayIsInTheLastMonthOrAfterAndNeverPastTheMonthsEnd() {
		ReportPeriod q1 = ReportPeriod.parse("2025-Q1");
		assertThat(q1.due(15, 0)).isEqualTo(d("2025-03-15"));
		assertThat(q1.due(5, 1)).isEqualTo(d("2025-04-05"));
		assertThat(q1.due(31, 1)).isEqualTo(d("2025-04-30"));
	}

	@Test
	void theRegisterSaysOnTimeLateMissingOrNotYetDue() {
		LocalDate due = d("2025-03-15");
		assertThat(Submission.of(due, due, due.plusDays(9))).isEqualTo(Submission.ON_TIME);
		assertThat(Submission.of(due, due.plusDays(1), due.plusDays(9))).isEqualTo(Submission.LATE);
		assertThat(Submission.of(due, null, due)).isEqualTo(Submission.PENDING);
		assertThat(Submission.of(due, null, due.plusDays(1))).isEqualTo(Submission.MISSING);
		assertThat(Submission.values()).filteredOn(Submission::judged)
			.containsExactly(Submission.ON_TIME, Submission.LATE, Submission.MISSING);
	}

}
