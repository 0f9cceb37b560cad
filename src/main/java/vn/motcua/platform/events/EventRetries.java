package vn.motcua.platform.events;

import java.time.Duration;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.modulith.events.CompletedEventPublications;
import org.springframework.modulith.events.IncompleteEventPublications;

/**
 * An event whose listener failed (a database hiccup, a node that died) is handed to its listener
 * again every 5 minutes, once it is 5 minutes old (setting {@code motcua.events.retry-after}, local
 * practice), on one node at a time (db-scheduler), not only at the next restart. Listeners are idempotent (the delivery log, the rollups' keys). Completed
 * publications are deleted after a day, so the registry does not grow for ever and no one-time
 * code stays in it longer than that.
 */
@Configuration(proxyBeanMethods = false)
class EventRetries {

	static final Duration KEPT = Duration.ofDays(1);

	@Bean
	RecurringTask<Void> incompleteEventRetries(IncompleteEventPublications incomplete,
			CompletedEventPublications completed, @Value("${motcua.events.retry-after:5m}") Duration age) {
		return Tasks.recurring("event-publication-retries", FixedDelay.of(age)).execute((instance, context) -> {
			incomplete.resubmitIncompletePublicationsOlderThan(age);
			completed.deletePublicationsOlderThan(KEPT);
		});
	}

}
