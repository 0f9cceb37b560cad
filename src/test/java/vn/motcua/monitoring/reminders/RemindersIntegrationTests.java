package vn.motcua.monitoring.reminders;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import com.icegreen.greenmail.util.GreenMail;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import vn.motcua.Http;
import vn.motcua.MotCuaTest;
import vn.motcua.TestClock;
import vn.motcua.TestMail;
import vn.motcua.calendar.CalendarManagement;
import vn.motcua.monitoring.DeskFixtures;
import vn.motcua.shared.Vietnam;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.motcua.MotCuaTest.PASSWORD;

/**
 * Reminders on a fixed clock around Hùng Kings' day 2025 (Monday 07/04, a holiday): nothing on the
 * holiday nor before 07:30, then once per key — the head's daily list of overdue dossiers (and of
 * overdue feedback), the
 * leader's weekly digest on the first working day of the week (Tuesday), the holder of a step due
 * within a working day — in the notification centre and by e-mail, never twice.
 */
@MotCuaTest
class RemindersIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	TestClock clock;

	@Autowired
	ReminderCheck reminders;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	GreenMail mail;

	@Autowired
	CalendarManagement calendar;

	private Http as(String username) {
		return Http.basic(this.port, username, PASSWORD);
	}

	private Http.Response receive(String at) {
		return new DeskFixtures(this.port, this.clock).receive(at, "DIRECT",
				DeskFixtures.applicant("Lý Thị Sen", "0913 222 333", "Xã Phủ Lý"));
	}

	private Http.Response act(String username, String at, String code, String body) {
		return new DeskFixtures(this.port, this.clock).act(username, at, code, body);
	}

	private long count(String key) {
		return this.jdbc.sql("select count(*) from monitoring_reminder where reminder_key = :key")
			.param("key", key)
			.query(Long.class)
			.single();
	}

	private void checkAt(String moment) {
		this.clock.set(moment);
		this.reminders.check();
	}

	@Autowired
	ReminderRepository repository;

	@Test
	void theLogForgetsRemindersMadeLongerAgoThanItKeeps() {
		String old = "test-old:" + UUID.randomUUID();
		String recent = "test-recent:" + UUID.randomUUID();
		for (String key : List.of(old, recent)) { // as mailed already: the mail task leaves them alone
			this.jdbc.sql("""
					insert into monitoring_reminder (id, reminder_key, kind, recipient, subject, body, created_at, emailed_at)
					values (:id, :key, 'OVERDUE', 'truongphong', 'Nhắc việc', 'Quá hạn', :at, :at)""")
				.param("id", UUID.randomUUID())
				.param("key", key)
				.param("at", OffsetDateTime.parse(key.equals(old) ? "2024-06-03T09:00:00+07:00" : "2026-11-27T09:00:00+07:00"))
				.update();
		}
		assertThat(this.repository.forgetMadeBefore(Duration.ofDays(730))).isGreaterThanOrEqualTo(1);
		assertThat(count(old)).isZero();
		assertThat(count(recent)).isOne();
	}

	@Test
	void theHeadAndTheLeaderAreRemindedOnceOnWorkingDaysFromTheDailyHour() {
		String code = receive("2025-03-31T09:00:00+07:00").json("$.code"); // due Thu 03/04, left open
		Http.Response feedback = Http.anonymous(this.port).postJson("/api/v1/public/feedback", """
				{"name":"Lý Thị Sen","address":"Xã Phủ Lý","phone":"0913 222 333","unitCode":"168",
				 "subject":"Chưa nhận được giấy chứng nhận","content":"Đã quá hẹn mà chưa có kết quả."}""");
		assertThat(feedback.<String>json("$.forwardDueAt")).isEqualTo("2025-04-08T17:00:00+07:00"); // Hùng Kings' day skipped

		checkAt("2025-04-07T08:00:00+07:00"); // Hùng Kings' day
		checkAt("2025-04-08T07:15:00+07:00"); // before the daily hour
		assertThat(count("OVERDUE:truongphong:2025-04-07") + count("OVERDUE:truongphong:2025-04-08")).isZero();
		assertThat(count("WEEKLY:lanhdao:2025-W15")).isZero();

		checkAt("2025-04-08T07:45:00+07:00");
		checkAt("2025-04-08T10:00:00+07:00");
		assertThat(count("OVERDUE:truongphong:2025-04-08")).isEqualTo(1);
		assertThat(count("WEEKLY:lanhdao:2025-W15")).isEqualTo(1);
		String body = this.jdbc.sql("select body from monitoring_reminder where reminder_key = 'OVERDUE:truongphong:2025-04-08'")
			.query(String.class)
			.single();
		assertThat(body).contains(code, "Cấp Giấy chứng nhận đăng ký hộ kinh doanh", "17:00 03/04/2025");

		List<?> mails = TestMail.to(this.mail, "truongphong@phuluong.example.vn", "hồ sơ quá hạn");
		assertThat(mails).hasSize(1);
		assertThat(TestMail.to(this.mail, "lanhdao@phuluong.example.vn", "Tổng hợp tuần 2025-W15")).hasSize(1);

		checkAt("2025-04-09T07:45:00+07:00"); // the next day: a new daily list, no second weekly digest
		assertThat(count("OVERDUE:truongphong:2025-04-09")).isEqualTo(1);
		assertThat(count("OVERDUE_FEEDBACK:truongphong:2025-04-08")).isZero(); // due that evening
		assertThat(count("OVERDUE_FEEDBACK:truongphong:2025-04-09")).isEqualTo(1);
		assertThat(TestMail.to(this.mail, "truongphong@phuluong.example.vn", "phản ánh, kiến nghị quá hạn").get(0))
			.satisfies(m -> assertThat(TestMail.body(m)).contains(feedback.<String>json("$.registerNo"),
					"Chưa nhận được giấy chứng nhận"));
		assertThat(this.jdbc.sql("select count(*) from monitoring_reminder where recipient = 'lanhdao' and kind = 'WEEKLY'"
				+ " and reminder_key like 'WEEKLY:lanhdao:2025-W15%'").query(Long.class).single()).isEqualTo(1);
		// e-mails go out after the check's commit, through notification: wait for the second list
		Awaitility.await()
			.atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> assertThat(
					TestMail.matching(this.mail, "truongphong@phuluong.example.vn", "hồ sơ quá hạn")).hasSize(2));

		Http page = Http.session(this.port, "truongphong", PASSWORD);
		Http.Response centre = page.get("/quan-tri/thong-bao");
		assertThat(centre.body()).contains("Đôn đốc:", code, "list-group-item-warning");
		page.submitForm("/quan-tri/thong-bao", "/quan-tri/thong-bao/da-doc", java.util.Map.of());
		assertThat(as("truongphong").get("/api/v1/reminders").<Integer>json("$.unread")).isZero();
	}

	@Test
	void theHolderOfAStepDueWithinAWorkingDayIsRemindedOnce() {
		String code = receive("2025-03-05T09:00:00+07:00").json("$.code");
		act("tiepnhan", "2025-03-05T09:05:00+07:00", code, "{\"action\":\"COMPLETE_STEP\"}");
		Http.Response assigned = act("truongphong", "2025-03-05T09:10:00+07:00", code,
				"{\"action\":\"ASSIGN\",\"assignee\":\"chuyenvien\"}");
		Instant due = OffsetDateTime.parse(assigned.<String>json("$.steps[1].dueAt")).toInstant();
		String key = "STEP_DUE:" + assigned.<String>json("$.id") + ":chuyenvien:" + due.toEpochMilli();
		boolean soon = !due.isAfter(this.calendar
			.plusWorkingTime(Instant.parse("2025-03-05T02:10:00Z"), Duration.ofHours(8), null)
			.toInstant());
		assertThat(count(key)).isEqualTo(soon ? 1 : 0); // event-driven when the step arrives due soon

		OffsetDateTime dueLocal = due.atZone(Vietnam.ZONE).toOffsetDateTime();
		checkAt(dueLocal.toLocalDate() + "T07:45:00+07:00"); // the morning of the due day
		checkAt(dueLocal.toLocalDate() + "T08:00:00+07:00");
		assertThat(count(key)).isEqualTo(1);
		assertThat(TestMail.to(this.mail, "chuyenvien@phuluong.example.vn", "Nhắc việc: hồ sơ " + code)).hasSize(1);
	}

}
