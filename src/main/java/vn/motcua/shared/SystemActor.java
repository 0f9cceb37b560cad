package vn.motcua.shared;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** The installation itself: system-wide, every role. */
enum SystemActor implements Actor {

	INSTANCE;

	@Override
	public String username() {
		return "system";
	}

	@Override
	public @Nullable UUID unitId() {
		return null;
	}

	@Override
	public boolean hasRole(Role role) {
		return true;
	}

}
