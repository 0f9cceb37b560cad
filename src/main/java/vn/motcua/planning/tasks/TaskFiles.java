package vn.motcua.planning.tasks;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.motcua.shared.DomainException;
import vn.motcua.shared.DomainException.Kind;
import vn.motcua.shared.Uploads;
import vn.motcua.shared.Uploads.Stored;

/** The evidence files of a task's progress reports. */
@Repository
class TaskFiles {

	private final JdbcClient jdbc;

	private final Uploads uploads;

	TaskFiles(JdbcClient jdbc, Uploads uploads) {
		this.jdbc = jdbc;
		this.uploads = uploads;
	}

	/** @throws DomainException {@code attachment-type}, {@code attachment-too-large}. */
	void attach(UUID task, long event, Tasks.Upload file, String actor, Instant at) {
		Stored stored = this.uploads.store(file.fileName(), file.size(), file.content());
		this.jdbc.sql("""
				insert into planning_task_file (id, task_id, event_id, file_name, content_type, size_bytes, sha256, storage_path,
				  uploaded_by, uploaded_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(UUID.randomUUID(), task, event, stored.fileName(), stored.contentType(), stored.size(), stored.sha256(),
					stored.path(), actor, Timestamp.from(at))
			.update();
	}

	/** A file as a task's page lists it, with the history event it came with. */
	public record TaskFile(UUID id, long eventId, String fileName, long sizeBytes) {
	}

	List<TaskFile> of(UUID task) {
		return this.jdbc.sql("select id, event_id as eventId, file_name as fileName, size_bytes as sizeBytes from planning_task_file where task_id = ? order by uploaded_at")
			.param(task)
			.query(TaskFile.class)
			.list();
	}

	/** @throws DomainException {@code attachment-not-found}. */
	Uploads.File file(UUID task, UUID id) {
		return this.jdbc.sql("select * from planning_task_file where id = ? and task_id = ?")
			.params(id, task)
			.query((rs, n) -> this.uploads.file(rs))
			.optional()
			.orElseThrow(() -> new DomainException(Kind.NOT_FOUND, "attachment-not-found", id));
	}

}
