package vn.motcua.organization.domain;

import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import vn.motcua.organization.AgencyKind;
import vn.motcua.organization.domain.Agency.AgencyDetails;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AgencyUnitTests {

	private static final LocalDate FROM = LocalDate.of(2025, 7, 1);

	private static final UUID UNIT = UUID.randomUUID();

	private static AgencyDetails details(String code, String name, UUID parentId, LocalDate to) {
		return new AgencyDetails(code, name, AgencyKind.ONE_STOP_DESK, UNIT, parentId, "Thôn Đồng", "0208 3870 000",
				"motcua@example.vn", FROM, to);
	}

	@Test
	void aNewAgencyKeepsWhatWasEnteredWithoutSurroundingSpaceAtVersionZero() {
		UUID parent = UUID.randomUUID();

		Agency agency = Agency.create(details(" 000.20.06.H55 ", " Bộ phận Một cửa ", parent, null));

		assertThat(agency.details()).isEqualTo(new AgencyDetails("000.20.06.H55", "Bộ phận Một cửa",
				AgencyKind.ONE_STOP_DESK, UNIT, parent, "Thôn Đồng", "0208 3870 000", "motcua@example.vn", FROM, null));
		assertThat(agency.unitId()).isEqualTo(UNIT);
		assertThat(agency.version()).isZero();
	}

	@Test
	void aPeriodMustNotEndBeforeItStarts() {
		assertThatThrownBy(() -> Agency.create(details("X", "A", null, FROM.minusDays(1))))
			.isInstanceOf(OrganizationRuleViolated.class)
			.hasMessageContaining("validity-reversed");
	}

	@Test
	void anAgencyIsNeverItsOwnParentAndAStoredOneKeepsItsVersion() {
		UUID id = UUID.randomUUID();
		Agency agency = Agency.restore(id, details("X", "A", null, null), 3);

		assertThatThrownBy(() -> agency.change(details("X", "A", id, null))).isInstanceOf(OrganizationRuleViolated.class)
			.hasMessageContaining("agency-parent-self");
		agency.change(details("Y ", "B", null, FROM));

		assertThat(agency.id()).isEqualTo(id);
		assertThat(agency.version()).isEqualTo(3);
		assertThat(agency.details().code()).isEqualTo("Y");
		assertThat(agency.details().validTo()).isEqualTo(FROM);
	}

}
