package vn.motcua.portal.polls;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.motcua.Http;
import vn.motcua.MotCuaTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.motcua.MotCuaTest.PASSWORD;

/**
 * The polls' back office: a unit's portal editor creates, changes and deletes its polls over the API
 * and on pages while nobody has voted, and closes them at any time; a writer may not; bad input is
 * refused with its code, in Vietnamese on the page with what was typed kept. The clock stands at
 * 28/11/2026 09:00.
 */
@MotCuaTest
class PollDeskIntegrationTests {

	private static final String DEMO = "Bạn mong muốn được nghỉ lễ bao nhiêu ngày?";

	/** The province portal's editor: the demo's poll is the province's. */
	private static final String EDITOR = "bientap.thainguyen";

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	private final List<String> created = new ArrayList<>();

	/** The public page shows the latest poll opened: the tests' polls leave with the test, votes and all. */
	@AfterEach
	void removeTheTestsPolls() {
		this.created.forEach(id -> this.jdbc.sql("delete from portal_poll where id = ?").param(UUID.fromString(id)).update());
	}

	private Http as(String username) {
		return Http.basic(this.port, username, PASSWORD);
	}

	private static String json(String question, String options, String opens, String closes) {
		return """
				{"question":"%s","options":[%s],"opens":"%s","closes":"%s"}""".formatted(question, options, opens, closes);
	}

	private String create(String editor, String json) {
		Http.Response response = as(editor).postJson("/api/v1/polls", json);
		assertThat(response.status()).as(response.body()).isEqualTo(201);
		this.created.add(response.json("$.id"));
		return "/api/v1/polls/" + response.json("$.id");
	}

	@Test
	void anEditorCreatesChangesAndDeletesTheUnitsPollsOverTheApi() {
		String poll = create(EDITOR, json("  Huyện nên tổ chức hội chợ xuân ở đâu? ", "\"Sân vận động\",\" \",\"Quảng trường\"",
				"2026-12-01T07:00", "2026-12-31T17:00"));
		Http.Response province = as(EDITOR).get("/api/v1/polls");
		assertThat(province.<List<String>>json("$[*].question")).containsExactly("Huyện nên tổ chức hội chợ xuân ở đâu?", DEMO);
		assertThat(province.<String>json("$[0].state")).isEqualTo("SCHEDULED");
		assertThat(province.<Integer>json("$[0].votes")).isZero();
		assertThat(province.<Integer>json("$[1].votes")).as("the demo's, 120 before any test").isGreaterThanOrEqualTo(120);
		assertThat(as("bientap").get("/api/v1/polls").<List<String>>json("$[*].question"))
			.as("the district's editor sees the district's polls only").isEmpty();

		Http.Response edited = as(EDITOR).putJson(poll, json("Hội chợ xuân 2027 nên tổ chức ở đâu?",
				"\"Sân vận động huyện\",\"Quảng trường trung tâm\",\"Chợ Đu\"", "2026-12-02T07:00", "2027-01-15T17:00"));
		assertThat(edited.status()).as(edited.body()).isEqualTo(200);
		assertThat(edited.<List<String>>json("$.options[*].label")).containsExactly("Sân vận động huyện", "Quảng trường trung tâm", "Chợ Đu");
		assertThat(edited.<String>json("$.closesAt")).isEqualTo("2027-01-15T10:00:00Z");
		assertThat(as(EDITOR).postJson(poll + "/close", "").<String>json("$.code")).as("not open yet: change or delete it")
			.isEqualTo("poll-not-started");
		assertThat(as(EDITOR).delete(poll).status()).isEqualTo(204);
		assertThat(as(EDITOR).get("/api/v1/polls").<List<String>>json("$[*].question")).containsExactly(DEMO);
	}

	@Test
	void aWriterMayNotManagePolls() {
		assertThat(as("phongvien").get("/api/v1/polls").<String>json("$.code")).isEqualTo("forbidden");
		Http.Response refused = as("phongvien.thainguyen").postJson("/api/v1/polls", json("Câu hỏi?", "\"Có\",\"Không\"", "2026-12-01T07:00",
				"2026-12-31T17:00"));
		assertThat(refused.status()).isEqualTo(403);
		assertThat(refused.<String>json("$.code")).isEqualTo("forbidden");
		Http writer = Http.session(this.port, "phongvien.thainguyen", PASSWORD);
		assertThat(writer.get("/quan-tri/binh-chon").status()).isEqualTo(403);
		assertThat(writer.get("/quan-tri").body()).doesNotContain("href=\"/quan-tri/binh-chon\"");
		assertThat(Http.session(this.port, EDITOR, PASSWORD).get("/quan-tri").body()).contains("href=\"/quan-tri/binh-chon\"");
	}

	@Test
	void badInputIsRefusedWithItsCodeAndNothingIsWritten() {
		Map<String, String> refusals = Map.of(
				json("Câu hỏi?", "\"Có\",\"  \"", "2026-12-01T07:00", "2026-12-31T17:00"), "poll-options-required",
				json("Câu hỏi?", "\"Có\",\"Không\",\" có \"", "2026-12-01T07:00", "2026-12-31T17:00"), "poll-option-duplicate",
				json("  ", "\"Có\",\"Không\"", "2026-12-01T07:00", "2026-12-31T17:00"), "poll-question-required",
				json("x".repeat(301), "\"Có\",\"Không\"", "2026-12-01T07:00", "2026-12-31T17:00"), "poll-question-too-long",
				json("Câu hỏi?", "\"Có\",\"Không\"", "2026-12-31T17:00", "2026-12-01T07:00"), "poll-dates-invalid",
				json("Câu hỏi?", "\"Có\",\"Không\"", "01/12/2026", "2026-12-31T17:00"), "poll-dates-invalid",
				json("Câu hỏi?", "\"Có\",\"Không\"", "2026-11-01T07:00", "2026-11-27T17:00"), "poll-closes-in-past",
				"{\"question\":\"Câu hỏi?\",\"options\":[\"Có\",\"Không\"]}", "poll-dates-required");
		refusals.forEach((json, code) -> {
			Http.Response refused = as(EDITOR).postJson("/api/v1/polls", json);
			assertThat(refused.status()).as(code).isEqualTo(400);
			assertThat(refused.<String>json("$.code")).isEqualTo(code);
		});
		assertThat(as(EDITOR).get("/api/v1/polls").<List<String>>json("$[*].question")).containsExactly(DEMO);
	}

	@Test
	void aPollWithVotesIsNotChangedButClosesAndThenTakesNoMoreVotes() {
		String poll = create(EDITOR, json("Bạn đã dùng dịch vụ công trực tuyến chưa?", "\"Đã dùng\",\"Chưa dùng\"",
				"2026-11-28T08:00", "2026-12-05T17:00"));
		String option = as(EDITOR).get("/api/v1/public" + poll.substring("/api/v1".length())).json("$.options[0].id");
		String votes = "/api/v1/public" + poll.substring("/api/v1".length()) + "/votes";
		assertThat(Http.anonymous(this.port).postJson(votes, "{\"option\":\"" + option + "\"}").status()).isEqualTo(201);

		Http.Response edit = as(EDITOR).putJson(poll, json("Sửa?", "\"A\",\"B\"", "2026-11-28T08:00", "2026-12-05T17:00"));
		assertThat(edit.status()).isEqualTo(409);
		assertThat(edit.<String>json("$.code")).isEqualTo("poll-has-votes");
		assertThat(as(EDITOR).delete(poll).<String>json("$.code")).isEqualTo("poll-has-votes");
		assertThat(as(EDITOR).postJson(poll + "/close", "{\"closes\":\"2026-12-10T17:00\"}").<String>json("$.closesAt"))
			.isEqualTo("2026-12-10T10:00:00Z");

		Http.Response closed = as(EDITOR).postJson(poll + "/close", "");
		assertThat(closed.status()).as(closed.body()).isEqualTo(200);
		assertThat(closed.<String>json("$.closesAt")).isEqualTo("2026-11-28T02:00:00Z");
		assertThat(closed.<Boolean>json("$.open")).isFalse();
		Http.Response late = Http.anonymous(this.port).postJson(votes, "{\"option\":\"" + option + "\"}");
		assertThat(late.status()).isEqualTo(409);
		assertThat(late.<String>json("$.code")).isEqualTo("poll-closed");
		assertThat(as(EDITOR).get("/api/v1/polls").<List<String>>json("$[*].state")).containsExactly("CLOSED", "OPEN");
	}

	@Test
	void onThePagesAnEditorCreatesClosesAndDeletesARefusalInVietnameseKeepsWhatWasTyped() {
		Http editor = Http.session(this.port, EDITOR, PASSWORD);
		String question = "Bạn đánh giá thế nào về Bộ phận một cửa huyện?";
		Map<String, String> typed = Map.of("question", question, "options", "Hài lòng\n\n", "opens", "2026-11-28T08:00",
				"closes", "2026-12-20T17:00");
		assertThat(editor.submitForm("/quan-tri/binh-chon", "/quan-tri/binh-chon", typed).location()).endsWith("/quan-tri/binh-chon");
		String refused = editor.get("/quan-tri/binh-chon").text();
		assertThat(refused).contains("Vui lòng nhập ít nhất 2 phương án, mỗi dòng một phương án.", "value=\"" + question + "\"",
				"value=\"2026-12-20T17:00\"");

		String page = editor.submitForm("/quan-tri/binh-chon", "/quan-tri/binh-chon",
				Map.of("question", question, "options", "Hài lòng\r\nBình thường\r\nChưa hài lòng", "opens", "2026-11-28T08:00",
						"closes", "2026-12-20T17:00"))
			.location().replaceAll("^https?://[^/]+", "");
		assertThat(page).matches("/quan-tri/binh-chon/[0-9a-f-]{36}");
		this.created.add(page.substring(page.lastIndexOf('/') + 1));
		String shown = editor.get(page).text();
		assertThat(shown).contains("Đã lưu cuộc bình chọn.", "Đang mở", "Hài lòng\nBình thường\nChưa hài lòng", "value=\"2026-11-28T08:00\"",
				"id=\"close-now\"", "id=\"delete\"");
		assertThat(editor.get("/quan-tri/binh-chon").text()).contains(question, "Đang mở");

		editor.submitForm(page, page + "/ket-thuc", Map.of("now", "1"));
		assertThat(editor.get(page).text()).contains("Đã kết thúc cuộc bình chọn.", "id=\"state\" class=\"badge text-bg-light\">Đã kết thúc<")
			.doesNotContain("id=\"close-now\"");
		assertThat(editor.submitForm(page, page + "/xoa", Map.of()).location()).endsWith("/quan-tri/binh-chon");
		assertThat(editor.get("/quan-tri/binh-chon").text()).contains("Đã xóa cuộc bình chọn.").doesNotContain(question);
	}

}
