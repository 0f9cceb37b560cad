package vn.motcua.organization;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import vn.motcua.Http;
import vn.motcua.MotCuaTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.motcua.MotCuaTest.PASSWORD;

/** Administrators edit units and agencies in the back office, inside their scope. */
@MotCuaTest
class OrganizationAdministrationIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	OrganizationManagement organization;

	@Test
	void anAdministratorAddsAUnitThroughTheForm() {
		Http browser = Http.session(this.port, "admin", PASSWORD);
		UUID province = province();

		Http.Response saved = browser.submitForm("/quan-tri/don-vi/moi", "/quan-tri/don-vi",
				Map.of("code", "05999", "name", "Xã Thử Nghiệm", "type", "COMMUNE", "parentId", province.toString(),
						"validFrom", "2026-01-01", "validTo", "", "note", "", "version", "0"));

		assertThat(saved.status()).isEqualTo(302);
		assertThat(this.organization.unitOn("05999", LocalDate.of(2026, 6, 1))).get()
			.extracting(UnitView::name, UnitView::parentCode)
			.containsExactly("Xã Thử Nghiệm", "19");
		assertThat(browser.get("/quan-tri/don-vi").body()).contains("Xã Thử Nghiệm");
	}

	@Test
	void aCodeHeldByAnotherUnitInTheSamePeriodIsRefusedAndTheFormKeepsWhatWasTyped() {
		Http browser = Http.session(this.port, "admin", PASSWORD);

		UUID province = province();

		Http.Response refused = browser.submitForm("/quan-tri/don-vi/moi", "/quan-tri/don-vi",
				Map.of("code", "05611", "name", "Xã Trùng Mã", "type", "COMMUNE", "parentId", province.toString(), "validFrom",
						"2025-09-01", "validTo", "", "note", "", "version", "0"));

		assertThat(refused.status()).isEqualTo(200);
		assertThat(refused.text()).contains("Mã \"05611\" đang được một đơn vị khác sử dụng", "Xã Trùng Mã");
	}

	@Test
	void badInputIsExplainedFieldByFieldInVietnamese() {
		Http browser = Http.session(this.port, "admin", PASSWORD);

		Http.Response refused = browser.submitForm("/quan-tri/co-quan/moi", "/quan-tri/co-quan",
				Map.of("code", "sai mã", "name", "", "kind", "DEPARTMENT", "unitId", "", "email", "không-hợp-lệ",
						"version", "0"));

		assertThat(refused.status()).isEqualTo(200);
		assertThat(refused.text()).contains("Mã định danh gồm chữ in hoa", "Vui lòng nhập thông tin này.",
				"Địa chỉ thư điện tử không hợp lệ.", "sai mã");
	}

	@Test
	void aDistrictAdministratorCannotAddUnitsToTheProvince() {
		Http browser = Http.session(this.port, "quantri.phuluong", PASSWORD);
		UUID province = province();

		Http.Response refused = browser.submitForm("/quan-tri/don-vi/moi", "/quan-tri/don-vi",
				Map.of("code", "05998", "name", "Xã Ngoài Phạm Vi", "type", "COMMUNE", "parentId", province.toString(),
						"validFrom", "", "validTo", "", "note", "", "version", "0"));

		assertThat(refused.body()).contains("không thuộc phạm vi đơn vị của bạn");
		assertThat(this.organization.unitOn("05998", LocalDate.of(2026, 1, 1))).isEmpty();
	}

	@Test
	void theScopeOfAMergedCommuneReachesBackToItsPredecessors() {
		UUID phuLuong = this.organization.unitOn("05611", LocalDate.of(2025, 8, 1)).orElseThrow().id();
		UUID yenLac = this.organization.unitOn("05623", LocalDate.of(2024, 6, 1)).orElseThrow().id();
		UUID yenNinh = this.organization.unitOn("05614", LocalDate.of(2024, 6, 1)).orElseThrow().id();

		UnitScope scope = this.organization.scopeOf(OrganizationFixtures.actorOf(phuLuong));

		assertThat(scope.contains(phuLuong)).isTrue();
		assertThat(scope.contains(yenLac)).isTrue();
		assertThat(scope.contains(yenNinh)).isFalse();
	}

	private UUID province() {
		return this.organization.unitOn("19", LocalDate.of(2026, 1, 1)).orElseThrow().id();
	}

}
