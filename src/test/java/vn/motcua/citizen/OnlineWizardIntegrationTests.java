package vn.motcua.citizen;

import java.net.URI;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import org.junit.jupiter.api.Test;
import vn.motcua.Http;
import vn.motcua.MotCuaTest;
import vn.motcua.TestClock;
import vn.motcua.shared.Uploads;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.motcua.MotCuaTest.PASSWORD;

/**
 * The online wizard as a citizen lives it: every office where the procedure is filed, the personal
 * ID number checked next to its field, the review with the fee, the result delivery and the
 * commitment that must be ticked, and the electronic birth declaration that produces the tờ khai.
 */
@MotCuaTest
class OnlineWizardIntegrationTests {

	private static final String BIRTH_REGISTRATION = "1.001193";

	private static final byte[] PDF = "%PDF-1.4 bản quét".getBytes();

	@LocalServerPort
	int port;

	@Autowired
	TestClock clock;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Uploads uploads;

	private Http citizen() {
		return new CitizenFixtures(this.port).login();
	}

	private static String text(byte[] pdf) throws Exception {
		PdfReader reader = new PdfReader(pdf);
		StringBuilder text = new StringBuilder();
		for (int page = 1; page <= reader.getNumberOfPages(); page++) {
			text.append(new PdfTextExtractor(reader).getTextFromPage(page)).append('\n');
		}
		return text.toString();
	}

	private static String path(Http.Response redirect) {
		URI uri = URI.create(redirect.location());
		return uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
	}

	/** @return the draft's path, started at {@code agency}. */
	private String start(Http citizen, String agency) {
		Http.Response started = citizen.submitForm("/cong-dan/nop?thu-tuc=" + BIRTH_REGISTRATION, "/cong-dan/nop",
				Map.of("procedureCode", BIRTH_REGISTRATION, "agencyCode", agency));
		String wizard = path(started);
		assertThat(wizard).as(started.body()).matches("/cong-dan/nop/[0-9a-f-]{36}\\?buoc=2");
		return wizard.substring(0, wizard.indexOf('?'));
	}

	@Test
	void theWizardOffersEveryOfficeWhereTheProcedureIsFiledAndTheCitizenPicks() {
		Http citizen = citizen();
		List<String> offices = Http.anonymous(this.port)
			.get("/api/v1/public/procedures/" + BIRTH_REGISTRATION)
			.json("$.offices[*].name");
		assertThat(offices).hasSizeGreaterThan(1);
		String choose = citizen.get("/cong-dan/nop?thu-tuc=" + BIRTH_REGISTRATION).text();
		assertThat(choose).contains(offices);
		List<String> codes = Http.anonymous(this.port)
			.get("/api/v1/public/procedures/" + BIRTH_REGISTRATION)
			.json("$.offices[*].code");
		String other = codes.stream().filter(c -> !c.equals("000.41.20.H55")).findFirst().orElseThrow();

		String draft = start(citizen, other);
		String name = offices.get(codes.indexOf(other));
		assertThat(citizen.get(draft + "?buoc=1").text()).contains("Nộp tại: " + name);

		// an office where the procedure is not filed (a dissolved commune's, a department) is refused
		for (String notFiled : List.of("000.26.06.H55", "000.03.06.H55")) {
			Http.Response refused = citizen.submitForm("/cong-dan/nop?thu-tuc=" + BIRTH_REGISTRATION, "/cong-dan/nop",
					Map.of("procedureCode", BIRTH_REGISTRATION, "agencyCode", notFiled));
			assertThat(citizen.get(path(refused)).text()).contains("Không tìm thấy cơ quan");
		}
	}

	@Test
	void theIdNumberIsCheckedNextToItsFieldAndNothingTypedIsLost() {
		Http citizen = citizen();
		String draft = start(citizen, "000.41.20.H55");
		Map<String, String> typed = new LinkedHashMap<>(Map.of("fullName", "Nguyễn Văn Dân", "idNumber", "099185012345",
				"phone", "0912 000 111", "email", "dan@example.vn", "address", "Xóm Đồng Kem, xã Phú Lương"));
		Http.Response wrongProvince = citizen.submitForm(draft + "?buoc=2", draft + "/nguoi-nop", typed);
		assertThat(wrongProvince.status()).isEqualTo(200);
		assertThat(wrongProvince.text()).contains("Ba chữ số đầu «099» không phải mã tỉnh", "Nguyễn Văn Dân",
				"Xóm Đồng Kem, xã Phú Lương", "0912 000 111");
		assertThat(wrongProvince.body()).contains("id=\"idNumber-error\"", "value=\"099185012345\"");

		typed.put("idNumber", "01918501234");
		assertThat(citizen.submitForm(draft + "?buoc=2", draft + "/nguoi-nop", typed).text())
			.contains("Số định danh cá nhân gồm đúng 12 chữ số");
		typed.put("idNumber", "019 285 012 345"); // born 2085
		assertThat(citizen.submitForm(draft + "?buoc=2", draft + "/nguoi-nop", typed).text())
			.contains("Số định danh cho năm sinh 2085");
		typed.put("idNumber", "");
		assertThat(citizen.submitForm(draft + "?buoc=2", draft + "/nguoi-nop", typed).text())
			.contains("Vui lòng nhập thông tin này.");

		typed.put("idNumber", "019 185 012 345");
		Http.Response saved = citizen.submitForm(draft + "?buoc=2", draft + "/nguoi-nop", typed);
		assertThat(path(saved)).endsWith("?buoc=3");
		assertThat(citizen.get(draft + "?buoc=4").text()).contains("019185012345");
	}

	@Test
	void aDraftHoldsFortyFilesAndARemovedFileLeavesTheDisk() {
		Http citizen = citizen();
		String draft = start(citizen, "000.41.20.H55");
		UUID id = UUID.fromString(draft.substring(draft.lastIndexOf('/') + 1));
		String add = draft + "/giay-to?document=" + documentPositions(citizen, draft).get(0);
		for (int i = 0; i < 40; i++) {
			citizen.submitFile(draft + "?buoc=3", add, "trang-" + i + ".pdf", PDF);
		}
		citizen.submitFile(draft + "?buoc=3", add, "trang-41.pdf", PDF);
		assertThat(citizen.get(draft + "?buoc=3").text()).contains("Hồ sơ nháp đã có 40 tệp, không thêm được nữa.");
		assertThat(this.jdbc.sql("select count(*) from dossier_submission_file where submission_id = ?").param(id)
			.query(Integer.class).single()).isEqualTo(40);

		Map<String, Object> file = this.jdbc.sql("select id, storage_path from dossier_submission_file where submission_id = ? limit 1")
			.param(id).query().singleRow();
		Path onDisk = this.uploads.locate((String) file.get("storage_path"));
		assertThat(onDisk).exists();
		citizen.submitForm(draft + "?buoc=3", draft + "/giay-to/" + file.get("id") + "/xoa", Map.of());
		assertThat(onDisk).doesNotExist();
	}

	@Test
	void theReviewShowsTheParticularsAndTheFeeAndTheSubmissionNeedsADeliveryAndTheCommitment() {
		Http citizen = citizen();
		String draft = start(citizen, "000.41.20.H55");
		citizen.submitForm(draft + "?buoc=2", draft + "/nguoi-nop", Map.of("fullName", "Nguyễn Văn Dân", "idNumber",
				"019185012345", "phone", "0912 000 111", "email", "dan@example.vn", "address", ""));
		for (int position : documentPositions(citizen, draft)) {
			citizen.submitFile(draft + "?buoc=3", draft + "/giay-to?document=" + position, "giay-to.pdf", PDF);
		}
		String review = citizen.get(draft + "?buoc=4").text();
		assertThat(review).contains("Kiểm tra thông tin trước khi nộp", "Thủ tục đăng ký khai sinh", "Bộ phận Một cửa xã Phú Lương",
				"019185012345", "0912 000 111", "Phí, lệ phí", "Hình thức nhận kết quả",
				"Nhận trực tiếp tại Bộ phận Một cửa xã Phú Lương", "Nhận qua dịch vụ bưu chính công ích",
				"Nhận trực tuyến trong tài khoản", "Tôi xin cam đoan những thông tin khai trên là đúng sự thật");

		Http.Response noCommitment = citizen.submitForm(draft + "?buoc=4", draft + "/gui", Map.of("resultDelivery", "DESK"));
		assertThat(noCommitment.status()).isEqualTo(200);
		assertThat(noCommitment.text()).contains("Vui lòng đánh dấu lời cam đoan trước khi nộp hồ sơ.");
		assertThat(noCommitment.body()).containsPattern("id=\"delivery-DESK\"[^>]*checked");
		assertThat(citizen.submitForm(draft + "?buoc=4", draft + "/gui", Map.of("commitment", "1")).text())
			.contains("Vui lòng chọn hình thức nhận kết quả.");
		assertThat(citizen.submitForm(draft + "?buoc=4", draft + "/gui", Map.of("resultDelivery", "POST", "commitment", "1"))
			.text()).contains("Nhận kết quả qua bưu chính cần địa chỉ");

		Http.Response sent = citizen.submitForm(draft + "?buoc=4", draft + "/gui",
				Map.of("resultDelivery", "ONLINE", "commitment", "1"));
		assertThat(sent.location()).endsWith("/cong-dan/ho-so");
		String id = draft.substring(draft.lastIndexOf('/') + 1);
		Http.Response atDesk = Http.basic(this.port, "xa.phuluong", PASSWORD).get("/api/v1/submissions/" + id);
		assertThat(atDesk.<String>json("$.resultDelivery")).isEqualTo("ONLINE");
		assertThat(atDesk.<String>json("$.committedAt")).isNotBlank();
	}

	@Test
	void theElectronicBirthDeclarationProducesTheTờKhaiAsAPdf() throws Exception {
		Http citizen = citizen();
		String draft = start(citizen, "000.41.20.H55");
		citizen.submitForm(draft + "?buoc=2", draft + "/nguoi-nop", Map.of("fullName", "Lương Thị Hoa", "idNumber",
				"019198001234", "phone", "0912 345 678", "email", "", "address", "Xóm Đồng Kem, xã Phú Lương"));
		String step3 = citizen.get(draft + "?buoc=3").text();
		assertThat(step3).contains("Tờ khai đăng ký khai sinh", "Người được đăng ký khai sinh", "Quê quán", "Người mẹ");

		Map<String, String> form = new LinkedHashMap<>(Map.of("child.fullName", "Lương Minh An", "child.sex", "Nam",
				"child.birthDate", "2026-12-24", "child.birthPlace", "Trạm y tế xã Phú Lương, tỉnh Thái Nguyên",
				"child.homeTown", "xã Phú Lương, tỉnh Thái Nguyên", "child.ethnicity", "Kinh", "child.nationality",
				"Việt Nam", "relation", "Mẹ"));
		form.putAll(Map.of("mother.fullName", "Lương Thị Hoa", "mother.birthYear", "19x8", "mother.ethnicity", "Kinh",
				"mother.nationality", "Việt Nam", "mother.residence", "Xóm Đồng Kem, xã Phú Lương"));
		Http.Response refused = citizen.submitForm(draft + "?buoc=3", draft + "/to-khai", form);
		assertThat(refused.status()).isEqualTo(200);
		assertThat(refused.text()).contains("Ngày sinh không được sau ngày hôm nay.", "Năm sinh không hợp lệ",
				"Trạm y tế xã Phú Lương, tỉnh Thái Nguyên");
		assertThat(refused.body()).contains("value=\"19x8\"");

		form.put("child.birthDate", "2026-11-20");
		form.put("mother.birthYear", "1998");
		Http.Response declared = citizen.submitForm(draft + "?buoc=3", draft + "/to-khai", form);
		assertThat(path(declared)).endsWith("?buoc=3");
		assertThat(citizen.get(path(declared)).text()).contains("Đã lập tờ khai đăng ký khai sinh", "to-khai-dang-ky-khai-sinh.pdf");
		// declared twice: one tờ khai only
		citizen.submitForm(draft + "?buoc=3", draft + "/to-khai", form);

		String id = draft.substring(draft.lastIndexOf('/') + 1);
		Http desk = Http.basic(this.port, "xa.phuluong", PASSWORD);
		assertThat(citizen.get(draft + "?buoc=3").text().split("to-khai-dang-ky-khai-sinh.pdf", -1)).hasSize(2);
		for (int position : documentPositions(citizen, draft)) {
			if (position > 1) {
				citizen.submitFile(draft + "?buoc=3", draft + "/giay-to?document=" + position, "giay-chung-sinh.pdf", PDF);
			}
		}
		assertThat(citizen.get(draft + "?buoc=4").text()).contains("Lương Minh An", "20/11/2026");
		citizen.submitForm(draft + "?buoc=4", draft + "/gui", Map.of("resultDelivery", "DESK", "commitment", "1"));

		List<String> fileIds = desk.get("/api/v1/submissions/" + id).json("$.documents[0].files[*].id");
		assertThat(desk.get("/api/v1/submissions/" + id).<List<String>>json("$.documents[0].files[*].fileName"))
			.containsExactly("to-khai-dang-ky-khai-sinh.pdf");
		Http.Bytes pdf = Http.session(this.port, "xa.phuluong", PASSWORD)
			.getBytes("/quan-tri/ho-so/truc-tuyen/" + id + "/tep/" + fileIds.get(0));
		assertThat(pdf.status()).isEqualTo(200);
		{
			String text = text(pdf.body());
			assertThat(text).contains("TỜ KHAI ĐĂNG KÝ KHAI SINH", "Kính gửi: Bộ phận Một cửa xã Phú Lương",
					"Lương Minh An", "20/11/2026", "Quê quán", "xã Phú Lương, tỉnh Thái Nguyên", "Lương Thị Hoa",
					"019198001234", "Quan hệ với người được khai sinh: Mẹ", "Xã Phú Lương, ngày 28 tháng 11 năm 2026");
		}
		assertThat(desk.get("/api/v1/submissions/" + id).<String>json("$.declaration.child.fullName"))
			.isEqualTo("Lương Minh An");
		assertThat(Http.session(this.port, "xa.phuluong", PASSWORD).get("/quan-tri/ho-so/truc-tuyen/" + id).text())
			.contains("Tờ khai đăng ký khai sinh", "Lương Minh An", "20/11/2026", "Lương Thị Hoa, 1998, Kinh, Việt Nam",
					"Tại Bộ phận Tiếp nhận và Trả kết quả", "Người nộp đã cam đoan lúc");
	}

	private static List<Integer> documentPositions(Http citizen, String draft) {
		return java.util.regex.Pattern.compile("name=\"document\" value=\"(\\d+)\"")
			.matcher(citizen.get(draft + "?buoc=3").body())
			.results()
			.map(m -> Integer.valueOf(m.group(1)))
			.toList();
	}

}
