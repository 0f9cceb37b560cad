package vn.motcua.platform.database;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.motcua.shared.Backups;
import vn.motcua.shared.Uploads;
import vn.motcua.shared.Vietnam;

/**
 * An online backup of the embedded database and the stored files into
 * {@code motcua.backup.dir/<date>T<time>}: PostgreSQL's own base backup (pg_backup_start, a copy of
 * the data directory, pg_backup_stop, its label and the write-ahead log written meanwhile), so the
 * copy is consistent however busy the application is; then the files, which are never changed
 * once stored. Restoring is starting from the copy: PostgreSQL replays the log at its first start
 * (README «Backups»). The oldest backups beyond {@code motcua.backup.keep} are deleted.
 */
final class EmbeddedBackup implements Backups {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedBackup.class);

	private static final DateTimeFormatter NAME = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HHmmss");

	/** What a base backup leaves out of the data directory (PostgreSQL «Making a Base Backup Using the Low Level API»). */
	private static final Set<String> LEFT_OUT = Set.of("postmaster.pid", "postmaster.opts", "epg-lock", "pg_wal",
			"pg_replslot", "pg_dynshmem", "pg_notify", "pg_serial", "pg_snapshots", "pg_stat_tmp", "pg_subtrans");

	private final EmbeddedPostgres postgres;

	private final Uploads uploads;

	private final Path directory;

	private final int keep;

	private final Clock clock;

	EmbeddedBackup(EmbeddedPostgres postgres, Uploads uploads, Path directory, int keep, Clock clock) {
		this.postgres = postgres;
		this.uploads = uploads;
		this.directory = directory;
		this.keep = keep;
		this.clock = clock;
	}

	@Override
	public synchronized Path takeNow() {
		String name = LocalDateTime.now(this.clock.withZone(Vietnam.ZONE)).format(NAME);
		Path target = this.directory.resolve(name);
		for (int n = 2; Files.exists(target); n++) {
			target = this.directory.resolve(name + "-" + n);
		}
		Path partial = target.resolveSibling(target.getFileName() + ".partial");
		try {
			ownerOnly(partial);
			try (Connection connection = this.postgres.getPostgresDatabase().getConnection();
					Statement statement = connection.createStatement()) {
				Path data = Path.of(single(statement, "show data_directory"));
				statement.execute("select pg_backup_start('motcua " + target.getFileName() + "', true)");
				copy(data, partial.resolve("pg"), true);
				try (ResultSet stop = statement.executeQuery("select labelfile, spcmapfile from pg_backup_stop(false)")) {
					stop.next();
					Files.writeString(partial.resolve("pg/backup_label"), stop.getString(1), StandardCharsets.UTF_8);
					if (stop.getString(2) != null && !stop.getString(2).isEmpty()) {
						Files.writeString(partial.resolve("pg/tablespace_map"), stop.getString(2), StandardCharsets.UTF_8);
					}
				}
				copy(data.resolve("pg_wal"), partial.resolve("pg/pg_wal"), false); // after the stop: all the log it needs
			}
			copy(this.uploads.root(), partial.resolve("files"), false);
			Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
			log.info("Backup written to {}", target);
			forgetOld();
			return target;
		}
		catch (IOException | SQLException ex) {
			deleteQuietly(partial); // the session's end has ended PostgreSQL's backup too
			throw new IllegalStateException("Backup to " + target + " failed", ex);
		}
	}

	private static String single(Statement statement, String sql) throws SQLException {
		try (ResultSet row = statement.executeQuery(sql)) {
			row.next();
			return row.getString(1);
		}
	}

	/** Copies a tree; files that vanish meanwhile are skipped (PostgreSQL removes some while running). */
	private static void copy(Path from, Path to, boolean dataDirectory) throws IOException {
		ownerOnly(to);
		Files.walkFileTree(from, new SimpleFileVisitor<>() {

			@Override
			public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) throws IOException {
				ownerOnly(to.resolve(from.relativize(dir).toString()));
				boolean leftOut = dataDirectory && dir.getParent() != null && dir.getParent().equals(from)
						&& LEFT_OUT.contains(dir.getFileName().toString());
				return leftOut ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE; // kept empty
			}

			@Override
			public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
				boolean leftOut = dataDirectory && file.getParent().equals(from)
						&& LEFT_OUT.contains(file.getFileName().toString());
				if (attributes.isRegularFile() && !leftOut) {
					try {
						Files.copy(file, to.resolve(from.relativize(file).toString()), StandardCopyOption.COPY_ATTRIBUTES);
					}
					catch (NoSuchFileException vanished) {
						// a temporary file PostgreSQL removed: the log replays what matters
					}
				}
				return FileVisitResult.CONTINUE;
			}

			@Override
			public FileVisitResult visitFileFailed(Path file, IOException ex) throws IOException {
				if (ex instanceof NoSuchFileException) {
					return FileVisitResult.CONTINUE;
				}
				throw ex;
			}

		});
	}

	/** Makes {@code dir} readable by the system user only: PostgreSQL starts from no other, and it holds passwords. */
	private static void ownerOnly(Path dir) throws IOException {
		Files.createDirectories(dir);
		Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwx------"));
	}

	private void forgetOld() throws IOException {
		List<Path> backups;
		try (Stream<Path> listed = Files.list(this.directory)) {
			backups = listed.filter(Files::isDirectory)
				.filter(p -> !p.getFileName().toString().endsWith(".partial"))
				.sorted(Comparator.comparing(Path::getFileName).reversed())
				.toList();
		}
		for (Path old : backups.subList(Math.min(this.keep, backups.size()), backups.size())) {
			deleteTree(old);
			log.info("Old backup {} deleted (motcua.backup.keep = {})", old, this.keep);
		}
	}

	private static void deleteTree(Path root) throws IOException {
		try (Stream<Path> tree = Files.walk(root)) {
			for (Path path : tree.sorted(Comparator.reverseOrder()).toList()) {
				Files.delete(path);
			}
		}
	}

	private static void deleteQuietly(Path root) {
		try {
			if (Files.exists(root)) {
				deleteTree(root);
			}
		}
		catch (IOException ex) {
			log.warn("Could not delete the unfinished backup {}: {}", root, ex.toString());
		}
	}

}
