package vn.motcua.platform.database;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * After a {@code kill -9} of the JVM the embedded postmaster keeps running and holds
 * {@code postmaster.pid}; the next start would fail on the lock. This stops such an orphan, but
 * never the database of an application that still runs: that one holds {@value #LOCK_FILE}, which
 * the operating system releases when its JVM dies however it dies.
 */
final class StalePostmaster {

	private static final Logger log = LoggerFactory.getLogger(StalePostmaster.class);

	private static final Duration WAIT = Duration.ofSeconds(30);

	/** The file zonky's {@code EmbeddedPostgres} locks in the data directory while it runs. */
	static final String LOCK_FILE = "epg-lock";

	private StalePostmaster() {
	}

	/**
	 * Stops the postmaster left by a dead JVM on {@code dataDir}, if any.
	 * @throws IllegalStateException if another running application uses the data directory.
	 */
	static boolean stopIfOrphaned(Path dataDir) throws IOException {
		Path lockFile = dataDir.resolve(LOCK_FILE);
		if (Files.exists(lockFile)) {
			try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.WRITE);
					FileLock lock = channel.tryLock()) {
				if (lock == null) {
					throw inUse(dataDir);
				}
			}
			catch (OverlappingFileLockException ex) {
				throw inUse(dataDir);
			}
		}
		return stopIfRunning(dataDir);
	}

	private static IllegalStateException inUse(Path dataDir) {
		return new IllegalStateException("Another running MotCua uses the database in " + dataDir
				+ ": stop it first, or give this one another motcua.embedded-db.data-dir");
	}

	/**
	 * Stops the PostgreSQL server that still runs on {@code dataDir}, if any.
	 * @return whether an orphaned server was found and stopped.
	 */
	static boolean stopIfRunning(Path dataDir) throws IOException {
		Optional<ProcessHandle> orphan = postmasterOf(dataDir);
		if (orphan.isEmpty()) {
			return false;
		}
		ProcessHandle process = orphan.get();
		log.warn("Orphaned postmaster (pid {}) still runs on {}; sending SIGTERM", process.pid(), dataDir);
		CompletableFuture<ProcessHandle> exit = process.onExit();
		process.destroy();
		try {
			exit.get(WAIT.toSeconds(), TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IOException("Interrupted while stopping postmaster " + process.pid(), ex);
		}
		catch (ExecutionException | TimeoutException ex) {
			throw new IOException("Postmaster " + process.pid() + " did not stop within " + WAIT, ex);
		}
		return true;
	}

	static Optional<ProcessHandle> postmasterOf(Path dataDir) throws IOException {
		Path pidFile = dataDir.resolve("postmaster.pid");
		if (!Files.isRegularFile(pidFile)) {
			return Optional.empty();
		}
		List<String> lines = Files.readAllLines(pidFile);
		if (lines.isEmpty()) {
			return Optional.empty();
		}
		long pid;
		try {
			pid = Long.parseLong(lines.get(0).strip());
		}
		catch (NumberFormatException ex) {
			return Optional.empty();
		}
		return ProcessHandle.of(pid)
			.filter(ProcessHandle::isAlive)
			.filter(p -> p.info().command().map(c -> c.endsWith("/postgres")).orElse(false));
	}

}
