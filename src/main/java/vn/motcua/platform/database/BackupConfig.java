package vn.motcua.platform.database;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalTime;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import vn.motcua.shared.Backups;
import vn.motcua.shared.Directories;
import vn.motcua.shared.Uploads;
import vn.motcua.shared.Vietnam;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Backups of the embedded database and the files ({@link EmbeddedBackup}): into
 * {@code motcua.backup.dir} (default {@code ./data/backups}; put it on another disk), the last
 * {@code motcua.backup.keep} (7) kept, taken when an administrator asks and, with
 * {@code motcua.backup.daily-at} set (e.g. {@code 02:00}, Vietnam time), every night. Local
 * practice, all settings.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${spring.datasource.url:}'.isBlank()")
class BackupConfig {

	@Bean
	Backups embeddedBackup(EmbeddedPostgres postgres, Uploads uploads,
			@Value("${motcua.backup.dir:./data/backups}") String dir, @Value("${motcua.backup.keep:7}") int keep,
			Clock clock) throws IOException {
		Path directory = Directories.configuredOrTemporary(dir, "motcua-backups");
		return new EmbeddedBackup(postgres, uploads, directory, Math.max(1, keep), clock);
	}

	@Bean
	@ConditionalOnExpression("!'${motcua.backup.daily-at:}'.isBlank()")
	RecurringTask<Void> nightlyBackup(Backups backups, @Value("${motcua.backup.daily-at}") LocalTime at) {
		return Tasks.recurring("database-backup", Schedules.daily(Vietnam.ZONE, at))
			.execute((instance, context) -> backups.takeNow());
	}

}
