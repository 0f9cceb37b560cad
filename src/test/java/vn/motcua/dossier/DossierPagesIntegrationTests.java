package vn.motcua.dossier;

import java.util.Map;

import org.junit.jupiter.api.Test;
import vn.motcua.Http;
import vn.motcua.MotCuaTest;
import vn.motcua.TestClock;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.motcua.MotCuaTest.PASSWORD;

/** The counter's screens: intake, the dossier page with its actions, the work queues. */
@MotCuaTest
class DossierPagesIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	TestClock clock;


	@Test
	void anOfficerReceivesAtTheCounterActsOnTheDossierAndFindsItInTheQueue() {
		this.clock.set("2025-11-03T09:00:00+07:00");
		Http officer = Http.session(this.port, "xa.phuluong", PASSWORD);

		Http.Response received = officer.submitForm("/quan-tri/ho-so/tiep-nhan", "/quan-tri/ho-so/tiep-nhan",
				Map.of("procedureCode", DossierFixtures.CERTIFIED_TRANSACTION, "agencyCode", DossierFixtures.XA_PHU_LUONG,
						"channel", "DIRECT", "fullName", "Hoàng Thị Mai", "idNumber", "", "phone", "0988 111 222", "email", "",
						"address", "Xóm Cây Thị"));
		assertThat(received.status()).isEqualTo(302);
		String page = received.location().replaceAll("^.*(/quan-tri/ho-so/.*)$", "$1");
		String code = page.substring("/quan-tri/ho-so/".length());
		assertThat(officer.get(page).text()).contains("Đã tiếp nhận hồ sơ", "Hoàng Thị Mai", "Thẩm định hồ sơ");

		Http.Response done = officer.submitForm(page, page + "/thao-tac", Map.of("action", "COMPLETE_STEP", "note", "",
				"assignee", "", "newDueAt", "", "version", "0"));
		assertThat(done.status()).isEqualTo(302);
		assertThat(officer.get(page).text()).contains("Đã hoàn thành bước xử lý.");

		Http.Response stale = officer.submitForm(page, page + "/thao-tac", Map.of("action", "RETURN_RESULT", "note", "",
				"assignee", "", "newDueAt", "", "version", "1"));
		assertThat(stale.status()).isEqualTo(302);
		assertThat(officer.get(page).text()).contains("Không thể trả kết quả khi hồ sơ đang ở trạng thái «đang giải quyết».");

		assertThat(officer.get("/quan-tri/ho-so?queue=ALL").text()).contains(code, "Việc của tôi", "Quá hạn");
		assertThat(officer.getBytes("/quan-tri/ho-so/" + code + "/mau/01.pdf").contentType()).isEqualTo("application/pdf");
	}

	@Test
	void badIntakeKeepsWhatWasTypedAndSaysWhyInVietnamese() {
		this.clock.set("2025-11-03T09:00:00+07:00");
		Http officer = Http.session(this.port, "xa.phuluong", PASSWORD);

		Http.Response refused = officer.submitForm("/quan-tri/ho-so/tiep-nhan", "/quan-tri/ho-so/tiep-nhan",
				Map.of("procedureCode", "", "agencyCode", DossierFixtures.XA_PHU_LUONG, "channel", "DIRECT", "fullName",
						"Hoàng Thị Mai", "idNumber", "123", "phone", "", "email", "", "address", ""));

		assertThat(refused.status()).isEqualTo(200);
		assertThat(refused.text()).contains("Vui lòng nhập thông tin này.", "Số định danh cá nhân gồm 12 chữ số",
				"Hoàng Thị Mai");
	}

}
