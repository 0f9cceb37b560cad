package vn.motcua.organization;

import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import vn.motcua.TestActor;
import vn.motcua.organization.domain.AdministrativeUnit.UnitDetails;
import vn.motcua.organization.domain.Agency.AgencyDetails;
import vn.motcua.shared.Actor;
import vn.motcua.shared.Role;

import org.springframework.transaction.support.TransactionTemplate;

/** Test data in the organisation's language: units and agencies of a far future, apart from the demo district. */
public final class OrganizationFixtures {

	/** The day the fixtures' units and agencies come into force: no demo data is in force then. */
	public static final LocalDate FROM = LocalDate.of(2090, 1, 1);

	private OrganizationFixtures() {
	}

	/** Runs {@code test} in a transaction rolled back after it: the shared database keeps only the demo data. */
	public static void rolledBack(TransactionTemplate transactions, Runnable test) {
		transactions.executeWithoutResult(tx -> {
			test.run();
			tx.setRollbackOnly();
		});
	}

	/** An official of {@code unitId} with {@code roles}. */
	public static Actor actorOf(@Nullable UUID unitId, Role... roles) {
		return TestActor.of("fixture", unitId, roles);
	}

	/** An administrator of the whole system. */
	public static Actor systemAdministrator() {
		return actorOf(null, Role.ADMIN);
	}

	/** A province with {@code code}, in force from {@link #FROM}. */
	public static UnitDetails province(String code) {
		return new UnitDetails(code, "Tỉnh Thử Nghiệm " + code, UnitType.PROVINCE, null, FROM, null, null);
	}

	/** A commune with {@code code} under {@code parentId}, in force from {@link #FROM}. */
	public static UnitDetails commune(String code, UUID parentId) {
		return new UnitDetails(code, "Xã Thử Nghiệm " + code, UnitType.COMMUNE, parentId, FROM, null, null);
	}

	/** The People's Committee of {@code unitId} with {@code code}, in force from {@link #FROM}. */
	public static AgencyDetails peoplesCommittee(String code, UUID unitId) {
		return new AgencyDetails(code, "UBND thử nghiệm " + code, AgencyKind.PEOPLES_COMMITTEE, unitId, null, null, null,
				null, FROM, null);
	}

}
