package vn.motcua.notification.delivery;

import java.time.Duration;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The retries of failed deliveries, every minute, and the log's retention, daily: each on one node
 * at a time (db-scheduler).
 */
@Configuration(proxyBeanMethods = false)
class DeliveryTasks {

	@Bean
	RecurringTask<Void> failedDeliveryRetries(Deliveries deliveries) {
		return Tasks.recurring("notification-retries", FixedDelay.ofMinutes(1))
			.execute((instance, context) -> deliveries.retryFailed());
	}

	@Bean
	RecurringTask<Void> deliveryLogRetention(Deliveries deliveries,
			@Value("${motcua.notifications.keep:365d}") Duration kept) {
		return Tasks.recurring("notification-log-retention", FixedDelay.ofHours(24))
			.execute((instance, context) -> deliveries.forgetDoneBefore(kept));
	}

}
