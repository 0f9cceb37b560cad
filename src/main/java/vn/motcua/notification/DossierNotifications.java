package vn.motcua.notification;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import vn.motcua.calendar.CalendarManagement;
import vn.motcua.dossier.DossierLookup;
import vn.motcua.dossier.DossierLookup.Contact;
import vn.motcua.dossier.DossierReceived;
import vn.motcua.dossier.DossierStatusChanged;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import vn.motcua.shared.Vietnam;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.modulith.events.ApplicationModuleListener;

/**
 * Tells the applicant, by e-mail and SMS, what happened to their dossier: receipt, supplement
 * request, wait for fees, result ready, apology with the new appointment, refusal, result returned
 * (with the invitation to rate) — and, {@link #REMINDER_BEFORE} working hours before the
 * appointment, that the dossier is still being handled. Each event is sent once per channel.
 */
@Configuration(proxyBeanMethods = false)
class DossierNotifications {

	/** How long before the appointment a still-pending dossier is announced (RULES §9). */
	static final Duration REMINDER_BEFORE = Duration.ofHours(3);

	/** The actions told to the applicant (a regular expression over their names). */
	static final String NOTIFIED = "REQUEST_SUPPLEMENT|REQUEST_PAYMENT|RESOLVE|APOLOGISE|REFUSE|RETURN_RESULT";

	private final DossierLookup dossiers;

	private final Deliveries deliveries;

	private final MessageSource messages;

	private final CalendarManagement calendar;

	private final Clock clock;

	private final String publicUrl;

	DossierNotifications(DossierLookup dossiers, Deliveries deliveries, MessageSource messages,
			CalendarManagement calendar, Clock clock, @Value("${motcua.public-url:http://localhost:8080}") String publicUrl) {
		this.dossiers = dossiers;
		this.deliveries = deliveries;
		this.messages = messages;
		this.calendar = calendar;
		this.clock = clock;
		this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
	}

	@ApplicationModuleListener
	void on(DossierReceived event) {
		notify(event.dossierId(), "received", "received:" + event.dossierId());
	}

	/**
	 * Only the actions the applicant hears of: the condition keeps the others (assignments, steps)
	 * out of the publication registry, so they cost no row in it.
	 */
	@ApplicationModuleListener(condition = "#event.action().name() matches '" + NOTIFIED + "'")
	void on(DossierStatusChanged event) {
		String kind = switch (event.action()) {
			case REQUEST_SUPPLEMENT -> "supplement";
			case REQUEST_PAYMENT -> "payment";
			case RESOLVE -> "resolved";
			case APOLOGISE -> "apology";
			case REFUSE -> "refused";
			case RETURN_RESULT -> "returned";
			default -> null;
		};
		if (kind != null) {
			notify(event.dossierId(), kind, kind + ":" + event.dossierId() + ":" + event.at().toEpochMilli());
		}
	}

	/**
	 * Announces the dossiers still pending whose appointment is at most {@link #REMINDER_BEFORE}
	 * of working time away: once per dossier and appointment.
	 */
	void remindDueSoon() {
		Instant now = this.clock.instant();
		// 3 working hours never span more than the next four calendar days, even over a weekend and a holiday
		for (DossierLookup.Pending p : this.dossiers.pendingWithAppointmentBetween(now, now.plus(Duration.ofDays(4)))) {
			if (this.calendar.workingTime(now, p.appointment().toInstant(), p.unitId()).compareTo(REMINDER_BEFORE) <= 0) {
				notify(p.dossierId(), "dueSoon", "dueSoon:" + p.dossierId() + ":" + p.appointment().toInstant().toEpochMilli());
			}
		}
	}

	@Bean
	RecurringTask<Void> dueSoonReminders() {
		return Tasks.recurring("dossier-due-soon-reminders", FixedDelay.ofMinutes(5)).execute((instance, context) -> remindDueSoon());
	}

	@Bean
	RecurringTask<Void> failedDeliveryRetries() {
		return Tasks.recurring("notification-retries", FixedDelay.ofMinutes(1))
			.execute((instance, context) -> this.deliveries.retryFailed());
	}

	private void notify(UUID dossierId, String kind, String eventKey) {
		Contact c = this.dossiers.contact(dossierId).orElse(null);
		if (c == null) {
			return;
		}
		String link = this.publicUrl + "/tra-cuu-ho-so?ma=" + c.code() + "&k=" + c.secret();
		Object[] args = { c.applicantName(), c.code(), c.procedureName(),
				c.appointment() == null ? "" : Vietnam.TIME_AND_DAY.format(c.appointment()), note(c.lastNote()), link };
		if (c.email() != null && !c.email().isBlank()) {
			this.deliveries.deliver(eventKey, Channel.EMAIL, c.email(), text("notify." + kind + ".subject", args),
					text("notify." + kind + ".body", args));
		}
		if (c.phone() != null && !c.phone().isBlank()) {
			this.deliveries.deliver(eventKey, Channel.SMS, c.phone(), "", text("notify." + kind + ".sms", args));
		}
	}

	private String text(String key, Object[] args) {
		return this.messages.getMessage(key, args, Vietnam.LOCALE);
	}

	private static String note(@Nullable String note) {
		return note == null ? "" : note;
	}

}
