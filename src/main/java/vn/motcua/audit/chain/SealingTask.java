package vn.motcua.audit.chain;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Seals new audit entries every 10 seconds, on one node at a time (db-scheduler). */
@Configuration(proxyBeanMethods = false)
class SealingTask {

	@Bean
	RecurringTask<Void> auditSealing(AuditChain chain) {
		return Tasks.recurring("audit-sealing", FixedDelay.ofSeconds(10)).execute((instance, context) -> chain.seal());
	}

}
