package vn.motcua.catalogue;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** «Cấp huyện» is offered for dates before 01/07/2025 only. */
class ProcedureLevelUnitTests {

	@Test
	void noDistrictLevelFromTheFirstDayOfTheTwoTierEra() {
		assertThat(ProcedureLevel.offeredOn(LocalDate.of(2025, 6, 30))).contains(ProcedureLevel.DISTRICT);
		assertThat(ProcedureLevel.offeredOn(LocalDate.of(2025, 7, 1))).containsExactly(ProcedureLevel.PROVINCE,
				ProcedureLevel.COMMUNE);
	}

}
