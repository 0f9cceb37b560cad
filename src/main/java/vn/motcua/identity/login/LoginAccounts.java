package vn.motcua.identity.login;

import java.sql.Array;
import java.sql.SQLException;
import java.time.Clock;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import vn.motcua.organization.OrganizationManagement;
import vn.motcua.shared.Role;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Login for officials, by form or HTTP Basic: loads the account with its lockout state, as
 * {@link LoginAttempts} keeps it.
 */
@Component
@Transactional(readOnly = true)
class LoginAccounts implements UserDetailsService {

	private final JdbcClient jdbc;

	private final LoginStates states;

	private final Clock clock;

	private final OrganizationManagement organization;

	LoginAccounts(JdbcClient jdbc, LoginStates states, Clock clock, OrganizationManagement organization) {
		this.jdbc = jdbc;
		this.states = states;
		this.clock = clock;
		this.organization = organization;
	}

	@Override
	public UserDetails loadUserByUsername(String username) {
		Account account = this.jdbc.sql("""
				select o.id, o.username, o.password_hash, o.full_name, o.unit_id, o.enabled, o.must_change_password,
				  array(select r.role from identity_official_role r where r.official_id = o.id) as roles
				from identity_official o where lower(o.username) = lower(:username)""")
			.param("username", username)
			.query((rs, n) -> new Account(rs.getObject("id", UUID.class), rs.getString("username"),
					rs.getString("password_hash"), rs.getString("full_name"), rs.getObject("unit_id", UUID.class),
					roles(rs.getArray("roles")), rs.getBoolean("enabled"), rs.getBoolean("must_change_password")))
			.optional()
			.orElseThrow(() -> new UsernameNotFoundException("no official " + username));
		boolean locked = this.states.find(account.id()).map(s -> s.lockedAt(this.clock.instant())).orElse(false);
		return new OfficialPrincipal(account.id(), account.username(), account.passwordHash(), account.fullName(),
				account.unitId(), account.roles(), account.enabled(), locked, account.mustChangePassword(),
				account.unitId() == null ? null
						: this.organization.unit(account.unitId()).map(u -> new HomeUnit(u.name(), u.validTo())).orElse(null));
	}

	/** @return the id of the official who logs in as {@code username}, if any. */
	Optional<UUID> idOf(String username) {
		return this.jdbc.sql("select id from identity_official where lower(username) = lower(:username)")
			.param("username", username)
			.query(UUID.class)
			.optional();
	}

	private static Set<Role> roles(Array names) throws SQLException {
		return Arrays.stream((String[]) names.getArray())
			.map(Role::valueOf)
			.collect(Collectors.toCollection(() -> EnumSet.noneOf(Role.class)));
	}

	private record Account(UUID id, String username, String passwordHash, String fullName,
			@Nullable UUID unitId, Set<Role> roles, boolean enabled,
			boolean mustChangePassword) {
	}

}
