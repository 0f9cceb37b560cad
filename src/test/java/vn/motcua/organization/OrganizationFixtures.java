package vn.motcua.organization;

import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import vn.motcua.shared.Actor;

/** Test data in the organisation's language. */
final class OrganizationFixtures {

	private OrganizationFixtures() {
	}

	/** An official of {@code unitId} with {@code roles}. */
	static Actor actorOf(@Nullable UUID unitId, String... roles) {
		Set<String> held = Set.of(roles);
		return new Actor() {

			@Override
			public String username() {
				return "fixture";
			}

			@Override
			public @Nullable UUID unitId() {
				return unitId;
			}

			@Override
			public boolean hasRole(String role) {
				return held.contains(role);
			}

		};
	}

}
