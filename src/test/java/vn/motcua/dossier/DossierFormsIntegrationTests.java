package vn.motcua.dossier;

import java.io.ByteArrayInputStream;
import java.awt.image.BufferedImage;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import vn.motcua.Http;
import vn.motcua.MotCuaTest;
import vn.motcua.TestClock;
import vn.motcua.dossier.forms.QrCodes;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.motcua.MotCuaTest.PASSWORD;
import static vn.motcua.dossier.DossierFixtures.BUILDING_PERMIT;
import static vn.motcua.dossier.DossierFixtures.CERTIFIED_TRANSACTION;
import static vn.motcua.dossier.DossierFixtures.DISTRICT_DESK;
import static vn.motcua.dossier.DossierFixtures.XA_PHU_LUONG;

/** The legal forms as PDF with Vietnamese text, and the log book as PDF and Excel. */
@MotCuaTest
class DossierFormsIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	TestClock clock;


	private Http officer() {
		return Http.basic(this.port, "xa.phuluong", PASSWORD);
	}

	private String receivedDossier() {
		this.clock.set("2025-10-06T09:00:00+07:00");
		return officer().postJson("/api/v1/dossiers", DossierFixtures.intake(CERTIFIED_TRANSACTION, XA_PHU_LUONG, "DIRECT"))
			.json("$.code");
	}

	static String text(byte[] pdf) throws Exception {
		PdfReader reader = new PdfReader(pdf);
		StringBuilder text = new StringBuilder();
		for (int page = 1; page <= reader.getNumberOfPages(); page++) {
			text.append(new PdfTextExtractor(reader).getTextFromPage(page));
		}
		return text.toString();
	}

	@Autowired
	org.springframework.jdbc.core.simple.JdbcClient jdbc;

	@Test
	void aProcedureResolvedOnTheSpotHasAReceiptOnlyWhenTheApplicantAsks() {
		// certified copies of a certified transaction, marked «giải quyết ngay» as an administrator would in the catalogue
		this.jdbc.sql("update catalogue_procedure set receipt_rules = '{NO_RECEIPT_UNLESS_ASKED}' where code = '2.000942'")
			.update();
		this.clock.set("2025-10-06T09:00:00+07:00");
		String without = officer().postJson("/api/v1/dossiers", DossierFixtures.intake("2.000942", XA_PHU_LUONG, "DIRECT"))
			.json("$.code");
		String asked = officer().postJson("/api/v1/dossiers", DossierFixtures.intake("2.000942", XA_PHU_LUONG, "DIRECT")
			.replace("\"channel\"", "\"receiptAsked\":true,\"channel\"")).json("$.code");

		Http.Response refused = officer().get("/api/v1/dossiers/" + without + "/forms/01.pdf");
		assertThat(refused.status()).isEqualTo(409);
		assertThat(refused.<String>json("$.code")).isEqualTo("receipt-not-asked");
		assertThat(officer().getBytes("/api/v1/dossiers/" + asked + "/forms/01.pdf").status()).isEqualTo(200);
		assertThat(Http.session(this.port, "xa.phuluong", PASSWORD).get("/quan-tri/ho-so/" + without).text())
			.doesNotContain("/mau/01.pdf").contains("/mau/06.pdf");
		assertThat(Http.session(this.port, "xa.phuluong", PASSWORD).get("/quan-tri/ho-so/" + asked).text())
			.contains("/mau/01.pdf");
		assertThat(Http.session(this.port, "xa.phuluong", PASSWORD)
			.get("/quan-tri/ho-so/tiep-nhan?procedure=2.000942").text()).contains("Người nộp yêu cầu cấp Giấy tiếp nhận");
	}

	@Test
	void theReceiptCarriesTheCodeTheAppointmentAndTheDocumentsInVietnamese() throws Exception {
		String code = receivedDossier();

		Http.Bytes receipt = officer().getBytes("/api/v1/dossiers/" + code + "/forms/01.pdf");

		assertThat(receipt.status()).isEqualTo(200);
		assertThat(receipt.contentType()).isEqualTo("application/pdf");
		assertThat(text(receipt.body())).contains("GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ", code,
				"Nguyễn Thị Hồng Nhung", "Chứng thực giao dịch", "2 ngày làm việc", "17 giờ 00 phút, ngày 08/10/2025",
				"Dự thảo giao dịch", "UBND XÃ PHÚ LƯƠNG", "BỘ PHẬN TIẾP NHẬN VÀ TRẢ KẾT QUẢ",
				"Số: " + code.substring(code.indexOf('-') + 1) + "/TNHS", "Phú Lương, ngày 06 tháng 10 năm 2025",
				"NGƯỜI TIẾP NHẬN HỒ SƠ", "Lường Văn Khánh");
	}

	@Test
	void theControlSheetListsEveryStepAndFormsThatDoNotApplyAreRefused() throws Exception {
		String code = receivedDossier();
		this.clock.set("2025-10-06T10:00:00+07:00");
		officer().postJson("/api/v1/dossiers/" + code + "/transitions", DossierFixtures.action("COMPLETE_STEP"));

		String sheet = text(officer().getBytes("/api/v1/dossiers/" + code + "/forms/06.pdf").body());
		assertThat(sheet).contains("PHIẾU KIỂM SOÁT QUÁ TRÌNH GIẢI QUYẾT HỒ SƠ", "Thẩm định hồ sơ", "hoàn thành bước xử lý",
				"09:00 06/10/2025", "10:00 06/10/2025 — Lường Văn Khánh");
		assertThat(sheet).doesNotContainPattern("\\d:\\d{2}:\\d{2}").doesNotContainPattern("\\.\\d{6}");

		Http.Response notYet = officer().get("/api/v1/dossiers/" + code + "/forms/02.pdf");
		assertThat(notYet.status()).isEqualTo(409);
		assertThat(notYet.<String>json("$.code")).isEqualTo("form-not-applicable");
		officer().postJson("/api/v1/dossiers/" + code + "/transitions",
				DossierFixtures.action("REQUEST_SUPPLEMENT", "Bổ sung bản sao sổ đỏ"));
		assertThat(text(officer().getBytes("/api/v1/dossiers/" + code + "/forms/02.pdf").body()))
			.contains("PHIẾU YÊU CẦU BỔ SUNG, HOÀN THIỆN HỒ SƠ", "Bổ sung bản sao sổ đỏ");
		assertThat(Http.basic(this.port, "xa.yenlac", PASSWORD).get("/api/v1/dossiers/" + code + "/forms/01.pdf").status())
			.isEqualTo(404);
	}

	@Test
	void aDossierReceivedSinceJuly2025HasTheFormsOfCircular03AndAWithdrawalItsNoticeOfStopping() throws Exception {
		String code = receivedDossier(); // 06/10/2025, due 08/10
		String forms = "/api/v1/dossiers/" + code + "/forms/";

		assertThat(text(officer().getBytes(forms + "01.pdf").body())).contains("Mẫu số 01 — Thông tư số 03/2025/TT-VPCP",
				"Hình thức nhận kết quả: nhận trực tiếp tại Bộ phận Tiếp nhận và Trả kết quả");
		this.clock.set("2025-10-07T09:00:00+07:00");
		officer().postJson("/api/v1/dossiers/" + code + "/transitions", """
				{"action":"APOLOGISE","note":"Cần xác minh tài sản","newDueAt":"2025-10-10T17:00:00+07:00"}""");
		assertThat(text(officer().getBytes(forms + "04.pdf").body())).contains("Mẫu số 04 — Thông tư số 03/2025/TT-VPCP",
				"VĂN BẢN XIN LỖI VÀ ĐỀ NGHỊ GIA HẠN THỜI GIAN GIẢI QUYẾT", "đề nghị gia hạn thời gian giải quyết",
				"Cần xác minh tài sản");
		assertThat(officer().get(forms + "05.pdf").<String>json("$.code")).isEqualTo("form-not-applicable");

		officer().postJson("/api/v1/dossiers/" + code + "/transitions",
				DossierFixtures.action("WITHDRAW", "Người nộp xin rút hồ sơ"));
		assertThat(text(officer().getBytes(forms + "05.pdf").body())).contains("Mẫu số 05 — Thông tư số 03/2025/TT-VPCP",
				"THÔNG BÁO DỪNG GIẢI QUYẾT HỒ SƠ", "Người nộp xin rút hồ sơ");
		assertThat(text(officer().getBytes(forms + "06.pdf").body())).contains("Mẫu số 06 — Thông tư số 03/2025/TT-VPCP",
				"PHIẾU KIỂM SOÁT QUÁ TRÌNH GIẢI QUYẾT HỒ SƠ");
		assertThat(officer().get(forms + "07.pdf").<String>json("$.code")).isEqualTo("form-not-found");
	}

	@Test
	void aDossierOfTheDistrictEraKeepsTheFormsOfCircular01() throws Exception {
		this.clock.set("2025-04-16T09:00:00+07:00");
		Http desk = Http.basic(this.port, "tiepnhan", PASSWORD);
		String code = desk.postJson("/api/v1/dossiers", DossierFixtures.intake(BUILDING_PERMIT, DISTRICT_DESK, "DIRECT"))
			.json("$.code");

		assertThat(text(desk.getBytes("/api/v1/dossiers/" + code + "/forms/05.pdf").body()))
			.contains("Mẫu số 05 — Thông tư số 01/2018/TT-VPCP", "PHIẾU KIỂM SOÁT QUÁ TRÌNH GIẢI QUYẾT HỒ SƠ");
		assertThat(desk.get("/api/v1/dossiers/" + code + "/forms/06.pdf").status()).isEqualTo(404);
	}

	@Test
	void theQrCodeOfTheReceiptOpensThePublicLookup() throws Exception {
		String url = "http://localhost:8080/tra-cuu-ho-so?ma=000.41.00.H55-251006-0001&k=ABCD2345";
		BufferedImage image = QrCodes.encode(url, 300);
		int[] pixels = image.getRGB(0, 0, 300, 300, null, 0, 300);

		String decoded = new QRCodeReader()
			.decode(new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(300, 300, pixels))))
			.getText();

		assertThat(decoded).isEqualTo(url);
	}

	@Test
	void theLogBookListsTheMonthsDossiersAsPdfAndExcel() throws Exception {
		String code = receivedDossier();

		Http.Bytes pdf = officer().getBytes("/api/v1/dossiers/log-book.pdf?unit=05611&from=2025-10-01&to=2025-10-31");
		assertThat(pdf.status()).isEqualTo(200);
		assertThat(text(pdf.body())).contains("SỔ THEO DÕI HỒ SƠ", "Xã Phú Lương", "Mẫu số 07 — Thông tư số 03/2025/TT-VPCP");
		assertThat(text(pdf.body()).replaceAll("\\s", "")).contains(code); // a narrow column wraps the code

		Http.Bytes excel = officer().getBytes("/api/v1/dossiers/log-book.xlsx?unit=05611&from=2025-10-01&to=2025-10-31");
		try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(excel.body()))) {
			var sheet = workbook.getSheetAt(0);
			assertThat(sheet.getRow(3).getCell(1).getStringCellValue()).isEqualTo("Mã hồ sơ");
			boolean found = false;
			for (int r = 4; r <= sheet.getLastRowNum(); r++) {
				found |= code.equals(sheet.getRow(r).getCell(1).getStringCellValue());
			}
			assertThat(found).isTrue();
		}
	}

}
