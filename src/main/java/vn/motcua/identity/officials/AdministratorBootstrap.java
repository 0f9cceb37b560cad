package vn.motcua.identity.officials;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

import java.util.EnumSet;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.motcua.shared.Actor;
import vn.motcua.shared.Role;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A real deployment starts with one system-wide administrator, {@code admin}: password from
 * {@code MOTCUA_ADMIN_PASSWORD} or, when unset, generated and written to a file only the system user
 * reads ({@code motcua.admin.password-file}), never to the log. It must be changed at
 * first login. Nothing happens while any administrator exists.
 */
@Component
@Profile("!demo")
class AdministratorBootstrap implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(AdministratorBootstrap.class);

	static final String USERNAME = "admin";

	private final OfficialRepository officials;

	private final OfficialAdministration administration;

	private final String password;

	private final Path passwordFile;

	/**
	 * @param passwordFile where a generated password is written, readable by the system user only
	 * ({@code motcua.admin.password-file}): never in the log (issue 17).
	 */
	AdministratorBootstrap(OfficialRepository officials, OfficialAdministration administration,
			@Value("${motcua.admin.password:}") String password,
			@Value("${motcua.admin.password-file:./data/first-administrator-password.txt}") Path passwordFile) {
		this.officials = officials;
		this.administration = administration;
		this.password = password;
		this.passwordFile = passwordFile.toAbsolutePath().normalize();
	}

	@Override
	public void run(ApplicationArguments args) {
		ensureAdministrator();
	}

	/** @return whether an administrator was created. */
	@Transactional
	boolean ensureAdministrator() {
		if (this.officials.countAdministrators() > 0) {
			return false;
		}
		var draft = new OfficialDraft(USERNAME, "Quản trị hệ thống", null, null, null, null, EnumSet.of(Role.ADMIN),
				true);
		Registered registered = this.administration.register(draft, this.password, Actor.system());
		if (registered.temporaryPassword() != null) {
			writeOwnerOnly(registered.temporaryPassword());
			log.warn("""

					==> First administrator created: username '{}'; its one-time password is in {} (readable by this
					==> system user only). It must be changed at first login; delete the file then.""", USERNAME,
					this.passwordFile);
		}
		else {
			log.info("First administrator '{}' created with the password from MOTCUA_ADMIN_PASSWORD", USERNAME);
		}
		return true;
	}

	private void writeOwnerOnly(String secret) {
		try {
			Files.createDirectories(this.passwordFile.getParent());
			Files.deleteIfExists(this.passwordFile);
			Set<PosixFilePermission> ownerOnly = PosixFilePermissions.fromString("rw-------");
			Files.createFile(this.passwordFile, PosixFilePermissions.asFileAttribute(ownerOnly));
			Files.writeString(this.passwordFile, secret + System.lineSeparator());
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot write the first administrator's password to " + this.passwordFile, ex);
		}
	}

}
