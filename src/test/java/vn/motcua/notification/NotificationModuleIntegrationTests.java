package vn.motcua.notification;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import vn.motcua.calendar.CalendarManagement;
import vn.motcua.calendar.Channel;
import vn.motcua.dossier.DossierLookup;
import vn.motcua.dossier.DossierLookup.Contact;
import vn.motcua.dossier.DossierReceived;
import vn.motcua.dossier.DossierStatus;
import vn.motcua.monitoring.OfficialReminded;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.when;

/**
 * The module test of dossier → notification (and monitoring → notification): an event published
 * after its transaction reaches the applicant (or the official) once per channel, through the
 * delivery log. Notification alone (its direct dependencies need organization and catalogue in
 * turn), on a database of its own; the dossier and calendar queries it makes stand at the module's
 * edge.
 */
@ApplicationModuleTest(mode = BootstrapMode.STANDALONE, extraIncludes = "platform")
// a throw-away database and files, no scheduled jobs; beans made only when the scenario needs them
@TestPropertySource(properties = { "motcua.embedded-db.data-dir=", "motcua.files.dir=", "db-scheduler.enabled=false",
		"spring.main.lazy-initialization=true" })
@DirtiesContext // its own database: stopped once the class is done, not kept for the rest of the suite
class NotificationModuleIntegrationTests {

	@MockitoBean
	DossierLookup dossiers;

	@MockitoBean
	CalendarManagement calendar;

	@Autowired
	JdbcClient jdbc;

	private List<String> deliveries(String eventKey) {
		return this.jdbc.sql("""
				select channel || ' ' || status || ' ' || recipient from notification_delivery
				 where event_key = ? order by channel""")
			.param(eventKey)
			.query(String.class)
			.list();
	}

	@Test
	void aDossierReceivedIsToldToTheApplicantOncePerChannel(Scenario scenario) {
		UUID id = UUID.randomUUID();
		when(this.dossiers.contact(id)).thenReturn(Optional.of(new Contact(id, "HS-1", "bi-mat", "Khai sinh",
				"Hoàng Văn Thụ", "0912 111 222", "thu@example.vn", DossierStatus.RECEIVED,
				OffsetDateTime.parse("2026-12-01T17:00:00+07:00"), null)));

		scenario.publish(new DossierReceived(id, "HS-1", UUID.randomUUID(), UUID.randomUUID(), "P.000001",
				Channel.DIRECT, Instant.parse("2026-11-28T02:00:00Z"), null))
			.andWaitForStateChange(() -> deliveries("received:" + id), rows -> rows.size() == 2
					&& rows.stream().allMatch(r -> r.contains(" SENT ")))
			.andVerify(rows -> assertThat(rows).containsExactly("EMAIL SENT thu@example.vn", "SMS SENT 0912 111 222"));
	}

	@Test
	void anOfficialRemindedIsEmailedOnce(Scenario scenario) {
		UUID reminder = UUID.randomUUID();
		OfficialReminded event = new OfficialReminded(reminder, "truongphong", "truongphong@example.vn",
				"Đôn đốc: 3 hồ sơ quá hạn", "Danh sách hồ sơ quá hạn");

		scenario.publish(event)
			.andWaitForStateChange(() -> deliveries("reminder:" + reminder), rows -> rows.contains(
					"EMAIL SENT truongphong@example.vn"))
			.andVerify(rows -> assertThat(rows).hasSize(1));
		scenario.publish(event) // delivered again: nothing more
			.andWaitForStateChange(() -> "published")
			.andVerify(x -> assertThat(deliveries("reminder:" + reminder)).hasSize(1));
	}

}
