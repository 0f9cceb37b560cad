package vn.motcua.organization;

import java.util.List;

import org.junit.jupiter.api.Test;
import vn.motcua.Http;
import vn.motcua.MotCuaTest;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** Units and agencies are public data, answered for any date of their history. */
@MotCuaTest
class UnitApiIntegrationTests {

	@LocalServerPort
	int port;

	@Test
	void afterTheTwoTierReformTheProvinceHoldsTheMergedCommunesAndNoDistrict() {
		Http.Response response = Http.anonymous(this.port).get("/api/v1/units?date=2025-08-01&parent=19");

		assertThat(response.status()).isEqualTo(200);
		List<String> codes = response.json("$[*].code");
		List<String> names = response.json("$[*].name");
		assertThat(codes).contains("05611").doesNotContain("168");
		assertThat(names).contains("Xã Phú Lương", "Xã Vô Tranh", "Xã Yên Trạch", "Xã Hợp Thành")
			.doesNotContain("Huyện Phú Lương");
	}

	@Test
	void inMid2024PhuLuongHasFifteenCommunesAndTowns() {
		Http.Response response = Http.anonymous(this.port).get("/api/v1/units?date=2024-06-01&parent=168");

		List<String> names = response.json("$[*].name");
		assertThat(names).hasSize(15).contains("Xã Yên Lạc", "Xã Động Đạt", "Xã Phấn Mễ", "Thị trấn Giang Tiên");
	}

	@Test
	void aReusedCodeNamesTheUnitOfThatDay() {
		Http http = Http.anonymous(this.port);

		assertThat(http.get("/api/v1/units/05644?date=2024-06-01").<String>json("$.unit.name")).isEqualTo("Xã Phấn Mễ");
		assertThat(http.get("/api/v1/units/05644?date=2025-03-01").<String>json("$.unit.name"))
			.isEqualTo("Thị trấn Giang Tiên");
	}

	@Test
	void aMergedCommuneKnowsWhatItWasFormedFrom() {
		Http.Response response = Http.anonymous(this.port).get("/api/v1/units/05611?date=2025-08-01");

		assertThat(response.<String>json("$.unit.name")).isEqualTo("Xã Phú Lương");
		List<String> predecessors = response.json("$.predecessors[*].name");
		assertThat(predecessors).containsExactlyInAnyOrder("Thị trấn Đu", "Thị trấn Giang Tiên", "Xã Yên Lạc",
				"Xã Động Đạt");
	}

	@Test
	void agenciesOfAUnitCarryTheIdentifierCodesThatStartDossierCodes() {
		Http.Response response = Http.anonymous(this.port).get("/api/v1/agencies?unit=168&date=2024-06-01");

		assertThat(response.status()).isEqualTo(200);
		List<String> codes = response.json("$[*].code");
		assertThat(codes).contains("000.00.06.H55", "000.20.06.H55");
		List<String> kinds = response.json("$[*].kind");
		assertThat(kinds).contains("PEOPLES_COMMITTEE", "ONE_STOP_DESK", "DEPARTMENT");
	}

	@Test
	void anUnknownParentIsAProblemNotAnEmptyList() {
		Http.Response response = Http.anonymous(this.port).get("/api/v1/units?date=2026-01-01&parent=168");

		assertThat(response.status()).isEqualTo(404);
		assertThat(response.contentType()).startsWith("application/problem+json");
		assertThat(response.<String>json("$.code")).isEqualTo("unit-not-found");
		assertThat(response.<String>json("$.detail")).contains("168");
	}

	@Test
	void aMalformedDateIsABadParameter() {
		Http.Response response = Http.anonymous(this.port).get("/api/v1/units?date=01-08-2025");

		assertThat(response.status()).isEqualTo(400);
		assertThat(response.<String>json("$.code")).isEqualTo("bad-parameter");
	}

}
