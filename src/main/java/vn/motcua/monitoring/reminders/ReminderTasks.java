package vn.motcua.monitoring.reminders;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The reminders' check every 15 minutes and their e-mails every minute, each on one node at a time
 * (db-scheduler).
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

}
