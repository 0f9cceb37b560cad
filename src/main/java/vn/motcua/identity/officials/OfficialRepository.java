package vn.motcua.identity.officials;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import vn.motcua.identity.domain.Official;
import vn.motcua.identity.domain.Profile;
import vn.motcua.shared.Role;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.core.simple.JdbcClient.StatementSpec;
import org.springframework.stereotype.Repository;

/**
 * Stores {@link Official} accounts in {@code identity_official} with their roles in
 * {@code identity_official_role}, each update guarded by the version it was read at.
 */
@Repository
public class OfficialRepository {

	private static final String SELECT = """
			select o.*, array(select r.role from identity_official_role r where r.official_id = o.id) as roles
			from identity_official o
			""";

	private final JdbcClient jdbc;

	OfficialRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** @return the official who logs in as {@code username}, whatever its case. */
	public Optional<Official> findByUsername(String username) {
		return this.jdbc.sql(SELECT + " where lower(o.username) = lower(:username)")
			.param("username", username)
			.query(OfficialRepository::official)
			.optional();
	}

	/** @return every official, in no particular order. */
	List<Official> findAll() {
		return this.jdbc.sql(SELECT).query(OfficialRepository::official).list();
	}

	/** @return the officials of these units (agencies' units), never those without an agency. */
	List<Official> findByUnitIdIn(Collection<UUID> unitIds) {
		if (unitIds.isEmpty()) {
			return List.of();
		}
		return this.jdbc.sql(SELECT + " where o.unit_id in (:units)")
			.param("units", unitIds)
			.query(OfficialRepository::official)
			.list();
	}

	/** @return the officials logging in as one of {@code usernames}, whatever their case. */
	List<Official> findByUsernameIn(Collection<String> usernames) {
		if (usernames.isEmpty()) {
			return List.of();
		}
		return this.jdbc.sql(SELECT + " where lower(o.username) in (:usernames)")
			.param("usernames", usernames.stream().map(u -> u.toLowerCase(java.util.Locale.ROOT)).toList())
			.query(OfficialRepository::official)
			.list();
	}

	/** @return how many officials hold {@link Role#ADMIN}. */
	long countAdministrators() {
		return this.jdbc.sql("select count(*) from identity_official_role where role = :role")
			.param("role", Role.ADMIN.name())
			.query(Long.class)
			.single();
	}

	/** Stores a new account at version 0. */
	void insert(Official official) {
		withState(this.jdbc.sql("""
				insert into identity_official (id, username, full_name, email, phone, position, agency_id, unit_id,
				  password_hash, enabled, must_change_password, created_at, version)
				values (:id, :username, :fullName, :email, :phone, :position, :agency, :unit, :hash, :enabled, :mustChange,
				  :createdAt, 0)"""), official)
			.param("username", official.username())
			.param("createdAt", Timestamp.from(official.createdAt()))
			.update();
		insertRoles(official);
	}

	/**
	 * Stores a changed account and its roles at the next version.
	 * @throws OptimisticLockingFailureException when the account changed since it was read.
	 */
	void update(Official official) {
		int updated = withState(this.jdbc.sql("""
				update identity_official set full_name = :fullName, email = :email, phone = :phone, position = :position,
				  agency_id = :agency, unit_id = :unit, password_hash = :hash, enabled = :enabled,
				  must_change_password = :mustChange, version = version + 1
				where id = :id and version = :version"""), official)
			.param("version", official.version())
			.update();
		if (updated == 0) {
			throw new OptimisticLockingFailureException(
					"official " + official.username() + " changed since version " + official.version());
		}
		this.jdbc.sql("delete from identity_official_role where official_id = :id").param("id", official.id()).update();
		insertRoles(official);
	}

	private void insertRoles(Official official) {
		for (Role role : official.roles()) {
			this.jdbc.sql("insert into identity_official_role (official_id, role) values (:id, :role)")
				.param("id", official.id())
				.param("role", role.name())
				.update();
		}
	}

	private static StatementSpec withState(StatementSpec statement, Official official) {
		Profile p = official.profile();
		return statement.param("id", official.id())
			.param("fullName", p.fullName())
			.param("email", p.email())
			.param("phone", p.phone())
			.param("position", p.position())
			.param("agency", p.agencyId())
			.param("unit", p.unitId())
			.param("hash", official.passwordHash())
			.param("enabled", p.enabled())
			.param("mustChange", official.mustChangePassword());
	}

	private static Official official(ResultSet rs, int rowNum) throws SQLException {
		Profile profile = new Profile(rs.getString("full_name"), rs.getString("email"), rs.getString("phone"),
				rs.getString("position"), rs.getObject("agency_id", UUID.class), rs.getObject("unit_id", UUID.class),
				roles(rs.getArray("roles")), rs.getBoolean("enabled"));
		return Official.restore(rs.getObject("id", UUID.class), rs.getString("username"), profile,
				rs.getString("password_hash"), rs.getBoolean("must_change_password"),
				rs.getTimestamp("created_at").toInstant(), rs.getLong("version"));
	}

	private static Set<Role> roles(Array names) throws SQLException {
		return Arrays.stream((String[]) names.getArray())
			.map(Role::valueOf)
			.collect(Collectors.toCollection(() -> EnumSet.noneOf(Role.class)));
	}

}
