package vn.motcua.organization;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.jspecify.annotations.Nullable;
import vn.motcua.shared.Actor;
import vn.motcua.shared.DomainException;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Read-only queries on administrative units and agencies, and the unit scope of an official.
 * Units and agencies are public data: these queries need no actor.
 */
@Service
@Transactional(readOnly = true)
public class OrganizationManagement {

	private static final String UNIT_SELECT = """
			select u.id, u.code, u.name, u.type, u.parent_id, p.code as parent_code, u.valid_from, u.valid_to, u.note, u.version
			from organization_unit u left join organization_unit p on p.id = u.parent_id
			""";

	private static final String VALID_ON = " (%1$s.valid_from is null or %1$s.valid_from <= :date)"
			+ " and (%1$s.valid_to is null or %1$s.valid_to >= :date) ";

	private static final String AGENCY_SELECT = """
			select a.id, a.code, a.name, a.kind, a.unit_id, u.code as unit_code, u.name as unit_name, a.parent_id,
			       a.address, a.phone, a.email, a.valid_from, a.valid_to, a.version
			from organization_agency a join organization_unit u on u.id = a.unit_id
			""";

	/** How long another node's change to the unit hierarchy may take to reach this one's scopes. */
	private static final long TREE_TTL_NANOS = 60_000_000_000L;

	private final JdbcClient jdbc;

	private final Map<UUID, Tree> trees = new ConcurrentHashMap<>();

	OrganizationManagement(JdbcClient jdbc) {
		this.jdbc = jdbc;
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
		if (parentCode == null) {
			return this.jdbc.sql(UNIT_SELECT + " where" + VALID_ON.formatted("u") + "order by u.code")
				.param("date", date)
				.query(UnitView.class)
				.list();
		}
		UnitView parent = unitOn(parentCode, date)
			.orElseThrow(() -> new DomainException(DomainException.Kind.NOT_FOUND, "unit-not-found", parentCode));
		return this.jdbc.sql(UNIT_SELECT + " where u.parent_id = :parent and" + VALID_ON.formatted("u") + "order by u.code")
			.param("date", date)
			.param("parent", parent.id())
			.query(UnitView.class)
			.list();
	}

	/** @return every unit of every era, ordered by code and start; never {@literal null}. */
	public List<UnitView> allUnits() {
		return this.jdbc.sql(UNIT_SELECT + " order by u.code, u.valid_from nulls first").query(UnitView.class).list();
	}

	/** @return the unit with that code in force on {@code date}, if any. */
	public Optional<UnitView> unitOn(String code, LocalDate date) {
		return this.jdbc.sql(UNIT_SELECT + " where u.code = :code and" + VALID_ON.formatted("u"))
			.param("code", code)
			.param("date", date)
			.query(UnitView.class)
			.optional();
	}

	/** @return the unit with that id, in whatever era. */
	public Optional<UnitView> unit(UUID id) {
		return this.jdbc.sql(UNIT_SELECT + " where u.id = :id").param("id", id).query(UnitView.class).optional();
	}

	/** @return the units {@code unitId} was formed from (mergers), never {@literal null}. */
	public List<UnitView> predecessors(UUID unitId) {
		return this.jdbc.sql(UNIT_SELECT + " join organization_unit_succession s on s.predecessor_id = u.id"
				+ " where s.successor_id = :id order by u.code")
			.param("id", unitId)
			.query(UnitView.class)
			.list();
	}

	/** @return the units that took over {@code unitId}, never {@literal null}. */
	public List<UnitView> successors(UUID unitId) {
		return this.jdbc.sql(UNIT_SELECT + " join organization_unit_succession s on s.successor_id = u.id"
				+ " where s.predecessor_id = :id order by u.code")
			.param("id", unitId)
			.query(UnitView.class)
			.list();
	}

	/**
	 * @param unitCode the code of a unit in force on {@code date}, or {@literal null} for all.
	 * @return the agencies in force on {@code date}, ordered by code; never {@literal null}.
	 * @throws DomainException {@code unit-not-found} for an unknown {@code unitCode}.
	 */
	public List<AgencyView> agenciesOn(LocalDate date, @Nullable String unitCode) {
		if (unitCode == null) {
			return this.jdbc.sql(AGENCY_SELECT + " where" + VALID_ON.formatted("a") + "order by a.code")
				.param("date", date)
				.query(AgencyView.class)
				.list();
		}
		UnitView unit = unitOn(unitCode, date)
			.orElseThrow(() -> new DomainException(DomainException.Kind.NOT_FOUND, "unit-not-found", unitCode));
		return this.jdbc.sql(AGENCY_SELECT + " where a.unit_id = :unit and" + VALID_ON.formatted("a") + "order by a.code")
			.param("date", date)
			.param("unit", unit.id())
			.query(AgencyView.class)
			.list();
	}

	/**
	 * @param code an agency code, compared without surrounding white space.
	 * @return the agency with that code in force on {@code date}, if any.
	 */
	public Optional<AgencyView> agencyOn(String code, LocalDate date) {
		return this.jdbc.sql(AGENCY_SELECT + " where a.code = :code and" + VALID_ON.formatted("a"))
			.param("code", code.strip())
			.param("date", date)
			.query(AgencyView.class)
			.optional();
	}

	/** @return the unit in force on {@code date} that has no parent (the province), if any. */
	public Optional<UnitView> topUnitOn(LocalDate date) {
		return this.jdbc.sql(UNIT_SELECT + " where u.parent_id is null and" + VALID_ON.formatted("u") + "order by u.code limit 1")
			.param("date", date)
			.query(UnitView.class)
			.optional();
	}

	/** @return every agency of every era, ordered by code; never {@literal null}. */
	public List<AgencyView> allAgencies() {
		return this.jdbc.sql(AGENCY_SELECT + " order by a.code, a.valid_from nulls first").query(AgencyView.class).list();
	}

	/** @return the agency with that id. */
	public Optional<AgencyView> agency(UUID id) {
		return this.jdbc.sql(AGENCY_SELECT + " where a.id = :id").param("id", id).query(AgencyView.class).optional();
	}

	/** @return the most recent agency that carried {@code code}. */
	public Optional<AgencyView> latestAgencyWithCode(String code) {
		return this.jdbc.sql(AGENCY_SELECT + " where a.code = :code order by a.valid_from desc nulls last limit 1")
			.param("code", code)
			.query(AgencyView.class)
			.optional();
	}

	/**
	 * @param actor must not be {@literal null}.
	 * @return the units the actor may see: its home unit, the units below it and the units it
	 * succeeded with theirs, in every era; never {@literal null}.
	 */
	public UnitScope scopeOf(Actor actor) {
		UUID home = actor.unitId();
		return home == null ? UnitScope.SYSTEM_WIDE : new UnitScope(false, unitAndBelow(home));
	}

	/**
	 * @return {@code unitId}, the units below it and the units it was formed from (with the units
	 * below those), in every era; never {@literal null}.
	 */
	public Set<UUID> unitAndBelow(UUID unitId) {
		Tree cached = this.trees.get(unitId);
		if (cached != null && System.nanoTime() - cached.loadedAt() < TREE_TTL_NANOS) {
			return cached.units();
		}
		Set<UUID> units = Set.copyOf(this.jdbc.sql("""
				with recursive roots(id) as (
				  select cast(:home as uuid)
				  union
				  select s.predecessor_id from organization_unit_succession s join roots r on s.successor_id = r.id
				), tree(id) as (
				  select id from roots
				  union
				  select u.id from organization_unit u join tree t on u.parent_id = t.id
				)
				select id from tree
				""").param("home", unitId).query(UUID.class).list());
		this.trees.put(unitId, new Tree(units, System.nanoTime()));
		return units;
	}

	/** Forgets the cached unit trees (a unit or a succession changed). */
	void forgetTrees() {
		this.trees.clear();
	}

	/** A unit's tree as last read; units change rarely, every request asks for a scope. */
	private record Tree(Set<UUID> units, long loadedAt) {
	}

}
