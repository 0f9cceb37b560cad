package vn.motcua.dossier.demo;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import vn.motcua.identity.OfficialView;
import vn.motcua.shared.Actor;
import vn.motcua.shared.Role;

/**
 * The seeded officials of each unit, by role: each step of a demo dossier is done by an official
 * of the receiving unit who holds the step's role (the desk receives and hands over, the specialist
 * appraises, the head reviews, the chairman signs), never by one all-powerful account.
 */
final class DemoStaff {

	private final Map<UUID, List<Official>> byUnit;

	DemoStaff(List<OfficialView> officials) {
		this.byUnit = officials.stream()
			.filter(o -> o.enabled() && o.unitId() != null && !o.roles().contains(Role.ADMIN))
			.map(o -> new Official(o.username(), o.unitId(), EnumSet.copyOf(o.roles())))
			.collect(Collectors.groupingBy(Official::unit));
	}

	/** @return whether the unit has an official to receive dossiers: a desk officer, or a commune officer who does it all. */
	boolean receives(UUID unitId) {
		return this.byUnit.getOrDefault(unitId, List.of())
			.stream()
			.anyMatch(o -> o.roles().contains(Role.RECEPTION) || o.roles().contains(Role.COMMUNE_OFFICER));
	}

	/**
	 * @param role a role name, as a process step holds it.
	 * @return an official of the unit with that role; else one whose role takes its steps; else anyone of the unit.
	 */
	Actor holding(UUID unitId, String role, Random random) {
		List<Official> staff = this.byUnit.getOrDefault(unitId, List.of());
		Role wanted = Role.holdsSteps(role) ? Role.valueOf(role) : Role.COMMUNE_OFFICER;
		List<Official> holders = staff.stream().filter(o -> o.roles().contains(wanted)).toList();
		if (holders.isEmpty()) {
			holders = staff.stream().filter(o -> o.takesStepsOf(wanted)).toList();
		}
		if (holders.isEmpty()) {
			holders = staff;
		}
		if (holders.isEmpty()) {
			throw new IllegalStateException("demo: no official at unit " + unitId);
		}
		return holders.get(random.nextInt(holders.size()));
	}

	Actor holding(UUID unitId, Role role, Random random) {
		return holding(unitId, role.name(), random);
	}

	/** A seeded official acting in the demo. */
	record Official(String username, UUID unit, Set<Role> roles) implements Actor {

		@Override
		public @Nullable UUID unitId() {
			return this.unit;
		}

		@Override
		public boolean hasRole(Role role) {
			return this.roles.contains(role);
		}

	}

}
