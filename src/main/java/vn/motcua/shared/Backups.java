package vn.motcua.shared;

import java.nio.file.Path;

/**
 * A backup of the database and the stored files, taken while the application runs. The platform
 * implements it for its embedded PostgreSQL; with an external database there is none (its own
 * tools, {@code pg_dump}, back it up).
 */
public interface Backups {

	/** @return the new backup's directory: {@code pg} (a data directory to start from) and {@code files}. */
	Path takeNow();

}
