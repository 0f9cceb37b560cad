package vn.motcua;

import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import vn.motcua.shared.Actor;
import vn.motcua.shared.Role;

/** An official as a test needs one: a login, a home unit ({@literal null}: system-wide) and roles. */
public record TestActor(String username, @Nullable UUID unitId, Set<Role> roles) implements Actor {

	public static Actor of(String username, @Nullable UUID unitId, Role... roles) {
		return new TestActor(username, unitId, Set.of(roles));
	}

	@Override
	public boolean hasRole(Role role) {
		return this.roles.contains(role);
	}

}
