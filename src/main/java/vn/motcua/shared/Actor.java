package vn.motcua.shared;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * Who is acting: the signed-in official as other modules see it. Its home unit decides its
 * scope — that unit, its sub-units and the units it succeeded.
 */
public interface Actor {

	/** @return the login name, never {@literal null}. */
	String username();

	/** @return how pages name the actor: the official's full name; the login name by default. */
	default String displayName() {
		return username();
	}

	/**
	 * @return the administrative unit of the official's agency, or {@literal null} for a
	 * system-wide administrator (the first administrator of a new deployment).
	 */
	@Nullable UUID unitId();

	/**
	 * @param role a role name such as {@code ADMIN}, without the {@code ROLE_} prefix.
	 * @return whether the actor holds it.
	 */
	boolean hasRole(Role role);

	/** @return whether one of the actor's roles takes a step given to {@code step} ({@link Role#takesStepsOf}). */
	default boolean takesStepsOf(Role step) {
		return Role.stepHolders().stream().anyMatch(role -> hasRole(role) && role.takesStepsOf(step));
	}

	/**
	 * @return the installation itself, acting system-wide before any official exists (first
	 * administrator, demo data); never {@literal null}.
	 */
	static Actor system() {
		return SystemActor.INSTANCE;
	}

}
