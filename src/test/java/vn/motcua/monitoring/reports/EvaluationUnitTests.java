package vn.motcua.monitoring.reports;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** The unit grades of Circular 01/2018: ≥15 excellent, 12–<15 good, 9–<12 fair, 6–<9 average, <6 weak. */
class EvaluationUnitTests {

	@ParameterizedTest
	@CsvSource({ "18, EXCELLENT", "15, EXCELLENT", "14.99, GOOD", "12, GOOD", "11.5, FAIR", "9, FAIR", "8.99, AVERAGE",
			"6, AVERAGE", "5.99, WEAK", "0, WEAK" })
	void theTotalGivesTheGrade(double total, Grade grade) {
		assertThat(Grade.of(total)).isEqualTo(grade);
	}

}
