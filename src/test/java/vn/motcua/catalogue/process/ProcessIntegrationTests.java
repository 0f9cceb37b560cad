package vn.motcua.catalogue.process;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import vn.motcua.Http;
import vn.motcua.MotCuaTest;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.motcua.MotCuaTest.PASSWORD;

/** Each agency's own internal process: defined by the administrators of its scope, followed by its new dossiers. */
@MotCuaTest
class ProcessIntegrationTests {

	@LocalServerPort
	int port;

	@Test
	void anAgencyMayHaveItsOwnInternalProcessWhichItsNewDossiersFollow() {
		Http admin = Http.basic(this.port, "admin", PASSWORD);
		String ownProcess = """
				[{"position":1,"name":"Tiếp nhận và chuyển hồ sơ","role":"COMMUNE_OFFICER","shareHours":1,"interAgency":false},
				 {"position":2,"name":"Công chức tư pháp thẩm định","role":"COMMUNE_OFFICER","shareHours":6,"interAgency":false},
				 {"position":3,"name":"Chủ tịch ký","role":"LEADER","shareHours":2,"interAgency":false}]""";

		Http.Response defined = admin.putJson("/api/v1/procedures/2.001406/process?agency=000.41.00.H55", ownProcess);
		assertThat(defined.status()).as(defined.body()).isEqualTo(200);
		List<String> names = admin.get("/api/v1/procedures/2.001406/process?agency=000.41.00.H55").json("$[*].name");
		assertThat(names).containsExactly("Tiếp nhận và chuyển hồ sơ", "Công chức tư pháp thẩm định", "Chủ tịch ký");
		List<String> otherAgency = admin.get("/api/v1/procedures/2.001406/process?agency=000.42.00.H55").json("$[*].name");
		assertThat(otherAgency).hasSize(4).doesNotContain("Chủ tịch ký");
		Http.Response dossier = Http.basic(this.port, "xa.phuluong", PASSWORD).postJson("/api/v1/dossiers", """
				{"procedureCode":"2.001406","agencyCode":"000.41.00.H55","channel":"DIRECT",
				 "applicant":{"fullName":"Trần Văn Thừa Kế"}}""");
		List<String> steps = dossier.json("$.steps[*].name");
		assertThat(steps).containsExactly("Tiếp nhận và chuyển hồ sơ", "Công chức tư pháp thẩm định", "Chủ tịch ký");

		Http.Response broken = admin.putJson("/api/v1/procedures/2.001406/process?agency=000.41.00.H55",
				"[{\"position\":2,\"name\":\"Sai\",\"role\":\"ADMIN\",\"shareHours\":0,\"interAgency\":false}]");
		assertThat(broken.status()).isEqualTo(400);
		assertThat(broken.<String>json("$.code")).isEqualTo("process-invalid");
		assertThat(Http.basic(this.port, "quantri.phuluong", PASSWORD)
			.putJson("/api/v1/procedures/2.001406/process?agency=000.41.00.H55", ownProcess)
			.<String>json("$.code")).isEqualTo("out-of-scope");
	}

	@Test
	void anAdministratorEditsAnAgencysProcessOnItsPage() {
		Http browser = Http.session(this.port, "admin", PASSWORD);
		String page = "/quan-tri/thu-tuc/2.000884/quy-trinh?agency=000.42.00.H55";
		assertThat(browser.get(page).text()).contains("Quy trình nội bộ", "Ủy ban nhân dân xã Vô Tranh");

		Http.Response saved = browser.submitForm(page, page, Map.of("name", "Tiếp nhận", "role", "COMMUNE_OFFICER",
				"hours", "1", "actingAgency", ""));
		assertThat(saved.status()).isEqualTo(302);
		List<String> names = Http.basic(this.port, "admin", PASSWORD)
			.get("/api/v1/procedures/2.000884/process?agency=000.42.00.H55")
			.json("$[*].name");
		assertThat(names).containsExactly("Tiếp nhận");

		Http.Response refused = browser.submitForm(page, page, Map.of("name", "Thẩm định", "role", "SPECIALIST",
				"hours", "không rõ", "actingAgency", ""));
		assertThat(refused.status()).isEqualTo(200);
		assertThat(refused.text()).contains("Quy trình nội bộ không hợp lệ ở bước 1", "Thẩm định");
	}

}
