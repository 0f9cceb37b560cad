package vn.motcua.identity.officials;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import vn.motcua.MotCuaTest;
import vn.motcua.shared.Role;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A real deployment's first start. Runs inside a transaction that is rolled back, on a database
 * emptied of officials, so the shared test database keeps its demo accounts.
 */
@MotCuaTest
@ExtendWith(OutputCaptureExtension.class)
class AdministratorBootstrapIntegrationTests {

	@Autowired
	OfficialRepository officials;

	@Autowired
	OfficialAdministration administration;

	@Autowired
	PasswordEncoder encoder;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TransactionTemplate transactions;

	@Test
	void withoutAnyAdministratorTheFirstStartCreatesOneWithAGeneratedPasswordToChange(@TempDir Path dir, CapturedOutput output) {
		Path file = dir.resolve("first-administrator-password.txt");
		this.transactions.executeWithoutResult(tx -> {
			this.jdbc.sql("delete from identity_official").update();
			var bootstrap = new AdministratorBootstrap(this.officials, this.administration, "", file);

			assertThat(bootstrap.ensureAdministrator()).isTrue();
			var admin = this.officials.findByUsername("admin").orElseThrow();
			String password = read(file);
			assertThat(this.encoder.matches(password, admin.passwordHash())).as("the file holds the password").isTrue();
			assertThat(output.getAll()).as("issue 17: never in the log").doesNotContain(password).contains(file.toString());
			assertThat(permissions(file)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
			assertThat(admin.roles()).containsExactly(Role.ADMIN);
			assertThat(admin.unitId()).isNull();
			assertThat(admin.mustChangePassword()).isTrue();
			assertThat(bootstrap.ensureAdministrator()).isFalse();
			tx.setRollbackOnly();
		});
	}

	@Test
	void thePasswordFromTheEnvironmentIsUsedWhenGiven(@TempDir Path dir) {
		this.transactions.executeWithoutResult(tx -> {
			this.jdbc.sql("delete from identity_official").update();

			new AdministratorBootstrap(this.officials, this.administration, "Moi-cai-dat-2026", dir.resolve("none.txt"))
				.ensureAdministrator();

			var admin = this.officials.findByUsername("admin").orElseThrow();
			assertThat(this.encoder.matches("Moi-cai-dat-2026", admin.passwordHash())).isTrue();
			assertThat(dir.resolve("none.txt")).as("nothing generated, nothing written").doesNotExist();
			assertThat(admin.mustChangePassword()).isTrue();
			tx.setRollbackOnly();
		});
	}

	private static String read(Path file) {
		try {
			return Files.readString(file).strip();
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

	private static java.util.Set<PosixFilePermission> permissions(Path file) {
		try {
			return Files.getPosixFilePermissions(file);
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

}
