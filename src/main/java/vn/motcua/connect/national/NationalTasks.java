package vn.motcua.connect.national;

import java.io.IOException;
import java.util.Objects;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * With the connection on, the job that sends the outbox every {@code motcua.national.send-every}, on
 * one node at a time (db-scheduler); with {@code motcua.national.stand-in}, the stand-in portal.
 */
@Configuration(proxyBeanMethods = false)
class NationalTasks {

	@Bean
	@ConditionalOnBooleanProperty("motcua.national.enabled")
	RecurringTask<Void> nationalSyncTask(NationalSender sender, NationalPortalSettings settings) {
		return Tasks.recurring("connect-national-sync", FixedDelay.of(settings.sendEvery()))
			.execute((instance, context) -> sender.sendPending());
	}

	@Bean(destroyMethod = "close")
	@ConditionalOnBooleanProperty("motcua.national.stand-in")
	NationalPortalStandIn nationalPortalStandIn(NationalPortalSettings settings) throws IOException {
		return NationalPortalStandIn.start(0, Objects.requireNonNullElse(settings.key(), ""));
	}

}
