package vn.motcua.portal.domain;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import vn.motcua.catalogue.ProcedureLevel;
import vn.motcua.organization.AgencyKind;
import vn.motcua.organization.AgencyView;
import vn.motcua.organization.UnitType;
import vn.motcua.organization.UnitView;

import static org.assertj.core.api.Assertions.assertThat;

class FilingOfficesUnitTests {

	private static final UnitView PROVINCE = unit("19", UnitType.PROVINCE);

	private static final UnitView DISTRICT = unit("164", UnitType.DISTRICT);

	private static final UnitView COMMUNE = unit("05611", UnitType.COMMUNE);

	private static final UnitView TOWN = unit("05605", UnitType.TOWN);

	private static final UnitView WARD = unit("05500", UnitType.WARD);

	private static UnitView unit(String code, UnitType type) {
		return new UnitView(UUID.randomUUID(), code, "Đơn vị " + code, type, null, null, null, null, null, 0);
	}

	private static AgencyView agency(String name, AgencyKind kind, UnitView unit) {
		return new AgencyView(UUID.randomUUID(), "000." + name, name, kind, unit.id(), unit.code(), unit.name(), null,
				null, null, null, null, null, 0);
	}

	@Test
	void aUnitFilesAtItsOneStopDeskElseAtItsPeoplesCommitteeByName() {
		AgencyView communeDesk = agency("Bộ phận một cửa xã Phú Lương", AgencyKind.ONE_STOP_DESK, COMMUNE);
		AgencyView communeCommittee = agency("UBND xã Phú Lương", AgencyKind.PEOPLES_COMMITTEE, COMMUNE);
		AgencyView townCommittee = agency("UBND thị trấn Đu", AgencyKind.PEOPLES_COMMITTEE, TOWN);
		AgencyView townDepartment = agency("Ban A thị trấn Đu", AgencyKind.DEPARTMENT, TOWN);
		AgencyView wardDepartment = agency("Phòng B phường", AgencyKind.DEPARTMENT, WARD);
		List<AgencyView> agencies = List.of(communeCommittee, townDepartment, communeDesk, townCommittee, wardDepartment,
				agency("UBND huyện", AgencyKind.PEOPLES_COMMITTEE, DISTRICT));

		assertThat(FilingOffices.of(ProcedureLevel.COMMUNE, agencies, List.of(PROVINCE, DISTRICT, COMMUNE, TOWN, WARD)))
			.containsExactly(communeDesk, townCommittee);
	}

	@Test
	void anAgencyOfAUnitNoLongerInForceReceivesNothing() {
		AgencyView dissolved = agency("UBND xã cũ", AgencyKind.PEOPLES_COMMITTEE, COMMUNE);

		assertThat(FilingOffices.of(ProcedureLevel.COMMUNE, List.of(dissolved), List.of(TOWN))).isEmpty();
	}

	@Test
	void aDistrictProcedureGoesToTheDistrictWhileItExistsThenToTheCommunes() {
		AgencyView district = agency("UBND huyện Phú Lương", AgencyKind.PEOPLES_COMMITTEE, DISTRICT);
		AgencyView commune = agency("UBND xã Phú Lương", AgencyKind.PEOPLES_COMMITTEE, COMMUNE);

		assertThat(FilingOffices.of(ProcedureLevel.DISTRICT, List.of(district, commune), List.of(DISTRICT, COMMUNE)))
			.containsExactly(district);
		assertThat(FilingOffices.of(ProcedureLevel.DISTRICT, List.of(district, commune), List.of(COMMUNE)))
			.containsExactly(commune);
	}

	@Test
	void aProvinceProcedureHasNoFallback() {
		AgencyView commune = agency("UBND xã Phú Lương", AgencyKind.PEOPLES_COMMITTEE, COMMUNE);

		assertThat(FilingOffices.of(ProcedureLevel.PROVINCE, List.of(commune), List.of(PROVINCE, COMMUNE))).isEmpty();
		AgencyView province = agency("UBND tỉnh", AgencyKind.PEOPLES_COMMITTEE, PROVINCE);
		assertThat(FilingOffices.of(ProcedureLevel.PROVINCE, List.of(province, commune), List.of(PROVINCE, COMMUNE)))
			.containsExactly(province);
	}

	@Test
	void communesWardsAndTownsHandleCommuneProcedures() {
		assertThat(FilingOffices.levelOf(UnitType.PROVINCE)).isEqualTo(ProcedureLevel.PROVINCE);
		assertThat(FilingOffices.levelOf(UnitType.DISTRICT)).isEqualTo(ProcedureLevel.DISTRICT);
		assertThat(FilingOffices.levelOf(UnitType.COMMUNE)).isEqualTo(ProcedureLevel.COMMUNE);
		assertThat(FilingOffices.levelOf(UnitType.WARD)).isEqualTo(ProcedureLevel.COMMUNE);
		assertThat(FilingOffices.levelOf(UnitType.TOWN)).isEqualTo(ProcedureLevel.COMMUNE);
	}

}
