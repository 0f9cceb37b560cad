package vn.motcua.notification.dossiers;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import vn.motcua.Http;
import vn.motcua.MotCuaTest;
import vn.motcua.TestClock;
import vn.motcua.TestMail;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.IncompleteEventPublications;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.motcua.MotCuaTest.PASSWORD;

/** What the applicant is told, by a real SMTP server and the SMS log, once per event. */
@MotCuaTest
class DossierNotificationsIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	GreenMail mail;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	IncompleteEventPublications publications;

	@Autowired
	DossierNotifications notifications;

	@Autowired
	TestClock clock;

	private Http official() {
		return Http.basic(this.port, "xa.phuluong", PASSWORD);
	}

	private String receive(String email, String procedure) {
		Http.Response response = official().postJson("/api/v1/dossiers", """
				{"procedureCode":"%s","agencyCode":"000.41.00.H55","channel":"DIRECT",
				 "applicant":{"fullName":"Hoàng Văn Thụ","phone":"0912 111 222","email":"%s"}}""".formatted(procedure, email));
		assertThat(response.status()).as(response.body()).isEqualTo(201);
		return response.json("$.code");
	}

	@Test
	void theApplicantIsToldOfReceiptAndSupplementOnceEvenWhenEventsAreDeliveredAgain() throws Exception {
		String email = "thu." + UUID.randomUUID() + "@example.vn";
		String code = receive(email, "2.001035");

		List<MimeMessage> received = TestMail.to(this.mail, email, "Đã tiếp nhận hồ sơ " + code);
		assertThat(received).hasSize(1);
		assertThat(TestMail.body(received.get(0))).contains("Hoàng Văn Thụ", code,
				"Chứng thực giao dịch", "/tra-cuu-ho-so?ma=" + code + "&k=");

		// an assignment is nothing the applicant hears of: it leaves no publication (the count of 2 below)
		assertThat(official().postJson("/api/v1/dossiers/" + code + "/transitions",
				"{\"action\":\"ASSIGN\",\"assignee\":\"xa.phuluong\"}").status()).isEqualTo(200);
		assertThat(official().postJson("/api/v1/dossiers/" + code + "/transitions",
				"{\"action\":\"REQUEST_SUPPLEMENT\",\"note\":\"Bổ sung bản sao sổ đỏ có chứng thực\"}").status()).isEqualTo(200);
		List<MimeMessage> supplement = TestMail.to(this.mail, email, "Hồ sơ " + code + " cần bổ sung");
		assertThat(supplement).hasSize(1);
		assertThat(TestMail.body(supplement.get(0))).contains("Bổ sung bản sao sổ đỏ có chứng thực");

		// what a restart does: the registry hands the publications that look incomplete to their listeners again
		String dossierId = this.jdbc.sql("select id::text from dossier where code = ?").param(code).query(String.class).single();
		int reopened = this.jdbc.sql("""
				update event_publication set completion_date = null, status = 'PUBLISHED'
				where serialized_event like ? and listener_id like '%DossierNotifications%'""")
			.param("%" + dossierId + "%")
			.update();
		assertThat(reopened).isEqualTo(2);
		this.publications.resubmitIncompletePublications(p -> true);
		waitUntilCompleted(dossierId);

		assertThat(TestMail.matching(this.mail, email, code)).hasSize(2);
		List<String> deliveries = this.jdbc.sql("""
				select channel || ' ' || status from notification_delivery where event_key like ? order by channel, event_key""")
			.param("%" + dossierId + "%")
			.query(String.class)
			.list();
		assertThat(deliveries).containsExactly("EMAIL SENT", "EMAIL SENT", "SMS SENT", "SMS SENT");
	}

	@Test
	void aPendingDossierIsAnnouncedThreeWorkingHoursBeforeItsAppointmentOnce() {
		this.clock.set("2026-11-30T08:00:00+07:00"); // Monday
		String email = "hen." + UUID.randomUUID() + "@example.vn";
		String code = receive(email, "2.001035");
		OffsetDateTime due = OffsetDateTime.parse(official().get("/api/v1/dossiers/" + code).json("$.dueAt"));
		assertThat(due.getHour()).isEqualTo(17);

		this.clock.set(due.withHour(13).withMinute(40).toString()); // 3 h 20 of office time left
		this.notifications.remindDueSoon();
		this.clock.set(due.withHour(14).withMinute(5).toString()); // 2 h 55 left
		this.notifications.remindDueSoon();
		this.notifications.remindDueSoon();

		List<MimeMessage> reminders = TestMail.to(this.mail, email, "đang được giải quyết");
		assertThat(reminders).hasSize(1);
		assertThat(reminders.get(0)).satisfies(m -> assertThat(m.getSubject()).contains(code, "17:00"));
	}

	private void waitUntilCompleted(String dossierId) throws InterruptedException {
		long end = System.nanoTime() + Duration.ofSeconds(10).toNanos();
		while (System.nanoTime() < end && this.jdbc.sql("""
				select count(*) from event_publication where serialized_event like ? and completion_date is null""")
			.param("%" + dossierId + "%")
			.query(Integer.class)
			.single() > 0) {
			Thread.sleep(100);
		}
	}

}
