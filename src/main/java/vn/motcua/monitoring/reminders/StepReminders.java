package vn.motcua.monitoring.reminders;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import vn.motcua.calendar.CalendarManagement;
import vn.motcua.dossier.DossierAction;
import vn.motcua.dossier.DossierStatusChanged;
import vn.motcua.shared.SqlTimes;
import vn.motcua.shared.Vietnam;

import static vn.motcua.dossier.DossierFact.STEPS;

/**
 * Reminds the official holding a step due within one working day — when the step reaches them
 * (event-driven, in the action's transaction) or at the periodic check — once per step, holder
 * and due moment.
 */
@Component
class StepReminders {

	private static final String DUE_SOON = """
			select dossier_id, code, procedure_name, unit_id, assignee, due_at from %s
			 where closed_at is null and position = current_step and assignee is not null and completed_at is null
			   and status in ('RECEIVED', 'IN_PROGRESS') and due_at > :now and due_at <= :until""".formatted(STEPS.view());

	private final JdbcClient jdbc;

	private final CalendarManagement calendar;

	private final ReminderRepository reminders;

	private final Texts texts;

	private final RecentStepKeys recent = new RecentStepKeys();

	StepReminders(JdbcClient jdbc, CalendarManagement calendar, ReminderRepository reminders, Texts texts) {
		this.jdbc = jdbc;
		this.calendar = calendar;
		this.reminders = reminders;
		this.texts = texts;
	}

	/** A step held by an official and due at a moment. */
	record Step(UUID dossierId, String code, String procedureName, UUID unitId, String assignee, Instant dueAt) {

		String key() {
			return "STEP_DUE:" + this.dossierId + ":" + this.assignee + ":" + this.dueAt.toEpochMilli();
		}

	}

	/**
	 * A step reached an official: remind at once when it is due within one working day. One insert
	 * at most, in the action's transaction (none when this node made the same reminder lately);
	 * the e-mail follows within a minute. This runs on the measured path of dossier actions.
	 */
	@EventListener
	void on(DossierStatusChanged event) {
		if (event.assignee() == null || event.stepDueAt() == null || event.to().isClosed()
				|| event.action() == DossierAction.RESOLVE) {
			return;
		}
		Step step = new Step(event.dossierId(), event.code(), event.procedureName(), event.unitId(), event.assignee(),
				event.stepDueAt());
		if (step.dueAt().isAfter(withinOneWorkingDay(event.at(), event.unitId()))) {
			return;
		}
		String key = step.key();
		if (!this.recent.contains(key)) { // the same step, holder and due again: already reminded
			remind(step);
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {

				@Override
				public void afterCommit() {
					StepReminders.this.recent.remember(key);
				}

			});
		}
	}

	/** @return the reminders made to the holders of the steps now due within a working day. */
	int dueSoon(Instant now) {
		List<Step> steps = this.jdbc.sql(DUE_SOON)
			.param("now", Timestamp.from(now))
			.param("until", Timestamp.from(withinOneWorkingDay(now, null)))
			.query((rs, n) -> new Step(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3),
					rs.getObject(4, UUID.class), rs.getString(5), SqlTimes.instant(rs, "due_at")))
			.list();
		int made = 0;
		for (Step s : steps) {
			made += remind(s);
		}
		return made;
	}

	private int remind(Step s) {
		String when = Vietnam.TIME_AND_DAY.format(s.dueAt().atZone(Vietnam.ZONE));
		return this.reminders.add(new Reminder(ReminderKind.STEP_DUE, s.key(), s.assignee(), s.unitId(), s.code(),
				this.texts.text("reminder.stepDue.subject", s.code(), when),
				this.texts.text("reminder.stepDue.body", s.code(), s.procedureName(), when)));
	}

	private Instant withinOneWorkingDay(Instant from, @Nullable UUID unitId) {
		return this.calendar.plusWorkingTime(from, Duration.ofHours(8), unitId).toInstant();
	}

}
