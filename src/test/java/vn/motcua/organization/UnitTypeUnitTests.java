package vn.motcua.organization;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Districts and towns are offered for dates before 01/07/2025 only. */
class UnitTypeUnitTests {

	@Test
	void theTwoTierEraOffersNoDistrictNorTown() {
		assertThat(UnitType.offeredOn(LocalDate.of(2025, 6, 30))).containsExactly(UnitType.values());
		assertThat(UnitType.offeredOn(LocalDate.of(2025, 7, 1))).containsExactly(UnitType.PROVINCE, UnitType.COMMUNE,
				UnitType.WARD);
	}

}
