package vn.motcua.organization.units;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import vn.motcua.organization.UnitView;
import vn.motcua.shared.DomainException;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Reads administrative units, in force on a date or of every era, as {@link UnitView}s. */
@Component
public class UnitQueries {

	/**
	 * Columns named as the view's components: the row mapper finds each at its first try, where a
	 * name it must retry in snake case costs it an exception (a sixth of a public lookup's time).
	 */
	private static final String UNIT_SELECT = """
			select u.id, u.code, u.name, u.type, u.parent_id as parentId, p.code as parentCode, u.valid_from as validFrom,
			       u.valid_to as validTo, u.note, u.version
			from organization_unit u left join organization_unit p on p.id = u.parent_id
			""";

	private final JdbcClient jdbc;

	UnitQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The SQL condition «in force on {@code :date}» of a table with {@code valid_from} and
	 * {@code valid_to} columns (open ends: before our records, still in force).
	 * @param alias the table's alias in the query.
	 */
	public static String validOn(String alias) {
		return " (%1$s.valid_from is null or %1$s.valid_from <= :date) and (%1$s.valid_to is null or %1$s.valid_to >= :date) "
			.formatted(alias);
	}

	/** @see vn.motcua.organization.OrganizationManagement#unitsOn(LocalDate, String) */
	public List<UnitView> unitsOn(LocalDate date, @Nullable String parentCode) {
		if (parentCode == null) {
			return this.jdbc.sql(UNIT_SELECT + " where" + validOn("u") + "order by u.code")
				.param("date", date)
				.query(UnitView.class)
				.list();
		}
		UnitView parent = unitOn(parentCode, date)
			.orElseThrow(() -> new DomainException(DomainException.Kind.NOT_FOUND, "unit-not-found", parentCode));
		return this.jdbc.sql(UNIT_SELECT + " where u.parent_id = :parent and" + validOn("u") + "order by u.code")
			.param("date", date)
			.param("parent", parent.id())
			.query(UnitView.class)
			.list();
	}

	/** @return every unit of every era, ordered by code and start. */
	public List<UnitView> allUnits() {
		return this.jdbc.sql(UNIT_SELECT + " order by u.code, u.valid_from nulls first").query(UnitView.class).list();
	}

	/** @return the unit with that code in force on {@code date}, if any. */
	public Optional<UnitView> unitOn(String code, LocalDate date) {
		return this.jdbc.sql(UNIT_SELECT + " where u.code = :code and" + validOn("u"))
			.param("code", code)
			.param("date", date)
			.query(UnitView.class)
			.optional();
	}

	/** @return the unit with that id, in whatever era. */
	public Optional<UnitView> unit(UUID id) {
		return this.jdbc.sql(UNIT_SELECT + " where u.id = :id").param("id", id).query(UnitView.class).optional();
	}

	/** @return the units {@code unitId} was formed from (mergers). */
	public List<UnitView> predecessors(UUID unitId) {
		return related("join organization_unit_succession s on s.predecessor_id = u.id where s.successor_id = :id", unitId);
	}

	/** @return the units that took over {@code unitId}. */
	public List<UnitView> successors(UUID unitId) {
		return related("join organization_unit_succession s on s.successor_id = u.id where s.predecessor_id = :id", unitId);
	}

	/** @return the unit in force on {@code date} that has no parent (the province), if any. */
	public Optional<UnitView> topUnitOn(LocalDate date) {
		return this.jdbc.sql(UNIT_SELECT + " where u.parent_id is null and" + validOn("u") + "order by u.code limit 1")
			.param("date", date)
			.query(UnitView.class)
			.optional();
	}

	private List<UnitView> related(String succession, UUID unitId) {
		return this.jdbc.sql(UNIT_SELECT + " " + succession + " order by u.code")
			.param("id", unitId)
			.query(UnitView.class)
			.list();
	}

}
