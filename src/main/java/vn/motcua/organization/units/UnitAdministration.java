package vn.motcua.organization.units;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

import vn.motcua.organization.OrganizationChanged;
import vn.motcua.organization.UnitView;
import vn.motcua.organization.domain.AdministrativeUnit;
import vn.motcua.organization.domain.AdministrativeUnit.UnitDetails;
import vn.motcua.shared.Actor;
import vn.motcua.shared.DomainException;
import vn.motcua.shared.DomainException.Kind;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What an administrator changes in units, inside the administrator's scope: a unit under a unit
 * of the scope. Only a system-wide administrator creates a unit without parent (a province).
 */
@Service
@Transactional
public class UnitAdministration {

	private final UnitRepository units;

	private final UnitQueries queries;

	private final ApplicationEventPublisher events;

	private final AdministratorScopes scopes;

	UnitAdministration(UnitRepository units, UnitQueries queries, ApplicationEventPublisher events, AdministratorScopes scopes) {
		this.units = units;
		this.queries = queries;
		this.events = events;
		this.scopes = scopes;
	}

	/**
	 * @return the new unit, never {@literal null}.
	 * @throws DomainException {@code forbidden} outside the actor's scope, {@code unit-code-taken}
	 * when another unit holds the code in an overlapping period.
	 */
	public UnitView createUnit(UnitDetails details, Actor actor) {
		this.scopes.requireInScope(actor, details.parentId());
		AdministrativeUnit unit = AdministrativeUnit.create(details);
		return save(unit, () -> this.units.insert(unit));
	}

	/**
	 * @param version the version the administrator edited; a stale one is rejected.
	 * @throws OptimisticLockingFailureException for a stale version.
	 */
	public UnitView updateUnit(UUID id, long version, UnitDetails details, Actor actor) {
		AdministrativeUnit unit = this.units.find(id).orElseThrow(() -> notFound(id));
		this.scopes.requireInScope(actor, unit.parentId() == null ? null : unit.id());
		this.scopes.requireInScope(actor, details.parentId());
		if (unit.version() != version) {
			throw new OptimisticLockingFailureException("edited version " + version + ", current " + unit.version());
		}
		requireNoCycle(id, details.parentId());
		unit.change(details);
		return save(unit, () -> this.units.update(unit));
	}

	/**
	 * A unit may not sit under itself or under one of its own sub-units: the cycle would drop the whole
	 * branch out of every scope computed from the top (issue 17).
	 * @throws DomainException {@code unit-parent-cycle} (409).
	 */
	private void requireNoCycle(UUID id, @Nullable UUID parent) {
		java.util.Set<UUID> seen = new java.util.HashSet<>();
		for (UUID above = parent; above != null && seen.add(above);
				above = this.units.find(above).map(AdministrativeUnit::parentId).orElse(null)) {
			if (above.equals(id)) {
				throw new DomainException(Kind.CONFLICT, "unit-parent-cycle");
			}
		}
	}

	/** @return the unit as stored now (its edit form needs the current version, not the one kept a minute). */
	@Transactional(readOnly = true)
	public UnitView unit(UUID id) {
		return this.queries.unit(id).orElseThrow(() -> notFound(id));
	}

	/** Records that {@code successorId} was formed from {@code predecessorId} (a merger). */
	public void recordSuccession(UUID predecessorId, UUID successorId, Actor actor) {
		this.scopes.requireInScope(actor, successorId);
		this.units.recordSuccession(predecessorId, successorId);
		OrganizationChanged.publish(this.events);
	}

	private UnitView save(AdministrativeUnit unit, Runnable write) {
		if (unit.parentId() != null && this.units.find(unit.parentId()).isEmpty()) {
			throw notFound(unit.parentId());
		}
		try {
			write.run();
			OrganizationChanged.publish(this.events);
		}
		catch (DataIntegrityViolationException ex) {
			throw new DomainException(Kind.CONFLICT, "unit-code-taken", unit.code());
		}
		return this.queries.unit(unit.id()).orElseThrow();
	}

	private static DomainException notFound(Object id) {
		return new DomainException(Kind.NOT_FOUND, "unit-not-found", id);
	}

}
