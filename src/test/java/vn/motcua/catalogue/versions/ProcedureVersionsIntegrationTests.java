package vn.motcua.catalogue.versions;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import vn.motcua.Http;
import vn.motcua.MotCuaTest;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.motcua.MotCuaTest.PASSWORD;

/** A new version of a procedure entered by hand on its page. */
@MotCuaTest
class ProcedureVersionsIntegrationTests {

	@LocalServerPort
	int port;

	@Test
	void anAdministratorEntersANewVersionByHandAndBadInputIsExplained() {
		Http browser = Http.session(this.port, "admin", PASSWORD);
		String page = "/quan-tri/thu-tuc/2.000908";
		assertThat(browser.get(page).text()).contains("Cấp bản sao từ sổ gốc", "Các phiên bản");

		Http.Response refused = browser.submitForm(page, page, fields("name", "", "field", "Chứng thực",
				"level", "COMMUNE", "timeLimit", "1", "timeUnit", "WORKING_DAYS", "feeVnd", "-5", "feeNote", "",
				"onlineLevel", "FULL_ONLINE", "legalBasis", "", "documents", "", "effectiveFrom", "2026-12-15"));
		assertThat(refused.status()).isEqualTo(200);
		assertThat(refused.text()).contains("Vui lòng nhập thông tin này.", "Phí, lệ phí không được âm.");

		Http.Response saved = browser.submitForm(page, page, fields("name", "Cấp bản sao từ sổ gốc",
				"field", "Chứng thực", "level", "COMMUNE", "timeLimit", "0", "timeUnit", "SAME_DAY", "receiptRules", "AFTER_15H_NEXT_DAY",
				"feeVnd", "0", "feeNote", "", "onlineLevel", "FULL_ONLINE", "legalBasis", "Nghị định 23/2015/NĐ-CP",
				"documents", "Đơn đề nghị (bản chính)\nGiấy tờ tùy thân (bản sao)", "effectiveFrom", "2026-12-15"));
		assertThat(saved.status()).isEqualTo(302);
		Http.Response after = Http.basic(this.port, "admin", PASSWORD).get("/api/v1/procedures/2.000908?date=2026-12-15");
		assertThat(after.<String>json("$.timeUnit")).isEqualTo("SAME_DAY");
		assertThat(after.<List<String>>json("$.receiptRules")).containsExactly("AFTER_15H_NEXT_DAY");
		List<Integer> originals = after.json("$.documents[*].originals");
		assertThat(originals).containsExactly(1, 0);
		assertThat(Http.basic(this.port, "admin", PASSWORD).get("/api/v1/procedures/2.000908?date=2026-12-14")
			.<String>json("$.timeUnit")).isEqualTo("WORKING_DAYS");
	}

	private static Map<String, String> fields(String... keysAndValues) {
		Map<String, String> fields = new LinkedHashMap<>();
		for (int i = 0; i < keysAndValues.length; i += 2) {
			fields.put(keysAndValues[i], keysAndValues[i + 1]);
		}
		return fields;
	}

}
