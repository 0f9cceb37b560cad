package vn.motcua.notification.dossiers;

import java.time.OffsetDateTime;
import java.util.Locale;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import vn.motcua.dossier.DossierAction;
import vn.motcua.dossier.DossierLookup;
import vn.motcua.dossier.DossierLookup.Contact;
import vn.motcua.dossier.DossierStatus;
import vn.motcua.notification.delivery.Deliveries;
import vn.motcua.notification.domain.Channel;
import vn.motcua.notification.domain.Message;

import org.springframework.context.support.StaticMessageSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

/** Which actions the applicant hears of, and the messages to the contacts they gave. */
class DossierNotificationsUnitTests {

	@ParameterizedTest
	@EnumSource(DossierAction.class)
	void theApplicantHearsOfTheNotifiedActionsOnly(DossierAction action) {
		assertThat(DossierNotifications.kind(action) != null)
			.isEqualTo(action.name().matches(DossierNotifications.NOTIFIED));
	}

	@Test
	void eachActionHasItsMessages() {
		assertThat(DossierNotifications.kind(DossierAction.REQUEST_SUPPLEMENT)).isEqualTo("supplement");
		assertThat(DossierNotifications.kind(DossierAction.REQUEST_PAYMENT)).isEqualTo("payment");
		assertThat(DossierNotifications.kind(DossierAction.RESOLVE)).isEqualTo("resolved");
		assertThat(DossierNotifications.kind(DossierAction.APOLOGISE)).isEqualTo("apology");
		assertThat(DossierNotifications.kind(DossierAction.REFUSE)).isEqualTo("refused");
		assertThat(DossierNotifications.kind(DossierAction.WITHDRAW)).isEqualTo("stopped");
		assertThat(DossierNotifications.kind(DossierAction.RETURN_RESULT)).isEqualTo("returned");
	}

	private static ApplicantNotices notices() {
		StaticMessageSource texts = new StaticMessageSource();
		for (String key : new String[] { "subject", "body", "sms" }) {
			texts.addMessage("notify.received." + key, Locale.forLanguageTag("vi"), key + " {0}|{1}|{2}|{3}|{4}|{5}");
		}
		return new ApplicantNotices(mock(DossierLookup.class), mock(Deliveries.class), texts, "https://motcua.example.vn/");
	}

	private static Contact contact(String phone, String email) {
		return new Contact(UUID.randomUUID(), "HS-1", "bi-mat", "Khai sinh", "Hoàng Văn Thụ", phone, email,
				DossierStatus.RECEIVED, OffsetDateTime.parse("2026-12-01T17:00:00+07:00"), null);
	}

	@Test
	void anApplicantWithBothContactsGetsAnEmailThenAnSms() {
		String args = "Hoàng Văn Thụ|HS-1|Khai sinh|17:00 01/12/2026||https://motcua.example.vn/tra-cuu-ho-so?ma=HS-1&k=bi-mat";
		assertThat(notices().messages(contact("0912 111 222", "thu@example.vn"), "received")).containsExactly(
				new Message(Channel.EMAIL, "thu@example.vn", "subject " + args, "body " + args),
				new Message(Channel.SMS, "0912 111 222", "", "sms " + args.replace("Hoàng Văn Thụ", "Hoang Van Thu")));
	}

	@Test
	void blankContactsGetNothing() {
		assertThat(notices().messages(contact(" ", null), "received")).isEmpty();
		assertThat(notices().messages(contact(null, ""), "received")).isEmpty();
	}

}
