package vn.motcua.notification.dossiers;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import vn.motcua.dossier.DossierLookup;
import vn.motcua.dossier.DossierLookup.Contact;
import vn.motcua.notification.delivery.Deliveries;
import vn.motcua.notification.domain.Channel;
import vn.motcua.notification.domain.Message;
import vn.motcua.shared.TextFolding;
import vn.motcua.shared.Vietnam;

/**
 * Tells a dossier's applicant something by e-mail and SMS, whichever contacts they gave, from the
 * message keys {@code notify.<kind>.subject}, {@code .body} and {@code .sms}, once per event key.
 */
@Component
class ApplicantNotices {

	private final DossierLookup dossiers;

	private final Deliveries deliveries;

	private final MessageSource messages;

	private final String publicUrl;

	ApplicantNotices(DossierLookup dossiers, Deliveries deliveries, MessageSource messages,
			@Value("${motcua.public-url:http://localhost:8080}") String publicUrl) {
		this.dossiers = dossiers;
		this.deliveries = deliveries;
		this.messages = messages;
		this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
	}

	void notify(UUID dossierId, String kind, String eventKey) {
		this.dossiers.contact(dossierId)
			.ifPresent(c -> messages(c, kind).forEach(m -> this.deliveries.deliver(eventKey, m)));
	}

	/** @return the e-mail (when the applicant gave an address), then the SMS (when they gave a phone). */
	List<Message> messages(Contact c, String kind) {
		String link = this.publicUrl + "/tra-cuu-ho-so?ma=" + c.code() + "&k=" + c.secret();
		Object[] args = { c.applicantName(), c.code(), c.procedureName(),
				c.appointment() == null ? "" : Vietnam.TIME_AND_DAY.format(c.appointment()),
				c.lastNote() == null ? "" : c.lastNote(), link };
		List<Message> messages = new ArrayList<>();
		if (c.email() != null && !c.email().isBlank()) {
			messages.add(new Message(Channel.EMAIL, c.email(), text("notify." + kind + ".subject", args),
					text("notify." + kind + ".body", args)));
		}
		if (c.phone() != null && !c.phone().isBlank()) {
			// without diacritics, as the text around them: one character outside GSM would cut a segment to 70
			Object[] plain = Arrays.stream(args).map(arg -> TextFolding.plain(String.valueOf(arg))).toArray();
			messages.add(new Message(Channel.SMS, c.phone(), "", text("notify." + kind + ".sms", plain)));
		}
		return messages;
	}

	private String text(String key, Object[] args) {
		return this.messages.getMessage(key, args, Vietnam.LOCALE);
	}

}
