package vn.motcua.organization;

import java.util.UUID;

import org.jspecify.annotations.Nullable;
import vn.motcua.organization.domain.Agency;
import vn.motcua.organization.domain.Agency.AgencyDetails;
import vn.motcua.organization.domain.AgencyRepository;
import vn.motcua.organization.domain.AdministrativeUnit;
import vn.motcua.organization.domain.AdministrativeUnit.UnitDetails;
import vn.motcua.organization.domain.UnitRepository;
import vn.motcua.shared.Actor;
import vn.motcua.shared.DomainException;
import vn.motcua.shared.DomainException.Kind;
import vn.motcua.shared.Role;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * What an administrator changes in units and agencies, each inside the administrator's scope:
 * a unit under a unit of the scope, an agency of a unit of the scope. Only a system-wide
 * administrator creates a unit without parent (a province).
 */
@Service
@Transactional
public class OrganizationAdministration {

	private final UnitRepository units;

	private final AgencyRepository agencies;

	private final OrganizationManagement queries;

	private final JdbcClient jdbc;

	OrganizationAdministration(UnitRepository units, AgencyRepository agencies, OrganizationManagement queries,
			JdbcClient jdbc) {
		this.units = units;
		this.agencies = agencies;
		this.queries = queries;
		this.jdbc = jdbc;
	}

	/**
	 * @return the new unit, never {@literal null}.
	 * @throws DomainException {@code forbidden} outside the actor's scope, {@code unit-code-taken}
	 * when another unit holds the code in an overlapping period.
	 */
	public UnitView createUnit(UnitDetails details, Actor actor) {
		requireInScope(actor, details.parentId());
		AdministrativeUnit unit = AdministrativeUnit.create(details);
		return saveUnit(unit);
	}

	/**
	 * @param version the version the administrator edited; a stale one is rejected.
	 */
	public UnitView updateUnit(UUID id, long version, UnitDetails details, Actor actor) {
		AdministrativeUnit unit = this.units.findById(id).orElseThrow(() -> notFound("unit-not-found", id));
		requireInScope(actor, unit.parentId() == null ? null : unit.id());
		requireInScope(actor, details.parentId());
		requireVersion(version, unit.version());
		unit.change(details);
		return saveUnit(unit);
	}

	/** Records that {@code successorId} was formed from {@code predecessorId} (a merger). */
	public void recordSuccession(UUID predecessorId, UUID successorId, Actor actor) {
		requireInScope(actor, successorId);
		this.jdbc.sql("""
				insert into organization_unit_succession (predecessor_id, successor_id) values (:p, :s)
				on conflict do nothing""").param("p", predecessorId).param("s", successorId).update();
		forgetTreesAfterCommit();
	}

	private void forgetTreesAfterCommit() {
		this.queries.forgetTrees();
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					OrganizationAdministration.this.queries.forgetTrees();
				}
			});
		}
	}

	/** @return the new agency, never {@literal null}. */
	public AgencyView createAgency(AgencyDetails details, Actor actor) {
		requireInScope(actor, details.unitId());
		return saveAgency(Agency.create(details));
	}

	/** @param version the version the administrator edited; a stale one is rejected. */
	public AgencyView updateAgency(UUID id, long version, AgencyDetails details, Actor actor) {
		Agency agency = this.agencies.findById(id).orElseThrow(() -> notFound("agency-not-found", id));
		requireInScope(actor, agency.unitId());
		requireInScope(actor, details.unitId());
		requireVersion(version, agency.version());
		agency.change(details);
		return saveAgency(agency);
	}

	private UnitView saveUnit(AdministrativeUnit unit) {
		if (unit.parentId() != null && this.units.findById(unit.parentId()).isEmpty()) {
			throw notFound("unit-not-found", unit.parentId());
		}
		try {
			this.units.save(unit);
			forgetTreesAfterCommit();
		}
		catch (DataIntegrityViolationException ex) {
			throw new DomainException(Kind.CONFLICT, "unit-code-taken", unit.code());
		}
		return this.queries.unit(unit.id()).orElseThrow();
	}

	private AgencyView saveAgency(Agency agency) {
		try {
			this.agencies.save(agency);
		}
		catch (DataIntegrityViolationException ex) {
			throw new DomainException(Kind.CONFLICT, "agency-code-taken");
		}
		return this.queries.agency(agency.id()).orElseThrow();
	}

	private void requireInScope(Actor actor, @Nullable UUID unitId) {
		if (!actor.hasRole(Role.ADMIN)) {
			throw new DomainException(Kind.FORBIDDEN, "forbidden");
		}
		UnitScope scope = this.queries.scopeOf(actor);
		if (unitId == null ? !scope.systemWide() : !scope.contains(unitId)) {
			throw new DomainException(Kind.FORBIDDEN, "out-of-scope");
		}
	}

	private static void requireVersion(long edited, @Nullable Long current) {
		if (current == null || current != edited) {
			throw new OptimisticLockingFailureException("edited version " + edited + ", current " + current);
		}
	}

	private static DomainException notFound(String code, Object id) {
		return new DomainException(Kind.NOT_FOUND, code, id);
	}

}
