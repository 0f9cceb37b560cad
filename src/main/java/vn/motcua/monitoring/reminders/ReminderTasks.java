package vn.motcua.monitoring.reminders;

import java.time.Duration;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The reminders' check every 15 minutes, their e-mails every minute and, daily, forgetting those made
 * more than {@code motcua.reminders.keep} (two years) ago; each on one node at a time (db-scheduler).
 */
@Configuration(proxyBeanMethods = false)
class ReminderTasks {

	@Bean
	RecurringTask<Void> reminderCheckTask(ReminderCheck reminders) {
		return Tasks.recurring("monitoring-reminders", FixedDelay.ofMinutes(15))
			.execute((instance, context) -> reminders.check());
	}

	@Bean
	RecurringTask<Void> reminderMailTask(ReminderMail mail) {
		return Tasks.recurring("monitoring-reminder-mail", FixedDelay.ofMinutes(1))
			.execute((instance, context) -> mail.handOver());
	}

	@Bean
	RecurringTask<Void> reminderRetention(ReminderRepository repository,
			@Value("${motcua.reminders.keep:730d}") Duration kept) {
		return Tasks.recurring("monitoring-reminder-retention", FixedDelay.ofHours(24))
			.execute((instance, context) -> repository.forgetMadeBefore(kept));
	}

}
