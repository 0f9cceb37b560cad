package vn.motcua.dossier;

import java.util.HashMap;
import java.util.Map;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import org.junit.jupiter.api.Test;
import vn.motcua.Http;
import vn.motcua.MotCuaTest;
import vn.motcua.TestClock;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.motcua.MotCuaTest.PASSWORD;
import static vn.motcua.dossier.DossierFixtures.CERTIFIED_TRANSACTION;
import static vn.motcua.dossier.DossierFixtures.XA_PHU_LUONG;
import static vn.motcua.dossier.DossierFixtures.intakeBy;

/**
 * Counter intake: the desk's own agency preselected, the applicant found by ID number, the
 * documents handed in counted and printed on form 01, the appointment previewed, the result-delivery
 * choice, a warning outside office hours.
 */
@MotCuaTest
class DeskIntakeIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	TestClock clock;

	private static String text(byte[] pdf) throws Exception {
		PdfReader reader = new PdfReader(pdf);
		StringBuilder text = new StringBuilder();
		for (int page = 1; page <= reader.getNumberOfPages(); page++) {
			text.append(new PdfTextExtractor(reader).getTextFromPage(page));
		}
		return text.toString();
	}

	@Test
	void theDeskCountsWhatWasHandedInAndFormOnePrintsIt() throws Exception {
		this.clock.set("2026-01-05T09:00:00+07:00");
		assertThat(Http.basic(this.port, "xa.phuluong", PASSWORD)
			.postJson("/api/v1/dossiers", intakeBy(CERTIFIED_TRANSACTION, XA_PHU_LUONG, "DIRECT", "Tòng Văn Quý",
					"019301000888", "0912 000 888"))
			.status()).isEqualTo(201);
		Http officer = Http.session(this.port, "xa.phuluong", PASSWORD);
		String form = "/quan-tri/ho-so/tiep-nhan?procedure=" + CERTIFIED_TRANSACTION + "&idNumber=019301000888";

		String page = officer.get(form).body();
		assertThat(page).contains("Tòng Văn Quý", "0912 000 888", "Đã điền thông tin người nộp",
				"Ngày hẹn trả kết quả nếu tiếp nhận bây giờ", "Giấy tờ thực nhận")
			.containsPattern("value=\"" + XA_PHU_LUONG.replace(".", "\\.") + "\"\\s+selected")
			.doesNotContain("Đang ngoài giờ làm việc");

		Map<String, String> fields = new HashMap<>(Map.of("procedureCode", CERTIFIED_TRANSACTION, "agencyCode",
				XA_PHU_LUONG, "channel", "DIRECT", "fullName", "Tòng Văn Quý", "idNumber", "019301000888", "phone",
				"0912 000 888", "email", "", "address", "Bản Tèn", "resultDelivery", "POST"));
		fields.put("originals[0]", "1");
		fields.put("copies[0]", "2");
		fields.put("originals[1]", "0");
		fields.put("copies[1]", "0");
		fields.put("sets", "0");
		Http.Response noSets = officer.submitForm(form, "/quan-tri/ho-so/tiep-nhan", fields);
		assertThat(noSets.status()).isEqualTo(200);
		assertThat(noSets.text()).contains("Số bộ hồ sơ từ 1 đến 99.", "Tòng Văn Quý");
		fields.put("sets", "2");
		Http.Response received = officer.submitForm(form, "/quan-tri/ho-so/tiep-nhan", fields);
		assertThat(received.status()).as(received.body()).isEqualTo(302);
		String code = received.location().replaceAll("^.*/quan-tri/ho-so/", "");

		String receipt = text(officer.getBytes("/quan-tri/ho-so/" + code + "/mau/01.pdf").body());
		// one row per document handed in: originals, copies
		assertThat(receipt).contains("STT Tên giấy tờ").containsPattern("1 Dự thảo giao dịch\\s*1\\s*2\\s+NGƯỜI NỘP HỒ SƠ");
		assertThat(receipt).contains("2. Số lượng hồ sơ: 02 bộ.",
				"6. Hình thức nhận kết quả: qua dịch vụ bưu chính công ích, đến địa chỉ: Bản Tèn.");
	}

	@Test
	void outsideOfficeHoursTheDeskIsWarned() {
		this.clock.set("2026-01-05T20:30:00+07:00");

		assertThat(Http.session(this.port, "xa.phuluong", PASSWORD).get("/quan-tri/ho-so/tiep-nhan").text())
			.contains("Đang ngoài giờ làm việc của cơ quan");
	}

	@Test
	void anUnknownIdNumberLeavesTheApplicantToBeTyped() {
		this.clock.set("2026-01-05T10:00:00+07:00");

		assertThat(Http.session(this.port, "xa.phuluong", PASSWORD)
			.get("/quan-tri/ho-so/tiep-nhan?idNumber=019399999999")
			.text()).contains("Chưa có hồ sơ nào của số định danh này");
	}

}
