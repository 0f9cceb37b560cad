package vn.motcua.monitoring;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The reminders' check, every 15 minutes on one node at a time (db-scheduler). */
@Configuration(proxyBeanMethods = false)
class ReminderTasks {

	@Bean
	RecurringTask<Void> reminderCheck(Reminders reminders) {
		return Tasks.recurring("monitoring-reminders", FixedDelay.ofMinutes(15))
			.execute((instance, context) -> reminders.check());
	}

}
