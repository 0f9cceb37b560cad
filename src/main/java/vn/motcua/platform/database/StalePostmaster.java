package vn.motcua.platform.database;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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
 * {@code postmaster.pid}; the next start would fail on the lock. This stops such an orphan.
 */
final class StalePostmaster {

	private static final Logger log = LoggerFactory.getLogger(StalePostmaster.class);

	private static final Duration WAIT = Duration.ofSeconds(30);

	private StalePostmaster() {
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
