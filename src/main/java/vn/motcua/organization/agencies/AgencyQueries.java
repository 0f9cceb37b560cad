package vn.motcua.organization.agencies;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import vn.motcua.organization.AgencyView;
import vn.motcua.organization.UnitView;
import vn.motcua.organization.units.UnitQueries;
import vn.motcua.shared.DomainException;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Reads agencies, in force on a date or of every era, as {@link AgencyView}s with their unit. */
@Component
public class AgencyQueries {

	/**
	 * Columns named as the view's components: the row mapper finds each at its first try, where a
	 * name it must retry in snake case costs it an exception (a sixth of a public lookup's time).
	 */
	private static final String AGENCY_SELECT = """
			select a.id, a.code, a.name, a.kind, a.unit_id as unitId, u.code as unitCode, u.name as unitName,
			       a.parent_id as parentId, a.address, a.phone, a.email, a.valid_from as validFrom, a.valid_to as validTo, a.version
			from organization_agency a join organization_unit u on u.id = a.unit_id
			""";

	private final JdbcClient jdbc;

	private final UnitQueries units;

	AgencyQueries(JdbcClient jdbc, UnitQueries units) {
		this.jdbc = jdbc;
		this.units = units;
	}

	/** @see vn.motcua.organization.OrganizationManagement#agenciesOn(LocalDate, String) */
	public List<AgencyView> agenciesOn(LocalDate date, @Nullable String unitCode) {
		if (unitCode == null) {
			return this.jdbc.sql(AGENCY_SELECT + " where" + UnitQueries.validOn("a") + "order by a.code")
				.param("date", date)
				.query(AgencyView.class)
				.list();
		}
		UnitView unit = this.units.unitOn(unitCode, date)
			.orElseThrow(() -> new DomainException(DomainException.Kind.NOT_FOUND, "unit-not-found", unitCode));
		return this.jdbc.sql(AGENCY_SELECT + " where a.unit_id = :unit and" + UnitQueries.validOn("a") + "order by a.code")
			.param("date", date)
			.param("unit", unit.id())
			.query(AgencyView.class)
			.list();
	}

	/** @see vn.motcua.organization.OrganizationManagement#agencyOn(String, LocalDate) */
	public Optional<AgencyView> agencyOn(String code, LocalDate date) {
		return this.jdbc.sql(AGENCY_SELECT + " where a.code = :code and" + UnitQueries.validOn("a"))
			.param("code", code.strip())
			.param("date", date)
			.query(AgencyView.class)
			.optional();
	}

	/** @return every agency of every era, ordered by code. */
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

}
