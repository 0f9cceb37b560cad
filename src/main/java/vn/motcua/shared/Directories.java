package vn.motcua.shared;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.springframework.util.FileSystemUtils;

/**
 * The directories the application writes its files to (uploads, signing keys, backups). A blank
 * setting means a temporary directory of this run (tests, a trial start): it is created with the
 * given prefix and deleted with everything in it when the JVM exits, so repeated runs leave nothing
 * behind in the system's temporary directory.
 */
public final class Directories {

	private static final List<Path> TEMPORARY = new CopyOnWriteArrayList<>();

	static {
		Runtime.getRuntime().addShutdownHook(new Thread(Directories::deleteTemporary, "motcua-temporary-directories"));
	}

	private Directories() {
	}

	/**
	 * @param configured the setting: a path, or blank for a temporary directory.
	 * @param prefix the temporary directory's prefix, such as {@code motcua-files}.
	 * @return the directory, created if missing, absolute and normalised.
	 */
	public static Path configuredOrTemporary(String configured, String prefix) throws IOException {
		return configured == null || configured.isBlank() ? temporary(prefix)
				: Files.createDirectories(Path.of(configured).toAbsolutePath().normalize());
	}

	/** @return a new temporary directory of this run, deleted when the JVM exits. */
	public static Path temporary(String prefix) throws IOException {
		Path temporary = Files.createTempDirectory(prefix);
		TEMPORARY.add(temporary);
		return temporary;
	}

	private static void deleteTemporary() {
		for (Path directory : TEMPORARY) {
			try {
				FileSystemUtils.deleteRecursively(directory);
			}
			catch (IOException ex) {
				// The JVM is exiting: what could not be deleted is left to the system's cleaning, the others go on.
			}
		}
	}

}
