package vn.motcua.identity.officials;

import java.time.Instant;
import java.util.Set;

import org.junit.jupiter.api.Test;
import vn.motcua.MotCuaTest;
import vn.motcua.identity.domain.Official;
import vn.motcua.identity.domain.Profile;
import vn.motcua.shared.Role;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Accounts stored with their roles under their version, inside a transaction rolled back after each test. */
@MotCuaTest
class OfficialRepositoryIntegrationTests {

	private static final Instant NOW = Instant.parse("2026-11-28T02:00:00Z");

	@Autowired
	OfficialRepository officials;

	@Autowired
	TransactionTemplate transactions;

	private static Profile systemWide(Role... roles) {
		return new Profile("Người Thử", "thu@example.vn", "0208 000", "Thử nghiệm", null, null, Set.of(roles), true);
	}

	@Test
	void anAccountIsStoredWithItsRolesAndEachChangeAtTheNextVersion() {
		this.transactions.executeWithoutResult(tx -> {
			long administrators = this.officials.countAdministrators();
			this.officials.insert(Official.register("Nguoi.Thu", systemWide(Role.ADMIN, Role.LEADER), "hash", true, NOW));

			Official stored = this.officials.findByUsername("NGUOI.THU").orElseThrow();
			assertThat(stored.username()).isEqualTo("nguoi.thu");
			assertThat(stored.profile()).isEqualTo(systemWide(Role.ADMIN, Role.LEADER));
			assertThat(stored.passwordHash()).isEqualTo("hash");
			assertThat(stored.mustChangePassword()).isTrue();
			assertThat(stored.createdAt()).isEqualTo(NOW);
			assertThat(stored.version()).isZero();
			assertThat(this.officials.countAdministrators()).isEqualTo(administrators + 1);

			stored.change(systemWide(Role.SPECIALIST), "admin");
			stored.resetPassword("temporary");
			this.officials.update(stored);

			Official changed = this.officials.findByUsername("nguoi.thu").orElseThrow();
			assertThat(changed.roles()).containsExactly(Role.SPECIALIST);
			assertThat(changed.passwordHash()).isEqualTo("temporary");
			assertThat(changed.version()).isEqualTo(1);
			assertThat(this.officials.findAll()).extracting(Official::username).contains("nguoi.thu");
			assertThatThrownBy(() -> this.officials.update(stored)).isInstanceOf(OptimisticLockingFailureException.class);
			tx.setRollbackOnly();
		});
	}

	@Test
	void theOfficialsOfUnitsAreThoseOfTheirAgencies() {
		assertThat(this.officials.findByUnitIdIn(Set.of())).isEmpty();
		Official commune = this.officials.findByUsername("xa.yenlac").orElseThrow();

		assertThat(this.officials.findByUnitIdIn(Set.of(commune.unitId())))
			.allSatisfy(o -> assertThat(o.unitId()).isEqualTo(commune.unitId()))
			.extracting(Official::username)
			.contains("xa.yenlac")
			.doesNotContain("xa.dongdat", "tiepnhan", "admin");
	}

}
