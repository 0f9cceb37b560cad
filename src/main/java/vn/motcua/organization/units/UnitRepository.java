package vn.motcua.organization.units;

import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

import vn.motcua.organization.UnitType;
import vn.motcua.organization.domain.AdministrativeUnit;
import vn.motcua.organization.domain.AdministrativeUnit.UnitDetails;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.core.simple.JdbcClient.StatementSpec;
import org.springframework.stereotype.Repository;

/**
 * Stores {@link AdministrativeUnit}s in {@code organization_unit}, each update guarded by the
 * version it was read at, and the successions between units.
 */
@Repository
class UnitRepository {

	private final JdbcClient jdbc;

	UnitRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<AdministrativeUnit> find(UUID id) {
		return this.jdbc.sql("select * from organization_unit where id = :id")
			.param("id", id)
			.query((rs, n) -> AdministrativeUnit.restore(rs.getObject("id", UUID.class),
					new UnitDetails(rs.getString("code"), rs.getString("name"), UnitType.valueOf(rs.getString("type")),
							rs.getObject("parent_id", UUID.class), rs.getObject("valid_from", LocalDate.class),
							rs.getObject("valid_to", LocalDate.class), rs.getString("note")),
					rs.getLong("version")))
			.optional();
	}

	/** Stores a new unit at version 0. */
	void insert(AdministrativeUnit unit) {
		withDetails(this.jdbc.sql("""
				insert into organization_unit (id, code, name, type, parent_id, valid_from, valid_to, note, version)
				values (:id, :code, :name, :type, :parent, :from, :to, :note, 0)"""), unit).update();
	}

	/**
	 * Stores a changed unit at the next version.
	 * @throws OptimisticLockingFailureException when the unit changed since it was read.
	 */
	void update(AdministrativeUnit unit) {
		int updated = withDetails(this.jdbc.sql("""
				update organization_unit set code = :code, name = :name, type = :type, parent_id = :parent,
				  valid_from = :from, valid_to = :to, note = :note, version = version + 1
				where id = :id and version = :version"""), unit).param("version", unit.version()).update();
		if (updated == 0) {
			throw new OptimisticLockingFailureException("unit " + unit.id() + " changed since version " + unit.version());
		}
	}

	/** Records that {@code successorId} was formed from {@code predecessorId}, once. */
	void recordSuccession(UUID predecessorId, UUID successorId) {
		this.jdbc.sql("""
				insert into organization_unit_succession (predecessor_id, successor_id) values (:p, :s)
				on conflict do nothing""").param("p", predecessorId).param("s", successorId).update();
	}

	private static StatementSpec withDetails(StatementSpec statement, AdministrativeUnit unit) {
		UnitDetails d = unit.details();
		return statement.param("id", unit.id())
			.param("code", d.code())
			.param("name", d.name())
			.param("type", d.type().name())
			.param("parent", d.parentId())
			.param("from", d.validFrom())
			.param("to", d.validTo())
			.param("note", d.note());
	}

}
