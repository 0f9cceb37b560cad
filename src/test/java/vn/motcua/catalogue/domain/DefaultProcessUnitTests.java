package vn.motcua.catalogue.domain;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import vn.motcua.calendar.TimeLimitUnit;
import vn.motcua.catalogue.ProcedureLevel;
import vn.motcua.catalogue.ProcedureView.ProcessStep;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class DefaultProcessUnitTests {

	private static final LocalDate DISTRICT_ERA = LocalDate.of(2024, 1, 1);

	private static final LocalDate TWO_TIERS = LocalDate.of(2025, 7, 1);

	@Test
	void aCommuneProcedureOfTheDistrictEraIsHandledByTheCommuneOfficerAndSignedByTheLeader() {
		List<ProcessStep> steps = DefaultProcess.forProcedure(ProcedureLevel.COMMUNE, TWO_TIERS.minusDays(1), 2,
				TimeLimitUnit.WORKING_DAYS);

		assertThat(steps).extracting(ProcessStep::position, ProcessStep::role, ProcessStep::shareHours)
			.containsExactly(tuple(1, "COMMUNE_OFFICER", 1.5), tuple(2, "COMMUNE_OFFICER", 8.25),
					tuple(3, "LEADER", 3.75), tuple(4, "COMMUNE_OFFICER", 1.5));
		assertThat(steps.get(0).name()).isEqualTo("Tiếp nhận, kiểm tra, số hóa và chuyển hồ sơ");
		assertThat(steps.get(3).name()).isEqualTo("Vào sổ, đóng dấu, chuyển kết quả về Bộ phận Một cửa");
		assertThat(steps).allSatisfy(step -> {
			assertThat(step.interAgency()).isFalse();
			assertThat(step.actingAgencyCode()).isNull();
		});
	}

	@Test
	void fromTheTwoTiersACommuneProcedureGoesFromTheCentresDeskToASpecialistAndTheChairman() {
		List<ProcessStep> steps = DefaultProcess.forProcedure(ProcedureLevel.COMMUNE, TWO_TIERS, 2,
				TimeLimitUnit.WORKING_DAYS);

		assertThat(steps).extracting(ProcessStep::position, ProcessStep::role, ProcessStep::shareHours)
			.containsExactly(tuple(1, "RECEPTION", 1.5), tuple(2, "SPECIALIST", 8.25), tuple(3, "LEADER", 3.75),
					tuple(4, "RECEPTION", 1.5));
	}

	@Test
	void aDistrictOrProvinceProcedureGoesFromTheDeskToASpecialistTheHeadOfUnitAndTheLeader() {
		List<ProcessStep> steps = DefaultProcess.forProcedure(ProcedureLevel.DISTRICT, DISTRICT_ERA, 10,
				TimeLimitUnit.WORKING_DAYS);

		assertThat(steps).extracting(ProcessStep::role, ProcessStep::shareHours)
			.containsExactly(tuple("RECEPTION", 7.5), tuple("SPECIALIST", 30.0), tuple("HEAD_OF_UNIT", 11.25),
					tuple("LEADER", 18.75), tuple("RECEPTION", 7.5));
		assertThat(steps.get(2).name()).isEqualTo("Lãnh đạo phòng xem xét");
		assertThat(DefaultProcess.forProcedure(ProcedureLevel.PROVINCE, TWO_TIERS, 10, TimeLimitUnit.WORKING_DAYS))
			.isEqualTo(steps);
	}

	@Test
	void sharesAreRoundedToQuarterHoursAndNeverUnderAQuarter() {
		List<ProcessStep> sameDay = DefaultProcess.forProcedure(ProcedureLevel.COMMUNE, TWO_TIERS, 0,
				TimeLimitUnit.SAME_DAY);
		assertThat(sameDay).extracting(ProcessStep::shareHours).containsExactly(0.5, 2.25, 1.0, 0.5);

		List<ProcessStep> oneHour = DefaultProcess.forProcedure(ProcedureLevel.DISTRICT, DISTRICT_ERA, 1,
				TimeLimitUnit.WORKING_HOURS);
		assertThat(oneHour).extracting(ProcessStep::shareHours).containsExactly(0.25, 0.5, 0.25, 0.25, 0.25);
	}

	@Test
	void theTotalIsTheTimeLimitInWorkingHours() {
		assertThat(DefaultProcess.totalHours(0, TimeLimitUnit.SAME_DAY)).isEqualTo(4);
		assertThat(DefaultProcess.totalHours(9, TimeLimitUnit.SAME_DAY)).isEqualTo(4);
		assertThat(DefaultProcess.totalHours(6, TimeLimitUnit.WORKING_HOURS)).isEqualTo(6);
		assertThat(DefaultProcess.totalHours(0, TimeLimitUnit.WORKING_HOURS)).isEqualTo(1);
		assertThat(DefaultProcess.totalHours(3, TimeLimitUnit.WORKING_DAYS)).isEqualTo(22.5);
		assertThat(DefaultProcess.totalHours(0, TimeLimitUnit.WORKING_DAYS)).isEqualTo(7.5);
		assertThat(DefaultProcess.totalHours(7, TimeLimitUnit.CALENDAR_DAYS)).isEqualTo(37.5);
		assertThat(DefaultProcess.totalHours(0, TimeLimitUnit.CALENDAR_DAYS)).isEqualTo(7.5 * 5 / 7);
	}

}
