package vn.motcua.planning.domain;

import java.time.LocalDate;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Deadlines as plans write them: dates, months, quarters and «Thường xuyên». */
class WrittenDeadlineUnitTests {

	private static Optional<LocalDate> read(String text) {
		return WrittenDeadline.read(text, 2026);
	}

	@Test
	void datesMonthsQuartersAndOngoing() {
		assertThat(read("30/6/2026")).contains(LocalDate.of(2026, 6, 30));
		assertThat(read("05/01/2027")).contains(LocalDate.of(2027, 1, 5));
		assertThat(read("Tháng 2/2028")).contains(LocalDate.of(2028, 2, 29));
		assertThat(read("tháng 12 / 2026")).contains(LocalDate.of(2026, 12, 31));
		assertThat(read("Quý I/2026")).contains(LocalDate.of(2026, 3, 31));
		assertThat(read("QUÝ II/2026")).contains(LocalDate.of(2026, 6, 30));
		assertThat(read("Quý III/2026")).contains(LocalDate.of(2026, 9, 30));
		assertThat(read("Quý IV/2026")).contains(LocalDate.of(2026, 12, 31));
		assertThat(read("Quy 2/2027")).contains(LocalDate.of(2027, 6, 30));
		assertThat(read("quý 4/2026")).contains(LocalDate.of(2026, 12, 31));
		assertThat(read(" Thường xuyên ")).contains(LocalDate.of(2026, 12, 31));
		assertThat(read("thuong xuyen")).contains(LocalDate.of(2026, 12, 31));
	}

	@Test
	void whatIsNoDeadlineIsRefused() {
		for (String text : new String[] { "", "sớm nhất có thể", "Tháng 13/2026", "Tháng 0/2026", "Quý V/2026", "31/02/2026",
				"Quý II", "2026" }) {
			assertThat(read(text)).as(text).isEmpty();
		}
	}

}
