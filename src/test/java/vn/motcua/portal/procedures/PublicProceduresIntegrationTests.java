package vn.motcua.portal.procedures;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import vn.motcua.Http;
import vn.motcua.MotCuaTest;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.motcua.MotCuaTest.PASSWORD;

/** What the public sees of the catalogue without an account: the procedure search, a procedure, its sample forms. */
@MotCuaTest
class PublicProceduresIntegrationTests {

	private static final String BIRTH_REGISTRATION = "1.001193";

	@LocalServerPort
	int port;

	private Http anonymous() {
		return Http.anonymous(this.port);
	}

	private List<String> found(String query) {
		Http.Response response = anonymous().get("/api/v1/public/procedures?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8));
		assertThat(response.status()).isEqualTo(200);
		return response.json("$[*].code");
	}

	@Test
	void searchIgnoresDiacriticsAndToleratesATypo() {
		assertThat(found("Đăng ký khai sinh")).first().isEqualTo(BIRTH_REGISTRATION);
		assertThat(found("dang ky khai sinh")).first().isEqualTo(BIRTH_REGISTRATION);
		assertThat(found("DANG KY KHAI SINH")).first().isEqualTo(BIRTH_REGISTRATION);
		assertThat(found("dang ky khai sihn")).contains(BIRTH_REGISTRATION);
		assertThat(found("ho tich")).contains(BIRTH_REGISTRATION, "1.000894");
		assertThat(found("xyzw qrst")).isEmpty();
		assertThat(found("100%_")).isEmpty();
	}

	@Test
	void searchFiltersByFieldAndLevel() {
		List<String> levels = anonymous().get("/api/v1/public/procedures?level=COMMUNE").json("$[*].level");
		assertThat(levels).isNotEmpty().containsOnly("COMMUNE");
		List<String> fields = anonymous().get("/api/v1/public/procedures?field=H%E1%BB%99+t%E1%BB%8Bch").json("$[*].field");
		assertThat(fields).isNotEmpty().containsOnly("Hộ tịch");
		assertThat(anonymous().get("/api/v1/public/procedures?level=CITY").<String>json("$.code")).isEqualTo("bad-parameter");
	}

	@Test
	void aProcedureShowsItsDocumentsFeesAndWhereToFile() {
		Http.Response response = anonymous().get("/api/v1/public/procedures/" + BIRTH_REGISTRATION);
		assertThat(response.status()).isEqualTo(200);
		assertThat(response.<String>json("$.procedure.name")).isEqualTo("Thủ tục đăng ký khai sinh");
		assertThat(response.<List<String>>json("$.procedure.documents[*].name")).isNotEmpty();
		assertThat(response.<List<String>>json("$.offices[*].code")).contains("000.41.20.H55");
		assertThat(anonymous().get("/api/v1/public/procedures/9.999999").<String>json("$.code"))
			.isEqualTo("procedure-not-found");

		String page = anonymous().get("/thu-tuc/" + BIRTH_REGISTRATION).text();
		assertThat(page).contains("Thủ tục đăng ký khai sinh", "Thành phần hồ sơ cần chuẩn bị", "Nơi tiếp nhận hồ sơ",
				"Miễn phí", "Đối tượng thực hiện", "Công dân Việt Nam", "Cơ quan thực hiện", "Ủy ban nhân dân cấp xã",
				"Kết quả", "Giấy khai sinh", "Trình tự thực hiện");
		assertThat(response.<String>json("$.procedure.particulars.competentAgency")).startsWith("Ủy ban nhân dân cấp xã");
		String search = anonymous().get("/thu-tuc?q=dang+ky+khai+sinh").text();
		assertThat(search).contains("Thủ tục đăng ký khai sinh", "/thu-tuc/" + BIRTH_REGISTRATION);
	}

	@Test
	void anAdministratorPublishesASampleFormThatAnyoneDownloads() {
		byte[] form = "%PDF-1.4 Tờ khai đăng ký khai sinh".getBytes(StandardCharsets.UTF_8);
		Http admin = Http.session(this.port, "admin", PASSWORD);
		Http.Response uploaded = admin.submitFile("/quan-tri/thu-tuc/" + BIRTH_REGISTRATION,
				"/quan-tri/thu-tuc/" + BIRTH_REGISTRATION + "/mau/1", "to-khai-khai-sinh.pdf", form);
		assertThat(uploaded.status()).isEqualTo(302);
		assertThat(Http.session(this.port, "xa.phuluong", PASSWORD)
			.submitFile("/quan-tri/thu-tuc/" + BIRTH_REGISTRATION, "/quan-tri/thu-tuc/" + BIRTH_REGISTRATION + "/mau/1",
					"khac.pdf", form)
			.status()).isEqualTo(403);

		assertThat(anonymous().get("/thu-tuc/" + BIRTH_REGISTRATION).text()).contains("Tải mẫu đơn, tờ khai",
				"/thu-tuc/" + BIRTH_REGISTRATION + "/mau/1");
		assertThat(anonymous().get("/api/v1/public/procedures/" + BIRTH_REGISTRATION).<String>json("$.sampleForms.1"))
			.isEqualTo("to-khai-khai-sinh.pdf");
		Http.Bytes downloaded = anonymous().getBytes("/thu-tuc/" + BIRTH_REGISTRATION + "/mau/1");
		assertThat(downloaded.contentType()).isEqualTo("application/pdf");
		assertThat(downloaded.body()).isEqualTo(form);
		assertThat(anonymous().getBytes("/thu-tuc/" + BIRTH_REGISTRATION + "/mau/2").status()).isEqualTo(404);
	}

}
