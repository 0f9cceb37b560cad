package vn.motcua.dossier;

import org.junit.jupiter.api.Test;
import vn.motcua.Http;
import vn.motcua.MotCuaTest;
import vn.motcua.TestClock;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.motcua.MotCuaTest.PASSWORD;
import static vn.motcua.dossier.DossierFixtures.CERTIFIED_TRANSACTION;

/**
 * Receiving regardless of administrative boundary (Decree 118/2025 Art. 7, 14): the desk of Xã Phú
 * Lương receives a dossier for Xã Vô Tranh, issues the receipt under its own code, sends the paper
 * set the same day (the next morning after 15:00); Vô Tranh resolves it; the desk returns it. Both
 * dashboards say how many crossed.
 */
@MotCuaTest
class ReceivingAnywhereIntegrationTests {

	private static final String PHU_LUONG_DESK = "000.41.20.H55";

	private static final String VO_TRANH = "000.42.00.H55";

	@LocalServerPort
	int port;

	@Autowired
	TestClock clock;

	private Http as(String username) {
		return Http.basic(this.port, username, PASSWORD);
	}

	private Http.Response receiveForVoTranh(String at) {
		this.clock.set(at);
		return as("motcua.phuluong").postJson("/api/v1/dossiers", DossierFixtures.intake(CERTIFIED_TRANSACTION,
				PHU_LUONG_DESK, "DIRECT").replace("\"channel\"", "\"competentAgencyCode\":\"" + VO_TRANH + "\",\"channel\""));
	}

	private static final String JUSTICE_DEPARTMENT = "000.03.00.H55";

	private static final String JUDICIAL_RECORD = "TN.LLTP.01";

	private Http.Response act(String username, String at, String code, String action) {
		this.clock.set(at);
		return as(username).postJson("/api/v1/dossiers/" + code + "/transitions", DossierFixtures.action(action));
	}

	@Test
	void aCommuneDeskReceivesForAnotherCommuneWhichResolvesItAndTheDeskReturnsIt() throws Exception {
		Http.Response received = receiveForVoTranh("2026-12-01T09:00:00+07:00");

		assertThat(received.status()).as(received.body()).isEqualTo(201);
		String code = received.json("$.code");
		assertThat(code).as("the desk's receipt and sequence").startsWith(PHU_LUONG_DESK + "-261201-");
		assertThat(received.<String>json("$.agencyCode")).isEqualTo(VO_TRANH);
		assertThat(received.<String>json("$.deskAgencyCode")).isEqualTo(PHU_LUONG_DESK);
		assertThat(received.<String>json("$.paperDueAt")).isEqualTo("2026-12-01T17:00:00+07:00");
		assertThat(receiveForVoTranh("2026-12-01T15:30:00+07:00").<String>json("$.paperDueAt"))
			.as("after 15:00, the next working morning").isEqualTo("2026-12-02T11:30:00+07:00");

		assertThat(as("chuyenvien.votranh").get("/api/v1/dossiers/" + code).status()).isEqualTo(200);
		assertThat(as("motcua.phuluong").get("/api/v1/dossiers/" + code).status()).isEqualTo(200);
		assertThat(as("motcua.hopthanh").get("/api/v1/dossiers/" + code).status()).isEqualTo(404);
		assertThat(as("motcua.phuluong").get("/api/v1/dossiers?q=" + code).<Integer>json("$.total")).isEqualTo(1);
		assertThat(as("motcua.phuluong").postJson("/api/v1/dossiers/" + code + "/transitions",
				DossierFixtures.action("COMPLETE_STEP")).status()).as("Vô Tranh's steps are Vô Tranh's").isEqualTo(403);

		act("motcua.votranh", "2026-12-01T10:00:00+07:00", code, "COMPLETE_STEP");
		act("chuyenvien.votranh", "2026-12-02T09:00:00+07:00", code, "COMPLETE_STEP");
		act("chutich.votranh", "2026-12-02T10:00:00+07:00", code, "COMPLETE_STEP");
		assertThat(act("motcua.votranh", "2026-12-02T11:00:00+07:00", code, "COMPLETE_STEP").<String>json("$.status"))
			.isEqualTo("RESOLVED");
		assertThat(act("motcua.votranh", "2026-12-02T14:00:00+07:00", code, "RETURN_RESULT").status())
			.as("the result goes back where it was filed").isEqualTo(403);
		assertThat(act("motcua.phuluong", "2026-12-02T14:00:00+07:00", code, "RETURN_RESULT").<String>json("$.status"))
			.isEqualTo("RESULT_RETURNED");

		assertThat(Http.session(this.port, "motcua.phuluong", PASSWORD).get("/quan-tri/ho-so/" + code).text())
			.contains("id=\"competent\">Ủy ban nhân dân xã Vô Tranh (000.42.00.H55)<",
					"id=\"desk\">Bộ phận Một cửa xã Phú Lương (000.41.20.H55)<", "Chuyển hồ sơ giấy trước");
		String december = "/quan-tri/thong-ke?period=month&day=2026-12-01&unit=";
		assertThat(Http.session(this.port, "truongphong.phuluong", PASSWORD).get(december + "05611").body())
			.as("the desk's figure").contains("id=\"received-for-others\">2<");
		assertThat(Http.session(this.port, "truongphong.votranh", PASSWORD).get(december + "05641").body())
			.as("counted for the competent commune").contains("id=\"received-by-others\">2<");

		String receipt = DossierFormsIntegrationTests.text(as("motcua.phuluong").getBytes(
				"/api/v1/dossiers/" + code + "/forms/01.pdf").body());
		assertThat(receipt).as("the desk issues the receipt").contains("UBND XÃ PHÚ LƯƠNG", code);
	}


	@Test
	void aCommuneDeskReceivesAProvincialDepartmentsProcedureWhichTheDepartmentResolves() {
		this.clock.set("2026-12-03T09:00:00+07:00");
		Http.Response received = as("motcua.phuluong").postJson("/api/v1/dossiers",
				DossierFixtures.intake(JUDICIAL_RECORD, PHU_LUONG_DESK, "DIRECT")
					.replace("\"channel\"", "\"competentAgencyCode\":\"" + JUSTICE_DEPARTMENT + "\",\"channel\""));

		assertThat(received.status()).as(received.body()).isEqualTo(201);
		String code = received.json("$.code");
		assertThat(code).startsWith(PHU_LUONG_DESK + "-261203-");
		assertThat(received.<String>json("$.agencyCode")).isEqualTo(JUSTICE_DEPARTMENT);
		assertThat(received.<String>json("$.dueAt")).as("10 days from the day after receipt (Law 28/2009 Art. 48)")
			.isEqualTo("2026-12-14T17:00:00+07:00");
		assertThat(as("chuyenvien.votranh").get("/api/v1/dossiers/" + code).status()).isEqualTo(404);

		act("motcua.thainguyen", "2026-12-03T10:00:00+07:00", code, "COMPLETE_STEP");
		act("chuyenvien.sotuphap", "2026-12-07T09:00:00+07:00", code, "COMPLETE_STEP");
		act("truongphong.sotuphap", "2026-12-08T09:00:00+07:00", code, "COMPLETE_STEP");
		act("giamdoc.sotuphap", "2026-12-09T09:00:00+07:00", code, "COMPLETE_STEP");
		assertThat(act("motcua.thainguyen", "2026-12-09T14:00:00+07:00", code, "COMPLETE_STEP").<String>json("$.status"))
			.isEqualTo("RESOLVED");
		assertThat(act("motcua.phuluong", "2026-12-10T08:00:00+07:00", code, "RETURN_RESULT").<String>json("$.status"))
			.isEqualTo("RESULT_RETURNED");
		assertThat(Http.session(this.port, "chuyenvien.sotuphap", PASSWORD).get("/quan-tri/ho-so/" + code).text())
			.contains("id=\"competent\">Sở Tư pháp tỉnh Thái Nguyên (000.03.00.H55)<",
					"id=\"desk\">Bộ phận Một cửa xã Phú Lương (000.41.20.H55)<");
	}

}
