package vn.motcua.organization.units;


import org.junit.jupiter.api.Test;
import vn.motcua.MotCuaTest;
import vn.motcua.organization.OrganizationFixtures;
import vn.motcua.organization.OrganizationManagement;
import vn.motcua.organization.UnitView;
import vn.motcua.shared.DomainException;
import vn.motcua.shared.Role;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.motcua.organization.OrganizationFixtures.FROM;
import static vn.motcua.organization.OrganizationFixtures.actorOf;
import static vn.motcua.organization.OrganizationFixtures.commune;
import static vn.motcua.organization.OrganizationFixtures.province;
import static vn.motcua.organization.OrganizationFixtures.systemAdministrator;

/** Units stored under their version, inside a transaction rolled back after each test. */
@MotCuaTest
class UnitAdministrationIntegrationTests {

	@Autowired
	UnitAdministration administration;

	@Autowired
	OrganizationManagement organization;

	@Autowired
	TransactionTemplate transactions;

	private void rolledBack(Runnable test) {
		OrganizationFixtures.rolledBack(this.transactions, test);
	}

	@Test
	void anEditIsStoredAtTheNextVersionAndAStaleOneIsRefused() {
		rolledBack(() -> {
			UnitView created = this.administration.createUnit(province("98"), systemAdministrator());
			assertThat(created.version()).isZero();
			assertThat(created.validFrom()).isEqualTo(FROM);

			UnitView renamed = this.administration.updateUnit(created.id(), 0, province(" 98 "), systemAdministrator());

			assertThat(renamed.version()).isEqualTo(1);
			assertThat(renamed.code()).isEqualTo("98");
			assertThatThrownBy(() -> this.administration.updateUnit(created.id(), 0, province("98"), systemAdministrator()))
				.isInstanceOf(OptimisticLockingFailureException.class);
		});
	}

	@Test
	void anAdministratorOfAProvinceActsOnlyBelowIt() {
		rolledBack(() -> {
			UnitView province = this.administration.createUnit(province("97"), systemAdministrator());
			UnitView commune = this.administration.createUnit(commune("97001", province.id()),
					actorOf(province.id(), Role.ADMIN));

			assertThat(commune.parentCode()).isEqualTo("97");
			assertThat(this.organization.scopeOf(actorOf(province.id())).contains(commune.id())).isTrue();
			assertThatThrownBy(() -> this.administration.createUnit(province("96"), actorOf(province.id(), Role.ADMIN)))
				.isInstanceOf(DomainException.class)
				.hasFieldOrPropertyWithValue("code", "out-of-scope");
			assertThatThrownBy(() -> this.administration.createUnit(commune("97002", province.id()),
					actorOf(province.id(), Role.SPECIALIST)))
				.isInstanceOf(DomainException.class)
				.hasFieldOrPropertyWithValue("code", "forbidden");
		});
	}

	@Test
	void aMergedUnitIsFormedFromItsPredecessorsAndReachesThemInItsScope() {
		rolledBack(() -> {
			UnitView province = this.administration.createUnit(province("95"), systemAdministrator());
			UnitView before = this.administration.createUnit(commune("95001", province.id()), systemAdministrator());
			UnitView after = this.administration.createUnit(commune("95002", province.id()), systemAdministrator());

			this.administration.recordSuccession(before.id(), after.id(), systemAdministrator());
			this.administration.recordSuccession(before.id(), after.id(), systemAdministrator());

			assertThat(this.organization.predecessors(after.id())).extracting(UnitView::code).containsExactly("95001");
			assertThat(this.organization.successors(before.id())).extracting(UnitView::code).containsExactly("95002");
			assertThat(this.organization.unitAndBelow(after.id())).contains(after.id(), before.id());
		});
	}

	@Test
	void aParentThatDoesNotExistIsNotFound() {
		rolledBack(() -> assertThatThrownBy(
				() -> this.administration.createUnit(commune("94001", java.util.UUID.randomUUID()), systemAdministrator()))
			.isInstanceOf(DomainException.class)
			.hasFieldOrPropertyWithValue("code", "unit-not-found"));
	}

	@Test
	void aCodeHeldByAnotherUnitInTheSamePeriodIsTaken() {
		rolledBack(() -> {
			this.administration.createUnit(province("93"), systemAdministrator());

			assertThatThrownBy(() -> this.administration.createUnit(province("93"), systemAdministrator()))
				.isInstanceOf(DomainException.class)
				.hasFieldOrPropertyWithValue("code", "unit-code-taken");
		});
	}

}
