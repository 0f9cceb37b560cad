package vn.motcua.dossier;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import vn.motcua.Http;
import vn.motcua.MotCuaTest;
import vn.motcua.TestClock;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.motcua.MotCuaTest.PASSWORD;
import static vn.motcua.dossier.DossierFixtures.BUILDING_PERMIT;
import static vn.motcua.dossier.DossierFixtures.DISTRICT_DESK;
import static vn.motcua.dossier.DossierFixtures.action;
import static vn.motcua.dossier.DossierFixtures.intake;

/**
 * The desk's actions over HTTP: a step given only to an official holding its role in the unit, the
 * leader's signing step with the draft and the way back, the last step making the result ready,
 * buttons named by their outcome and officials by their names.
 */
@MotCuaTest
class DeskActionsIntegrationTests {

	private static final byte[] PDF = "%PDF-1.4\n% dự thảo giấy phép\n%%EOF\n".getBytes(StandardCharsets.UTF_8);

	@LocalServerPort
	int port;

	@Autowired
	TestClock clock;

	private Http.Response act(String username, String at, String code, String body) {
		this.clock.set(at);
		return Http.basic(this.port, username, PASSWORD).postJson("/api/v1/dossiers/" + code + "/transitions", body);
	}

	private String page(String username, String code) {
		return Http.session(this.port, username, PASSWORD).get("/quan-tri/ho-so/" + code).text();
	}

	private String assign(String assignee) {
		return "{\"action\":\"ASSIGN\",\"assignee\":\"%s\"}".formatted(assignee);
	}

	@Test
	void aStepGoesOnlyToAnOfficialHoldingItsRoleInTheUnit() {
		this.clock.set("2025-05-05T09:00:00+07:00");
		String code = Http.basic(this.port, "tiepnhan", PASSWORD)
			.postJson("/api/v1/dossiers", intake(BUILDING_PERMIT, DISTRICT_DESK, "DIRECT"))
			.json("$.code");
		act("tiepnhan", "2025-05-05T10:00:00+07:00", code, action("COMPLETE_STEP"));

		assertThat(page("truongphong", code)).contains("Lê Văn Minh (Chuyên viên Phòng Tư pháp)")
			.doesNotContain(">Trần Thị Hoa (Công chức Bộ phận Một cửa)</option>");
		Http.Response desk = act("truongphong", "2025-05-05T11:00:00+07:00", code, assign("tiepnhan"));
		assertThat(desk.status()).isEqualTo(400);
		assertThat(desk.<String>json("$.code")).isEqualTo("assignee-not-eligible");
		assertThat(desk.<String>json("$.detail")).startsWith("Không thể phân công cho «tiepnhan»");
		Http.Response elsewhere = act("truongphong", "2025-05-05T11:00:00+07:00", code, assign("xa.phuluong"));
		assertThat(elsewhere.<String>json("$.code")).isEqualTo("assignee-not-eligible");
		Http.Response typed = act("truongphong", "2025-05-05T11:00:00+07:00", code, assign("ai-do-khong-co"));
		assertThat(typed.<String>json("$.code")).isEqualTo("assignee-not-eligible");

		Http.Response assigned = act("truongphong", "2025-05-05T11:00:00+07:00", code, assign("chuyenvien"));
		assertThat(assigned.status()).isEqualTo(200);
		assertThat(assigned.<String>json("$.steps[1].assignee")).isEqualTo("chuyenvien");
	}

	@Test
	void theLeaderSeesTheDraftSendsItBackAndTheLastStepMakesTheResultReady() {
		this.clock.set("2025-05-12T09:00:00+07:00");
		String code = Http.basic(this.port, "tiepnhan", PASSWORD)
			.postJson("/api/v1/dossiers", intake(BUILDING_PERMIT, DISTRICT_DESK, "DIRECT"))
			.json("$.code");
		assertThat(page("tiepnhan", code)).contains("Chuyển thẩm định").doesNotContain("Trả kết quả</button>");
		act("tiepnhan", "2025-05-12T10:00:00+07:00", code, action("COMPLETE_STEP"));
		act("truongphong", "2025-05-12T11:00:00+07:00", code, assign("chuyenvien"));
		Http chuyenvien = Http.session(this.port, "chuyenvien", PASSWORD);
		assertThat(chuyenvien.submitMultipart("/quan-tri/ho-so/" + code, "/quan-tri/ho-so/" + code + "/tep",
				Map.of("kind", "DRAFT_RESULT"), "file", "du-thao-giay-phep.pdf", PDF).status()).isEqualTo(302);
		assertThat(chuyenvien.get("/quan-tri/ho-so/" + code).text()).contains("Trình lãnh đạo phòng");
		act("chuyenvien", "2025-05-13T09:00:00+07:00", code, action("COMPLETE_STEP"));
		assertThat(page("truongphong", code)).contains("Trình ký");
		act("truongphong", "2025-05-13T10:00:00+07:00", code, action("COMPLETE_STEP"));

		String signing = page("lanhdao", code);
		assertThat(signing).contains("Dự thảo kết quả trình ký", "du-thao-giay-phep.pdf", "Ký duyệt", "Trả lại bước trước")
			.doesNotContain("hoàn thành giải quyết");
		assertThat(act("lanhdao", "2025-05-13T14:00:00+07:00", code, action("SEND_BACK")).<String>json("$.code"))
			.isEqualTo("note-required");
		Http.Response back = act("lanhdao", "2025-05-13T14:00:00+07:00", code,
				action("SEND_BACK", "Ghi sai diện tích xây dựng"));
		assertThat(back.status()).isEqualTo(200);
		assertThat(back.<Integer>json("$.currentStep")).isEqualTo(3);
		assertThat(back.<String>json("$.steps[2].completedAt")).isNull();
		assertThat(back.<List<String>>json("$.timeline[*].note")).contains("Ghi sai diện tích xây dựng");

		act("truongphong", "2025-05-14T09:00:00+07:00", code, action("COMPLETE_STEP"));
		act("lanhdao", "2025-05-14T10:00:00+07:00", code, action("COMPLETE_STEP"));
		assertThat(page("tiepnhan", code)).contains("Hoàn thành, có kết quả để trả");
		Http.Response ready = act("tiepnhan", "2025-05-14T11:00:00+07:00", code, action("COMPLETE_STEP"));
		assertThat(ready.<String>json("$.status")).isEqualTo("RESOLVED");
		assertThat(ready.<String>json("$.timeliness")).isEqualTo("EARLY");
		List<String> actions = ready.json("$.timeline[*].action");
		assertThat(actions).containsExactly("RECEIVE", "COMPLETE_STEP", "ASSIGN", "COMPLETE_STEP", "COMPLETE_STEP",
				"SEND_BACK", "COMPLETE_STEP", "COMPLETE_STEP", "RESOLVE");

		String returning = page("tiepnhan", code);
		assertThat(returning).contains("Trả kết quả</button>", "Đỗ Quang Hưng (Phó Chủ tịch UBND huyện)",
				"Ghi sai diện tích xây dựng");
		assertThat(page("lanhdao", code)).contains("Không có thao tác nào bạn được thực hiện");
	}

}
