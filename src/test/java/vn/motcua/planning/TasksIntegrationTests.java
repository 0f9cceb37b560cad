package vn.motcua.planning;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import vn.motcua.Http;
import vn.motcua.MotCuaTest;
import vn.motcua.TestClock;
import vn.motcua.monitoring.OverdueItems;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.motcua.MotCuaTest.PASSWORD;

/**
 * Tasks over the API on a fixed clock in 2026: a meeting's conclusion becomes a task, reported on
 * and accepted; an extension keeps the original deadline for the figures; an overdue task reaches
 * the reminders; a commune never sees another commune's task.
 */
@MotCuaTest
class TasksIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	TestClock clock;

	@Autowired
	List<OverdueItems> reminders;

	private Http as(String username) {
		return Http.basic(this.port, username, PASSWORD);
	}

	/** @return the field a refusal names, failing with its body when it is no refusal. */
	private static String field(Http.Response refused) {
		assertThat(refused.status()).as(refused.body()).isEqualTo(400);
		assertThat(refused.body()).contains("\"errors\"");
		return refused.json("$.errors[0].field");
	}

	private String assign(String json) {
		Http.Response created = as("lanhdao.thainguyen").postJson("/api/v1/tasks", json);
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		return created.json("$.id");
	}

	@Test
	void aMeetingsConclusionBecomesATaskReportedOnAndAccepted() {
		this.clock.set("2026-03-02T09:00:00+07:00"); // a Monday
		Http.Response meeting = as("lanhdao.thainguyen").postJson("/api/v1/meetings", """
				{"kind":"MEETING","heldOn":"2026-03-02","title":"Hội nghị Ban Chỉ đạo CCHC tỉnh quý I/2026","chair":"Bế Văn Thịnh",
				 "reference":"Thông báo 45/TB-UBND","conclusions":["Các xã rà soát thủ tục hành chính trên Cổng dịch vụ công", "  "]}""");
		assertThat(meeting.status()).as(meeting.body()).isEqualTo(201);
		assertThat(meeting.<List<?>>json("$.conclusions")).hasSize(1);
		String conclusion = meeting.json("$.conclusions[0].id");
		assertThat(field(as("lanhdao.thainguyen").postJson("/api/v1/meetings", "{\"heldOn\":\"2026-03-02\",\"title\":\"Họp\"}")
			)).isEqualTo("conclusions");
		assertThat(as("xa.phuluong").postJson("/api/v1/meetings", "{}").status()).isEqualTo(403);

		Http.Response refused = as("lanhdao.thainguyen").postJson("/api/v1/tasks", """
				{"title":"Rà soát","leadUnit":"05611","leadOfficial":"xa.votranh","workingDays":10}""");
		assertThat(refused.status()).isEqualTo(400);
		assertThat(field(refused)).isEqualTo("leadOfficial");
		assertThat(field(as("lanhdao.thainguyen").postJson("/api/v1/tasks", """
				{"title":"Rà soát","leadUnit":"05611","dueDate":"2026-03-20","workingDays":10}""")))
			.isEqualTo("dueDate");
		assertThat(field(as("chutich.votranh").postJson("/api/v1/tasks", """
				{"title":"Rà soát","leadUnit":"05611","workingDays":10}""")))
			.as("another commune is not in a commune's scope").isEqualTo("leadUnit");

		Http.Response created = as("lanhdao.thainguyen").postJson("/api/v1/tasks", """
				{"title":"Rà soát, công khai thủ tục hành chính của xã","leadUnit":"05611","leadOfficial":"xa.phuluong",
				 "supportUnits":["05641"],"workingDays":10,"source":{"kind":"MEETING","id":"%s"}}""".formatted(conclusion));
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		assertThat(created.<String>json("$.dueDate")).as("ten working days after Monday 02/03").isEqualTo("2026-03-16");
		assertThat(created.<String>json("$.status")).isEqualTo("NOT_STARTED");
		String task = "/api/v1/tasks/" + created.json("$.id");
		assertThat(as("truongphong.votranh").get(task).<String>json("$.task.sourceKind")).as("a supporting unit sees it")
			.isEqualTo("MEETING");
		assertThat(as("truongphong.yentrach").get(task).status()).isEqualTo(404);
		assertThat(as("truongphong.yentrach").postJson(task + "/progress", "{\"percent\":10}").status()).isEqualTo(404);

		assertThat(field(as("xa.phuluong").postJson(task + "/progress", "{\"percent\":150}")))
			.isEqualTo("percent");
		Http.Response progress = as("xa.phuluong").postJson(task + "/progress", "{\"percent\":40,\"note\":\"Đã rà soát 40 thủ tục\"}");
		assertThat(progress.<String>json("$.task.status")).isEqualTo("IN_PROGRESS");
		assertThat(as("truongphong.votranh").postJson(task + "/progress", "{\"percent\":50}").status())
			.as("a supporting unit does not report").isEqualTo(403);
		assertThat(as("lanhdao.thainguyen").postJson(task + "/acceptance", "{\"accepted\":true}").<String>json("$.code"))
			.isEqualTo("task-action-not-allowed");

		this.clock.set("2026-03-13T10:00:00+07:00");
		assertThat(as("xa.phuluong").postJson(task + "/report-done", "{\"note\":\"Đã công khai\"}").<String>json("$.task.status"))
			.isEqualTo("REPORTED_DONE");
		assertThat(as("chutich.phuluong").postJson(task + "/acceptance", "{\"accepted\":true}").status())
			.as("the lead's own leader does not accept").isEqualTo(403);
		assertThat(field(as("lanhdao.thainguyen").postJson(task + "/acceptance", "{\"accepted\":false}")))
			.isEqualTo("reason");
		assertThat(as("lanhdao.thainguyen").postJson(task + "/acceptance", "{\"accepted\":false,\"reason\":\"Thiếu danh mục\"}")
			.<String>json("$.task.status")).isEqualTo("IN_PROGRESS");
		as("xa.phuluong").postJson(task + "/report-done", "{}");
		this.clock.set("2026-03-18T10:00:00+07:00");
		Http.Response accepted = as("lanhdao.thainguyen").postJson(task + "/acceptance", "{\"accepted\":true}");
		assertThat(accepted.<String>json("$.task.status")).isEqualTo("ACCEPTED");
		assertThat(accepted.<String>json("$.task.outcome")).as("done on 13/03, accepted after the deadline: on time")
			.isEqualTo("DONE_ON_TIME");
		assertThat(accepted.<List<String>>json("$.history[*].kind")).containsExactly("ASSIGNED", "PROGRESS", "REPORTED_DONE",
				"RETURNED", "REPORTED_DONE", "ACCEPTED");
		assertThat(accepted.<String>json("$.history[1].actorName")).isEqualTo("Lường Văn Khánh");

		assertThat(as("chutich.phuluong").get("/api/v1/tasks?unit=05611&status=DONE_ON_TIME").<List<String>>json("$[*].id"))
			.contains(created.<String>json("$.id"));
		assertThat(as("lanhdao.thainguyen").get("/api/v1/meetings/" + meeting.json("$.id")).<Integer>json("$.conclusions[0].tasks"))
			.isEqualTo(1);
		assertThat(field(as("chutich.phuluong").get("/api/v1/tasks?status=FINISHED")))
			.isEqualTo("status");
	}

	@Test
	void anExtensionMovesTheDeadlineButTheFiguresKeepTheOriginal() {
		this.clock.set("2026-04-01T09:00:00+07:00");
		String extended = "/api/v1/tasks/" + assign("""
				{"title":"Số hóa hồ sơ hộ tịch năm 2020","leadUnit":"05641","dueDate":"2026-04-10"}""");
		String overdue = "/api/v1/tasks/" + assign("""
				{"title":"Niêm yết số điện thoại đường dây nóng","leadUnit":"05641","leadOfficial":"xa.votranh","dueDate":"2026-04-10"}""");

		this.clock.set("2026-04-08T09:00:00+07:00");
		assertThat(field(as("truongphong.votranh").postJson(extended + "/extension", "{\"dueDate\":\"2026-04-09\",\"note\":\"Thiếu máy quét\"}")
			)).isEqualTo("dueDate");
		assertThat(field(as("truongphong.votranh").postJson(extended + "/extension", "{\"dueDate\":\"2026-04-30\"}")
			)).isEqualTo("reason");
		Http.Response asked = as("truongphong.votranh").postJson(extended + "/extension",
				"{\"dueDate\":\"2026-04-30\",\"note\":\"Thiếu máy quét\"}");
		assertThat(asked.<String>json("$.task.requestedDue")).isEqualTo("2026-04-30");
		assertThat(asked.<Boolean>json("$.may.decideExtension")).isFalse();
		assertThat(as("lanhdao.thainguyen").get(extended).<Boolean>json("$.may.decideExtension")).isTrue();
		Http.Response approved = as("lanhdao.thainguyen").postJson(extended + "/extension/decision", "{\"accepted\":true}");
		assertThat(approved.<String>json("$.task.dueDate")).isEqualTo("2026-04-30");
		assertThat(approved.<String>json("$.task.originalDue")).isEqualTo("2026-04-10");
		assertThat(as("lanhdao.thainguyen").postJson(extended + "/extension/decision", "{\"accepted\":true}").<String>json("$.code"))
			.isEqualTo("task-no-extension-pending");

		this.clock.set("2026-04-13T09:00:00+07:00");
		assertThat(as("truongphong.votranh").get("/api/v1/tasks?status=OVERDUE").<List<String>>json("$[*].title"))
			.contains("Niêm yết số điện thoại đường dây nóng")
			.doesNotContain("Số hóa hồ sơ hộ tịch năm 2020");
		OverdueItems tasks = this.reminders.stream().filter(r -> r.kind().equals("TASK")).findFirst().orElseThrow();
		assertThat(tasks.overdue(Instant.parse("2026-04-13T02:00:00Z")))
			.anyMatch(i -> i.title().equals("Niêm yết số điện thoại đường dây nóng") && "xa.votranh".equals(i.official())
					&& i.dueAt().toString().equals("2026-04-10T10:00:00Z"));
		assertThat(tasks.dueSoon(Instant.parse("2026-04-28T02:00:00Z")))
			.anyMatch(i -> i.title().equals("Số hóa hồ sơ hộ tịch năm 2020"));
		assertThat(tasks.dueSoon(Instant.parse("2026-04-24T02:00:00Z")))
			.noneMatch(i -> i.title().equals("Số hóa hồ sơ hộ tịch năm 2020"));

		this.clock.set("2026-04-20T09:00:00+07:00");
		as("truongphong.votranh").postJson(extended + "/report-done", "{}");
		Http.Response done = as("lanhdao.thainguyen").postJson(extended + "/acceptance", "{\"accepted\":true}");
		assertThat(done.<String>json("$.task.outcome")).as("within the extension, after the original deadline")
			.isEqualTo("DONE_LATE");
		assertThat(field(as("lanhdao.thainguyen").postJson(overdue + "/cancellation", "{}")))
			.isEqualTo("reason");
		assertThat(as("lanhdao.thainguyen").postJson(overdue + "/cancellation", "{\"reason\":\"Gộp vào nhiệm vụ khác\"}")
			.<String>json("$.task.outcome")).isEqualTo("CANCELLED");
	}

	@Test
	void aCommuneNeverSeesAnotherCommunesTask() {
		this.clock.set("2026-05-04T09:00:00+07:00");
		String id = assign("""
				{"title":"Kiểm tra công vụ tại Bộ phận Một cửa xã Yên Trạch","leadUnit":"05620","workingDays":5}""");
		assertThat(as("truongphong.phuluong").get("/api/v1/tasks/" + id).status()).isEqualTo(404);
		assertThat(as("truongphong.phuluong").get("/api/v1/tasks").<List<String>>json("$[*].id")).doesNotContain(id);
		assertThat(field(as("truongphong.phuluong").get("/api/v1/tasks?unit=05620")))
			.isEqualTo("unit");
		assertThat(as("truongphong.yentrach").get("/api/v1/tasks").<List<String>>json("$[*].id")).contains(id);
		assertThat(as("lanhdao.thainguyen").get("/api/v1/tasks?unit=05620").<List<String>>json("$[*].id")).contains(id);
	}

}
