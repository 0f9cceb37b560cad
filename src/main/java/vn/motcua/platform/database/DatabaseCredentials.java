package vn.motcua.platform.database;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import java.util.Properties;

/**
 * The generated passwords of the embedded database: the superuser's (used only to set the
 * database up) and the application's own non-superuser role. Kept in {@value #FILE_NAME} inside
 * the data directory, which only the system user may read (PostgreSQL insists on 0700).
 */
record DatabaseCredentials(String superuserPassword, String appPassword) {

	static final String APP_ROLE = "motcua";

	static final String FILE_NAME = "motcua.credentials";

	private static final SecureRandom RANDOM = new SecureRandom();

	static DatabaseCredentials generate() {
		return new DatabaseCredentials(secret(), secret());
	}

	static Optional<DatabaseCredentials> readFrom(Path dataDir) throws IOException {
		Path file = dataDir.resolve(FILE_NAME);
		if (!Files.isRegularFile(file)) {
			return Optional.empty();
		}
		var properties = new Properties();
		try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
			properties.load(reader);
		}
		return Optional.of(new DatabaseCredentials(properties.getProperty("superuser.password"),
				properties.getProperty("app.password")));
	}

	void writeTo(Path dataDir) throws IOException {
		Path file = dataDir.resolve(FILE_NAME);
		Files.deleteIfExists(file);
		Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
		var properties = new Properties();
		properties.setProperty("superuser.password", this.superuserPassword);
		properties.setProperty("app.role", APP_ROLE);
		properties.setProperty("app.password", this.appPassword);
		try (Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
			properties.store(writer, "Embedded PostgreSQL of MotCua: generated passwords, keep private");
		}
	}

	/** A file for {@code initdb --pwfile}, readable by the system user only; the caller deletes it. */
	Path superuserPasswordFile() throws IOException {
		Path file = Files.createTempFile("motcua-pw", ".txt",
				PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
		Files.writeString(file, this.superuserPassword + "\n", StandardCharsets.UTF_8);
		return file;
	}

	private static String secret() {
		byte[] bytes = new byte[24];
		RANDOM.nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	@Override
	public String toString() {
		return "DatabaseCredentials[hidden]";
	}

}
