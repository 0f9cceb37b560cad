package vn.motcua.organization.units;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import vn.motcua.MotCuaTest;
import vn.motcua.organization.OrganizationManagement;
import vn.motcua.organization.UnitType;
import vn.motcua.organization.UnitView;
import vn.motcua.organization.domain.AdministrativeUnit.UnitDetails;
import vn.motcua.shared.Actor;
import vn.motcua.shared.DomainException;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Issue 17: an administrator could make a unit a child of its own child, a cycle that dropped the
 * branch out of every scope; now refused with {@code unit-parent-cycle} and nothing changes.
 */
@MotCuaTest
class UnitCycleIntegrationTests {

	@Autowired
	UnitAdministration administration;

	@Autowired
	OrganizationManagement organization;

	@Test
	void aUnitCannotSitUnderItselfOrItsOwnSubUnit() {
		LocalDate day = LocalDate.of(2026, 1, 1);
		UnitView province = this.organization.unitOn("19", day).orElseThrow();
		UnitView commune = this.organization.unitOn("05641", day).orElseThrow();
		for (UnitView parent : new UnitView[] { commune, province }) {
			assertThatThrownBy(() -> this.administration.updateUnit(province.id(), province.version(),
					new UnitDetails(province.code(), province.name(), UnitType.PROVINCE, parent.id(), province.validFrom(),
							province.validTo(), province.note()), Actor.system()))
				.isInstanceOfSatisfying(DomainException.class, ex -> assertThat(ex.code()).isEqualTo("unit-parent-cycle"));
		}
		assertThat(this.organization.unitOn("19", day).orElseThrow().parentId()).isNull();
		assertThat(this.organization.unitOn("05641", day).orElseThrow().parentId()).isEqualTo(province.id());
	}

}
