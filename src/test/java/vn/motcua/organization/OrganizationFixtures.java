package vn.motcua.organization;

import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import vn.motcua.TestActor;
import vn.motcua.shared.Actor;
import vn.motcua.shared.Role;

/** Test data in the organisation's language. */
final class OrganizationFixtures {

	private OrganizationFixtures() {
	}

	/** An official of {@code unitId} with {@code roles}. */
	static Actor actorOf(@Nullable UUID unitId, Role... roles) {
		return TestActor.of("fixture", unitId, roles);
	}

}
