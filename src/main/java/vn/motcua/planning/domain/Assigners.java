package vn.motcua.planning.domain;

import vn.motcua.shared.Actor;
import vn.motcua.shared.DomainException;
import vn.motcua.shared.DomainException.Kind;
import vn.motcua.shared.Role;

/**
 * Who gives work: a unit's leaders, its heads and the PAR committee record plans, meetings and
 * report schedules and assign tasks — for their own unit (an official without a unit gives none).
 */
public final class Assigners {

	private Assigners() {
	}

	/** @return whether the actor gives work for its unit. */
	public static boolean is(Actor actor) {
		return actor.unitId() != null
				&& (actor.hasRole(Role.LEADER) || actor.hasRole(Role.HEAD_OF_UNIT) || actor.hasRole(Role.PAR_COMMITTEE));
	}

	/** @throws DomainException {@code forbidden} when the actor gives no work. */
	public static void require(Actor actor) {
		if (!is(actor)) {
			throw new DomainException(Kind.FORBIDDEN, "forbidden");
		}
	}

}
