package vn.motcua.identity.domain;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import vn.motcua.identity.domain.Profile;
import vn.motcua.shared.Role;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** An official's account and its transitions. */
class OfficialUnitTests {

	private static final Instant NOW = Instant.parse("2026-11-28T02:00:00Z");

	private static final UUID AGENCY = UUID.randomUUID();

	private static final UUID UNIT = UUID.randomUUID();

	/** Hashes are the password reversed: easy to see in a test, never the password itself. */
	private static final PasswordHashing REVERSED = new PasswordHashing() {
		@Override
		public String hash(String password) {
			return new StringBuilder(password).reverse().toString();
		}

		@Override
		public boolean matches(String password, String hash) {
			return hash(password).equals(hash);
		}
	};

	private static Profile profile(boolean enabled, Role... roles) {
		return new Profile(" Trần Thị Hoa ", "hoa@example.vn", null, "Chuyên viên", AGENCY, UNIT,
				roles.length == 0 ? Set.of() : EnumSet.of(roles[0], roles), enabled);
	}

	private static Official official(String password, Role... roles) {
		return Official.register(" TiepNhan ", profile(true, roles), REVERSED.hash(password), true, NOW);
	}

	@Test
	void aNewAccountHasALowerCaseUsernameATrimmedNameAndMustChangeItsPassword() {
		Official official = official("Mot-cua-2026", Role.RECEPTION);

		assertThat(official.username()).isEqualTo("tiepnhan");
		assertThat(official.fullName()).isEqualTo("Trần Thị Hoa");
		assertThat(official.roles()).containsExactly(Role.RECEPTION);
		assertThat(official.unitId()).isEqualTo(UNIT);
		assertThat(official.profile().enabled()).isTrue();
		assertThat(official.mustChangePassword()).isTrue();
		assertThat(official.createdAt()).isEqualTo(NOW);
		assertThat(official.version()).isZero();
		assertThat(Official.register("demo", profile(true), "hash", false, NOW).mustChangePassword()).isFalse();
	}

	@Test
	void anAgencyComesWithItsUnitOrNeitherIsGiven() {
		Profile agencyWithoutUnit = new Profile("A", null, null, null, AGENCY, null, Set.of(Role.ADMIN), true);
		Profile unitWithoutAgency = new Profile("A", null, null, null, null, UNIT, Set.of(Role.ADMIN), true);
		Profile systemWide = new Profile("A", null, null, null, null, null, Set.of(Role.ADMIN), true);

		assertThatThrownBy(() -> Official.register("a", agencyWithoutUnit, "h", true, NOW))
			.isInstanceOf(IdentityRuleViolated.class)
			.hasMessageContaining("official-agency-required");
		assertThatThrownBy(() -> official("x", Role.ADMIN).change(unitWithoutAgency, "admin"))
			.isInstanceOf(IdentityRuleViolated.class)
			.hasMessageContaining("official-agency-required");
		assertThat(Official.register("a", systemWide, "h", true, NOW).unitId()).isNull();
	}

	@Test
	void anAdministratorChangesRolesAndEnablesOrDisablesOthers() {
		Official official = official("x", Role.RECEPTION);

		official.change(profile(false, Role.SPECIALIST, Role.HEAD_OF_UNIT), "admin");

		assertThat(official.roles()).containsExactlyInAnyOrder(Role.SPECIALIST, Role.HEAD_OF_UNIT);
		assertThat(official.profile().enabled()).isFalse();
		assertThat(official.fullName()).isEqualTo("Trần Thị Hoa");
	}

	@Test
	void administratorsCannotDisableThemselvesOrDropTheirOwnAdministration() {
		Official admin = official("x", Role.ADMIN);

		assertThatThrownBy(() -> admin.change(profile(false, Role.ADMIN), "tiepnhan"))
			.isInstanceOf(IdentityRuleViolated.class)
			.hasMessageContaining("cannot-demote-self");
		assertThatThrownBy(() -> admin.change(profile(true, Role.SPECIALIST), "tiepnhan"))
			.isInstanceOf(IdentityRuleViolated.class)
			.hasMessageContaining("cannot-demote-self");
		admin.change(profile(true, Role.ADMIN, Role.LEADER), "tiepnhan");
		assertThat(admin.roles()).containsExactlyInAnyOrder(Role.ADMIN, Role.LEADER);
		admin.change(profile(false, Role.SPECIALIST), "another.admin");
		assertThat(admin.roles()).containsExactly(Role.SPECIALIST);
	}

	@Test
	void theOfficialChangesThePasswordKnowingTheCurrentOne() {
		Official official = official("Tam-thoi-2026", Role.RECEPTION);

		assertThatThrownBy(() -> official.changePassword("sai-mat-khau-1", "Mot-cua-2026", REVERSED))
			.isInstanceOf(IdentityRuleViolated.class)
			.hasMessageContaining("wrong-password");
		assertThatThrownBy(() -> official.changePassword("Tam-thoi-2026", "Tam-thoi-2026", REVERSED))
			.isInstanceOf(IdentityRuleViolated.class)
			.hasMessageContaining("password-unchanged");
		assertThatThrownBy(() -> official.changePassword("Tam-thoi-2026", "tiepnhan-2026", REVERSED))
			.isInstanceOf(IdentityRuleViolated.class)
			.hasMessageContaining("password-too-weak");
		assertThat(official.mustChangePassword()).isTrue();

		official.changePassword("Tam-thoi-2026", "Mot-cua-2026", REVERSED);

		assertThat(official.passwordHash()).isEqualTo(REVERSED.hash("Mot-cua-2026"));
		assertThat(official.mustChangePassword()).isFalse();
	}

	@Test
	void aResetPasswordMustBeChangedAtTheNextLogin() {
		UUID id = UUID.randomUUID();
		Official official = Official.restore(id, "tiepnhan", profile(true, Role.RECEPTION), "old", false, NOW, 4);

		official.resetPassword("temporary");

		assertThat(official.passwordHash()).isEqualTo("temporary");
		assertThat(official.mustChangePassword()).isTrue();
		assertThat(official.id()).isEqualTo(id);
		assertThat(official.version()).isEqualTo(4);
	}

	@Test
	void aProfileKeepsItsRoles() {
		Profile profile = profile(true, Role.RECEPTION);

		profile.roles().add(Role.ADMIN);

		assertThat(profile.roles()).containsExactly(Role.RECEPTION);
		assertThat(profile(true).roles()).isEmpty();
	}

}
