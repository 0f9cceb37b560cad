package vn.motcua.notification.delivery;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The retries of failed deliveries, every minute on one node at a time (db-scheduler). */
@Configuration(proxyBeanMethods = false)
class DeliveryTasks {

	@Bean
	RecurringTask<Void> failedDeliveryRetries(Deliveries deliveries) {
		return Tasks.recurring("notification-retries", FixedDelay.ofMinutes(1))
			.execute((instance, context) -> deliveries.retryFailed());
	}

}
