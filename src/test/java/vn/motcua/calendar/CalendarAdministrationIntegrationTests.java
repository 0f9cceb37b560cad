package vn.motcua.calendar;

import java.util.Map;

import org.junit.jupiter.api.Test;
import vn.motcua.Http;
import vn.motcua.MotCuaTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.motcua.MotCuaTest.PASSWORD;

/** Administrators keep the holiday calendar and units' office hours; the API follows at once. */
@MotCuaTest
class CalendarAdministrationIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Test
	void anAdministratorRecordsAYearsDecisionAndTheCalendarFollowsAtOnce() {
		Http admin = Http.session(this.port, "admin", PASSWORD);
		String day = "/api/v1/calendar/days?from=2099-03-02&to=2099-03-02";
		assertThat(Http.anonymous(this.port).get(day).<Boolean>json("$[0].provisional")).isTrue();

		Http.Response saved = admin.submitForm("/quan-tri/lich-nghi?year=2099", "/quan-tri/lich-nghi",
				Map.of("date", "2099-03-02", "dayOff", "true", "name", "Ngày nghỉ thử nghiệm", "decision",
						"Công văn 1/VPCP-KGVX (2098)"));

		assertThat(saved.status()).isEqualTo(302);
		Http.Response after = Http.anonymous(this.port).get(day);
		assertThat(after.<Boolean>json("$[0].working")).isFalse();
		assertThat(after.<Boolean>json("$[0].provisional")).isFalse();
		assertThat(after.<String>json("$[0].decision")).isEqualTo("Công văn 1/VPCP-KGVX (2098)");
		assertThat(admin.get("/quan-tri/lich-nghi?year=2099").text()).contains("Ngày nghỉ thử nghiệm");

		admin.submitForm("/quan-tri/lich-nghi?year=2099", "/quan-tri/lich-nghi/xoa", Map.of("date", "2099-03-02"));
		assertThat(Http.anonymous(this.port).get(day).<Boolean>json("$[0].provisional")).isTrue();
	}

	@Test
	void aDateAlreadyInTheCalendarIsRefusedAndTheFormKeepsItsText() {
		Http admin = Http.session(this.port, "admin", PASSWORD);

		Http.Response refused = admin.submitForm("/quan-tri/lich-nghi?year=2025", "/quan-tri/lich-nghi",
				Map.of("date", "2025-04-30", "dayOff", "true", "name", "Trùng ngày", "decision", "Thử"));

		assertThat(refused.status()).isEqualTo(200);
		assertThat(refused.text()).contains("đã có trong lịch nghỉ", "Trùng ngày");
		assertThat(this.jdbc.sql("select name from calendar_official_day where day = '2025-04-30'").query(String.class).single())
			.isEqualTo("Ngày Chiến thắng");
	}

	@Test
	void onlyProvinceLevelAdministratorsEditNationalHolidays() {
		Http district = Http.session(this.port, "quantri.phuluong", PASSWORD);

		Http.Response refused = district.submitForm("/quan-tri/lich-nghi?year=2099", "/quan-tri/lich-nghi",
				Map.of("date", "2099-03-03", "dayOff", "true", "name", "Không được phép", "decision", "Thử"));

		assertThat(refused.text()).contains("chỉ quản trị viên cấp tỉnh trở lên");
		assertThat(this.jdbc.sql("select count(*) from calendar_official_day where day = '2099-03-03'").query(Long.class).single())
			.isZero();
	}

	@Test
	void aUnitsOwnOfficeHoursChangeItsDeadlinesAndItCanInheritAgain() {
		Http admin = Http.session(this.port, "admin", PASSWORD);
		String unitId = Http.anonymous(this.port).get("/api/v1/units/05641?date=2026-01-01").json("$.unit.id");
		String due = "/api/v1/calendar/due-date?receivedAt=2026-11-27T16:00&amount=1&timeUnit=WORKING_DAYS&unit=05641";
		assertThat(Http.anonymous(this.port).get(due).<String>json("$.dueAt")).isEqualTo("2026-11-30T17:00:00+07:00");

		Http.Response saved = admin.submitForm("/quan-tri/gio-lam-viec?unit=" + unitId, "/quan-tri/gio-lam-viec?unit=" + unitId,
				Map.of("morningStart", "07:00", "morningEnd", "11:00", "afternoonStart", "13:00", "afternoonEnd", "16:30",
						"convention", "CIVIL_CODE",
						"saturdayReception", "true", "saturdayCounts", "true"));
		assertThat(saved.status()).isEqualTo(302);
		assertThat(Http.anonymous(this.port).get(due).<String>json("$.dueAt")).isEqualTo("2026-11-28T11:00:00+07:00");

		admin.submitForm("/quan-tri/gio-lam-viec?unit=" + unitId, "/quan-tri/gio-lam-viec/ke-thua", Map.of("unit", unitId));
		assertThat(Http.anonymous(this.port).get(due).<String>json("$.dueAt")).isEqualTo("2026-11-30T17:00:00+07:00");
	}

	@Test
	void officeHoursOutOfOrderAreExplained() {
		Http admin = Http.session(this.port, "admin", PASSWORD);
		String unitId = Http.anonymous(this.port).get("/api/v1/units/05632?date=2026-01-01").json("$.unit.id");

		Http.Response refused = admin.submitForm("/quan-tri/gio-lam-viec?unit=" + unitId,
				"/quan-tri/gio-lam-viec?unit=" + unitId,
				Map.of("morningStart", "11:00", "morningEnd", "07:00", "afternoonStart", "13:00", "afternoonEnd", "16:30",
						"convention", "CIVIL_CODE"));

		assertThat(refused.status()).isEqualTo(200);
		assertThat(refused.text()).contains("Giờ làm việc phải theo thứ tự");
	}

	@Test
	void thePublicCalendarPageShowsTheMonthWithLunarDatesAndReasons() {
		Http.Response page = Http.anonymous(this.port).get("/lich-lam-viec?year=2025&month=4");

		assertThat(page.status()).isEqualTo(200);
		assertThat(page.text()).contains("Lịch làm việc tháng 4/2025", "Giỗ Tổ Hùng Vương (10/3 âm lịch)",
				"Làm bù cho ngày 02/05/2025", "Công văn 8726/VPCP-KGVX (2024)", "10/3/2025");
		assertThat(Http.anonymous(this.port).get("/lich-lam-viec?year=2027&month=2").text())
			.contains("Năm 2027 chưa có văn bản chính thức");
	}

}
