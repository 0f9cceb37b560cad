package vn.motcua.organization.domain;

import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import vn.motcua.organization.UnitType;
import vn.motcua.organization.domain.AdministrativeUnit.UnitDetails;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AdministrativeUnitUnitTests {

	private static final LocalDate FROM = LocalDate.of(2025, 7, 1);

	private static UnitDetails details(String code, String name, UUID parentId, LocalDate from, LocalDate to) {
		return new UnitDetails(code, name, UnitType.WARD, parentId, from, to, "ghi chú");
	}

	@Test
	void aNewUnitKeepsWhatWasEnteredWithoutSurroundingSpaceAtVersionZero() {
		UUID parent = UUID.randomUUID();

		AdministrativeUnit unit = AdministrativeUnit.create(details(" 05611 ", " Phường Mới ", parent, FROM, null));

		assertThat(unit.details()).isEqualTo(new UnitDetails("05611", "Phường Mới", UnitType.WARD, parent, FROM, null,
				"ghi chú"));
		assertThat(unit.code()).isEqualTo("05611");
		assertThat(unit.parentId()).isEqualTo(parent);
		assertThat(unit.version()).isZero();
		assertThat(unit.id()).isNotNull().isNotEqualTo(AdministrativeUnit.create(unit.details()).id());
	}

	@Test
	void aPeriodMustNotEndBeforeItStarts() {
		assertThatThrownBy(() -> AdministrativeUnit.create(details("1", "A", null, FROM, FROM.minusDays(1))))
			.isInstanceOf(OrganizationRuleViolated.class)
			.hasMessageContaining("validity-reversed");
		assertThatNoException().isThrownBy(() -> AdministrativeUnit.create(details("1", "A", null, FROM, FROM)));
		assertThatNoException().isThrownBy(() -> AdministrativeUnit.create(details("1", "A", null, null, FROM)));
		assertThatNoException().isThrownBy(() -> AdministrativeUnit.create(details("1", "A", null, FROM, null)));
	}

	@Test
	void aUnitIsNeverItsOwnParent() {
		AdministrativeUnit unit = AdministrativeUnit.create(details("1", "A", null, FROM, null));

		assertThatThrownBy(() -> unit.change(details("1", "A", unit.id(), FROM, null)))
			.isInstanceOf(OrganizationRuleViolated.class)
			.hasMessageContaining("unit-parent-self");
		assertThat(unit.parentId()).isNull();
	}

	@Test
	void aStoredUnitKeepsItsVersionAndChangesAsEdited() {
		UUID id = UUID.randomUUID();
		AdministrativeUnit unit = AdministrativeUnit.restore(id, details("1", "A", null, FROM, null), 7);

		unit.change(details(" 2 ", "B ", null, FROM, FROM.plusYears(1)));

		assertThat(unit.id()).isEqualTo(id);
		assertThat(unit.version()).isEqualTo(7);
		assertThat(unit.details()).extracting(UnitDetails::code, UnitDetails::name, UnitDetails::validTo)
			.containsExactly("2", "B", FROM.plusYears(1));
	}

}
