package vn.motcua.planning.reports;

import java.time.Clock;
import java.time.LocalDate;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.motcua.shared.Vietnam;

/** Every hour, on one node at a time (db-scheduler), the periodic reports of the periods begun are opened. */
@Configuration(proxyBeanMethods = false)
class ReportRounds {

	@Bean
	RecurringTask<Void> reportRoundsTask(Reports reports, Clock clock) {
		return Tasks.recurring("planning-report-rounds", FixedDelay.ofHours(1))
			.execute((instance, context) -> reports.open(LocalDate.ofInstant(clock.instant(), Vietnam.ZONE)));
	}

}
