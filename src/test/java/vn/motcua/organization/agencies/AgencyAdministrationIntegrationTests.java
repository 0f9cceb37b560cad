package vn.motcua.organization.agencies;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import vn.motcua.MotCuaTest;
import vn.motcua.organization.AgencyView;
import vn.motcua.organization.OrganizationFixtures;
import vn.motcua.organization.OrganizationManagement;
import vn.motcua.organization.units.UnitAdministration;
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
import static vn.motcua.organization.OrganizationFixtures.peoplesCommittee;
import static vn.motcua.organization.OrganizationFixtures.province;
import static vn.motcua.organization.OrganizationFixtures.systemAdministrator;

/** Agencies stored under their version, inside a transaction rolled back after each test. */
@MotCuaTest
class AgencyAdministrationIntegrationTests {

	@Autowired
	AgencyAdministration administration;

	@Autowired
	UnitAdministration units;

	@Autowired
	OrganizationManagement organization;

	@Autowired
	TransactionTemplate transactions;

	private void rolledBack(Runnable test) {
		OrganizationFixtures.rolledBack(this.transactions, test);
	}

	private UUID newProvince(String code) {
		return this.units.createUnit(province(code), systemAdministrator()).id();
	}

	@Test
	void anAgencyIsFoundByItsCodeAndEditedUnderItsVersion() {
		rolledBack(() -> {
			UUID unit = newProvince("89");
			AgencyView created = this.administration.createAgency(peoplesCommittee(" 000.00.00.Z89 ", unit),
					systemAdministrator());

			assertThat(created.code()).isEqualTo("000.00.00.Z89");
			assertThat(created.unitCode()).isEqualTo("89");
			assertThat(this.organization.agencyOn("000.00.00.Z89", FROM)).map(AgencyView::id).contains(created.id());
			assertThat(this.organization.latestAgencyWithCode("000.00.00.Z89")).map(AgencyView::id).contains(created.id());
			assertThat(this.organization.agenciesOn(FROM, "89")).extracting(AgencyView::id).containsExactly(created.id());

			AgencyView edited = this.administration.updateAgency(created.id(), 0, peoplesCommittee("000.00.00.Z89", unit),
					systemAdministrator());
			assertThat(edited.version()).isEqualTo(1);
			assertThatThrownBy(() -> this.administration.updateAgency(created.id(), 0,
					peoplesCommittee("000.00.00.Z89", unit), systemAdministrator()))
				.isInstanceOf(OptimisticLockingFailureException.class);
		});
	}

	@Test
	void anAgencyOfAUnitOutsideTheScopeIsRefused() {
		rolledBack(() -> {
			UUID mine = newProvince("88");
			UUID other = newProvince("87");
			UUID commune = this.units.createUnit(commune("88001", mine), systemAdministrator()).id();

			assertThat(this.administration.createAgency(peoplesCommittee("000.01.00.Z88", commune),
					actorOf(mine, Role.ADMIN)).unitId()).isEqualTo(commune);
			assertThatThrownBy(() -> this.administration.createAgency(peoplesCommittee("000.00.00.Z87", other),
					actorOf(mine, Role.ADMIN)))
				.isInstanceOf(DomainException.class)
				.hasFieldOrPropertyWithValue("code", "out-of-scope");
			assertThatThrownBy(() -> this.administration.updateAgency(UUID.randomUUID(), 0,
					peoplesCommittee("000.00.00.Z87", other), systemAdministrator()))
				.isInstanceOf(DomainException.class)
				.hasFieldOrPropertyWithValue("code", "agency-not-found");
		});
	}

	@Test
	void aCodeHeldByAnotherAgencyInTheSamePeriodIsTaken() {
		rolledBack(() -> {
			UUID unit = newProvince("86");
			this.administration.createAgency(peoplesCommittee("000.00.00.Z86", unit), systemAdministrator());

			assertThatThrownBy(() -> this.administration.createAgency(peoplesCommittee("000.00.00.Z86", unit),
					systemAdministrator()))
				.isInstanceOf(DomainException.class)
				.hasFieldOrPropertyWithValue("code", "agency-code-taken");
		});
	}

}
