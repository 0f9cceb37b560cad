package vn.motcua.notification.dossiers;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import vn.motcua.calendar.CalendarManagement;
import vn.motcua.dossier.DossierAction;
import vn.motcua.dossier.DossierLookup;
import vn.motcua.dossier.DossierReceived;
import vn.motcua.dossier.DossierStatusChanged;
import vn.motcua.notification.delivery.DeliveryListener;

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
	static final String NOTIFIED = "REQUEST_SUPPLEMENT|REQUEST_PAYMENT|RESOLVE|APOLOGISE|REFUSE|WITHDRAW|RETURN_RESULT";

	private final ApplicantNotices notices;

	private final DossierLookup dossiers;

	private final CalendarManagement calendar;

	private final Clock clock;

	DossierNotifications(ApplicantNotices notices, DossierLookup dossiers, CalendarManagement calendar, Clock clock) {
		this.notices = notices;
		this.dossiers = dossiers;
		this.calendar = calendar;
		this.clock = clock;
	}

	@DeliveryListener
	void on(DossierReceived event) {
		this.notices.notify(event.dossierId(), "received", "received:" + event.dossierId());
	}

	/**
	 * Only the actions the applicant hears of: the condition keeps the others (assignments, steps)
	 * out of the publication registry, so they cost no row in it.
	 */
	@DeliveryListener(condition = "#event.action().name() matches '" + NOTIFIED + "'")
	void on(DossierStatusChanged event) {
		String kind = kind(event.action());
		if (kind != null) {
			this.notices.notify(event.dossierId(), kind, kind + ":" + event.dossierId() + ":" + event.at().toEpochMilli());
		}
	}

	/** @return the message kind of an action the applicant hears of. */
	static @Nullable String kind(DossierAction action) {
		return switch (action) {
			case REQUEST_SUPPLEMENT -> "supplement";
			case REQUEST_PAYMENT -> "payment";
			case RESOLVE -> "resolved";
			case APOLOGISE -> "apology";
			case REFUSE -> "refused";
			case WITHDRAW -> "stopped";
			case RETURN_RESULT -> "returned";
			default -> null;
		};
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
				this.notices.notify(p.dossierId(), "dueSoon",
						"dueSoon:" + p.dossierId() + ":" + p.appointment().toInstant().toEpochMilli());
			}
		}
	}

	@Bean
	RecurringTask<Void> dueSoonReminders() {
		return Tasks.recurring("dossier-due-soon-reminders", FixedDelay.ofMinutes(5))
			.execute((instance, context) -> remindDueSoon());
	}

}
