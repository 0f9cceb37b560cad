package vn.motcua.organization.units;

import java.util.UUID;

import org.jspecify.annotations.Nullable;
import vn.motcua.organization.UnitScope;
import vn.motcua.shared.Actor;
import vn.motcua.shared.DomainException;
import vn.motcua.shared.DomainException.Kind;
import vn.motcua.shared.Role;

import org.springframework.stereotype.Component;

/**
 * Who changes units and agencies: an administrator, inside the scope — a unit under a unit of
 * the scope, an agency of a unit of the scope. Only a system-wide administrator acts without a
 * unit (a province without parent).
 */
@Component
public class AdministratorScopes {

	private final UnitTrees trees;

	AdministratorScopes(UnitTrees trees) {
		this.trees = trees;
	}

	/**
	 * @param unitId the unit acted on; {@literal null} for none (a new province).
	 * @throws DomainException {@code forbidden} for an official who is no administrator,
	 * {@code out-of-scope} for a unit outside the administrator's scope.
	 */
	public void requireInScope(Actor actor, @Nullable UUID unitId) {
		if (!actor.hasRole(Role.ADMIN)) {
			throw new DomainException(Kind.FORBIDDEN, "forbidden");
		}
		UnitScope scope = this.trees.scopeOf(actor);
		if (unitId == null ? !scope.systemWide() : !scope.contains(unitId)) {
			throw new DomainException(Kind.FORBIDDEN, "out-of-scope");
		}
	}

}
