package vn.motcua.identity.officials;

import org.junit.jupiter.api.Test;
import vn.motcua.MotCuaTest;
import vn.motcua.shared.Role;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A real deployment's first start. Runs inside a transaction that is rolled back, on a database
 * emptied of officials, so the shared test database keeps its demo accounts.
 */
@MotCuaTest
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
	void withoutAnyAdministratorTheFirstStartCreatesOneWithAGeneratedPasswordToChange() {
		this.transactions.executeWithoutResult(tx -> {
			this.jdbc.sql("delete from identity_official").update();
			var bootstrap = new AdministratorBootstrap(this.officials, this.administration, "");

			assertThat(bootstrap.ensureAdministrator()).isTrue();
			var admin = this.officials.findByUsername("admin").orElseThrow();
			assertThat(admin.roles()).containsExactly(Role.ADMIN);
			assertThat(admin.unitId()).isNull();
			assertThat(admin.mustChangePassword()).isTrue();
			assertThat(bootstrap.ensureAdministrator()).isFalse();
			tx.setRollbackOnly();
		});
	}

	@Test
	void thePasswordFromTheEnvironmentIsUsedWhenGiven() {
		this.transactions.executeWithoutResult(tx -> {
			this.jdbc.sql("delete from identity_official").update();

			new AdministratorBootstrap(this.officials, this.administration, "Moi-cai-dat-2026").ensureAdministrator();

			var admin = this.officials.findByUsername("admin").orElseThrow();
			assertThat(this.encoder.matches("Moi-cai-dat-2026", admin.passwordHash())).isTrue();
			assertThat(admin.mustChangePassword()).isTrue();
			tx.setRollbackOnly();
		});
	}

}
