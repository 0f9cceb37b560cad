package vn.motcua.organization;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import vn.motcua.organization.agencies.AgencyQueries;
import vn.motcua.organization.units.UnitQueries;
import vn.motcua.organization.units.UnitTrees;
import vn.motcua.shared.Actor;
import vn.motcua.shared.DomainException;
import vn.motcua.shared.KeptAWhile;
import vn.motcua.shared.Role;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;

/**
 * Read-only queries on administrative units and agencies, and the unit scope of an official.
 * Units and agencies are public data: these queries need no actor. Each reads in the caller's
 * transaction if there is one, else on its own: no transaction is opened for a unit or an agency kept
 * in memory.
 */
@Service
public class OrganizationManagement {

	private final UnitQueries units;

	private final AgencyQueries agencies;

	private final UnitTrees trees;

	private final KeptAWhile<UUID, UnitView> keptUnits = new KeptAWhile<>(UnitTrees.KEPT);

	private final KeptAWhile<UUID, AgencyView> keptAgencies = new KeptAWhile<>(UnitTrees.KEPT);

	OrganizationManagement(UnitQueries units, AgencyQueries agencies, UnitTrees trees) {
		this.units = units;
		this.agencies = agencies;
		this.trees = trees;
	}

	/**
	 * @param date must not be {@literal null}.
	 * @param parentCode the code of the parent unit in force on {@code date}; {@literal null} for
	 * all units in force.
	 * @return the units in force on {@code date}, ordered by code; never {@literal null}.
	 * @throws DomainException {@code unit-not-found} when no unit with {@code parentCode} is in
	 * force on {@code date}.
	 */
	public List<UnitView> unitsOn(LocalDate date, @Nullable String parentCode) {
		return this.units.unitsOn(date, parentCode);
	}

	/** @return every unit of every era, ordered by code and start; never {@literal null}. */
	public List<UnitView> allUnits() {
		return this.units.allUnits();
	}

	/** @return the unit with that code in force on {@code date}, if any. */
	public Optional<UnitView> unitOn(String code, LocalDate date) {
		return this.units.unitOn(code, date);
	}

	/** @return the unit with that id, in whatever era (kept a while: names are shown on every page). */
	public Optional<UnitView> unit(UUID id) {
		return Optional.ofNullable(this.keptUnits.get(id, key -> this.units.unit(key).orElse(null)));
	}

	/** @return the units {@code unitId} was formed from (mergers), never {@literal null}. */
	public List<UnitView> predecessors(UUID unitId) {
		return this.units.predecessors(unitId);
	}

	/** @return the units that took over {@code unitId}, never {@literal null}. */
	public List<UnitView> successors(UUID unitId) {
		return this.units.successors(unitId);
	}

	/** @return the unit in force on {@code date} that has no parent (the province), if any. */
	public Optional<UnitView> topUnitOn(LocalDate date) {
		return this.units.topUnitOn(date);
	}

	/**
	 * @param unitCode the code of a unit in force on {@code date}, or {@literal null} for all.
	 * @return the agencies in force on {@code date}, ordered by code; never {@literal null}.
	 * @throws DomainException {@code unit-not-found} for an unknown {@code unitCode}.
	 */
	public List<AgencyView> agenciesOn(LocalDate date, @Nullable String unitCode) {
		return this.agencies.agenciesOn(date, unitCode);
	}

	/**
	 * @param code an agency code, compared without surrounding white space.
	 * @return the agency with that code in force on {@code date}, if any.
	 */
	public Optional<AgencyView> agencyOn(String code, LocalDate date) {
		return this.agencies.agencyOn(code, date);
	}

	/** @return every agency of every era, ordered by code; never {@literal null}. */
	public List<AgencyView> allAgencies() {
		return this.agencies.allAgencies();
	}

	/** @return the agency with that id. */
	public Optional<AgencyView> agency(UUID id) {
		return Optional.ofNullable(this.keptAgencies.get(id, key -> this.agencies.agency(key).orElse(null)));
	}

	/** @return the most recent agency that carried {@code code}. */
	public Optional<AgencyView> latestAgencyWithCode(String code) {
		return this.agencies.latestAgencyWithCode(code);
	}

	/**
	 * @param actor must not be {@literal null}.
	 * @return the units the actor may see: its home unit, the units below it and the units it
	 * succeeded with theirs, in every era; never {@literal null}.
	 */
	public UnitScope scopeOf(Actor actor) {
		return this.trees.scopeOf(actor);
	}

	/**
	 * @return whether the actor's home unit is a top of the tree (the province), or the actor has
	 * none (the system's own administrator).
	 */
	private boolean atTopLevel(Actor actor) {
		UUID home = actor.unitId();
		return home == null || unit(home).map(u -> u.parentId() == null).orElse(false);
	}

	/**
	 * For what the whole province shares (catalogue, holidays, audit log).
	 * @throws DomainException {@code forbidden} unless {@code actor} is an administrator,
	 * {@code belowCode} when his unit is below the province.
	 */
	public void requireProvinceAdministrator(Actor actor, String belowCode) {
		if (!actor.hasRole(Role.ADMIN)) {
			throw new DomainException(DomainException.Kind.FORBIDDEN, "forbidden");
		}
		if (!atTopLevel(actor)) {
			throw new DomainException(DomainException.Kind.FORBIDDEN, belowCode);
		}
	}

	/**
	 * @return {@code unitId}, the units below it and the units it was formed from (with the units
	 * below those), in every era; never {@literal null}.
	 */
	public Set<UUID> unitAndBelow(UUID unitId) {
		return this.trees.unitAndBelow(unitId);
	}

	@EventListener
	void forget(OrganizationChanged changed) {
		this.keptUnits.forget();
		this.keptAgencies.forget();
	}

}
