package vn.motcua.organization.agencies;

import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

import vn.motcua.organization.AgencyKind;
import vn.motcua.organization.domain.Agency;
import vn.motcua.organization.domain.Agency.AgencyDetails;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.core.simple.JdbcClient.StatementSpec;
import org.springframework.stereotype.Repository;

/** Stores {@link Agency} aggregates in {@code organization_agency}, each update guarded by its version. */
@Repository
class AgencyRepository {

	private final JdbcClient jdbc;

	AgencyRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<Agency> find(UUID id) {
		return this.jdbc.sql("select * from organization_agency where id = :id")
			.param("id", id)
			.query((rs, n) -> Agency.restore(rs.getObject("id", UUID.class),
					new AgencyDetails(rs.getString("code"), rs.getString("name"), AgencyKind.valueOf(rs.getString("kind")),
							rs.getObject("unit_id", UUID.class), rs.getObject("parent_id", UUID.class),
							rs.getString("address"), rs.getString("phone"), rs.getString("email"),
							rs.getObject("valid_from", LocalDate.class), rs.getObject("valid_to", LocalDate.class)),
					rs.getLong("version")))
			.optional();
	}

	/** Stores a new agency at version 0. */
	void insert(Agency agency) {
		withDetails(this.jdbc.sql("""
				insert into organization_agency (id, code, name, kind, unit_id, parent_id, address, phone, email,
				  valid_from, valid_to, version)
				values (:id, :code, :name, :kind, :unit, :parent, :address, :phone, :email, :from, :to, 0)"""), agency)
			.update();
	}

	/**
	 * Stores a changed agency at the next version.
	 * @throws OptimisticLockingFailureException when the agency changed since it was read.
	 */
	void update(Agency agency) {
		int updated = withDetails(this.jdbc.sql("""
				update organization_agency set code = :code, name = :name, kind = :kind, unit_id = :unit,
				  parent_id = :parent, address = :address, phone = :phone, email = :email, valid_from = :from,
				  valid_to = :to, version = version + 1
				where id = :id and version = :version"""), agency).param("version", agency.version()).update();
		if (updated == 0) {
			throw new OptimisticLockingFailureException("agency " + agency.id() + " changed since version " + agency.version());
		}
	}

	private static StatementSpec withDetails(StatementSpec statement, Agency agency) {
		AgencyDetails d = agency.details();
		return statement.param("id", agency.id())
			.param("code", d.code())
			.param("name", d.name())
			.param("kind", d.kind().name())
			.param("unit", d.unitId())
			.param("parent", d.parentId())
			.param("address", d.address())
			.param("phone", d.phone())
			.param("email", d.email())
			.param("from", d.validFrom())
			.param("to", d.validTo());
	}

}
