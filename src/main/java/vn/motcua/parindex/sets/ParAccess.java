package vn.motcua.parindex.sets;

import vn.motcua.organization.OrganizationManagement;
import vn.motcua.organization.UnitScope;
import vn.motcua.organization.UnitView;
import vn.motcua.shared.Actor;
import vn.motcua.shared.DomainException;
import vn.motcua.shared.DomainException.Kind;
import vn.motcua.shared.Role;

import org.springframework.stereotype.Component;

/**
 * Who may do what with a set: the committee — the PAR committee or an administrator of the issuer —
 * builds it, appraises and publishes; an assessed unit's own officials score it; leaders of the
 * issuer read the results. A unit never sees another unit's assessment (404), and before
 * publication nobody outside the committee sees the results.
 */
@Component
public class ParAccess {

	private final OrganizationManagement organization;

	ParAccess(OrganizationManagement organization) {
		this.organization = organization;
	}

	/** @return whether the actor sits on the issuer's committee. */
	public boolean committee(Actor actor, UnitView issuer) {
		return (actor.hasRole(Role.PAR_COMMITTEE) || actor.hasRole(Role.ADMIN))
				&& this.organization.scopeOf(actor).contains(issuer.id());
	}

	/** @throws DomainException {@code forbidden} unless the actor sits on the issuer's committee. */
	public void requireCommittee(Actor actor, UnitView issuer) {
		if (!committee(actor, issuer)) {
			throw new DomainException(Kind.FORBIDDEN, "forbidden");
		}
	}

	/** @return whether the actor is an official of the assessed unit itself. */
	public boolean ownUnit(Actor actor, UnitView unit) {
		return unit.id().equals(actor.unitId());
	}

	/** @throws DomainException {@code par-unit-not-found} (404) unless the actor may read the unit's assessment. */
	public void requireReader(Actor actor, ParSet set, UnitView unit) {
		boolean above = actor.hasRole(Role.LEADER) && this.organization.scopeOf(actor).contains(set.issuer().id());
		if (!ownUnit(actor, unit) && !committee(actor, set.issuer()) && !above) {
			throw new DomainException(Kind.NOT_FOUND, "par-unit-not-found", unit.code());
		}
	}

	/** @throws DomainException {@code par-results-not-published} (404) for those outside the committee before publication. */
	public void requireResultsReader(Actor actor, ParSet set) {
		UnitScope scope = this.organization.scopeOf(actor);
		boolean inScope = scope.contains(set.issuer().id()) || set.units().stream().anyMatch(u -> scope.contains(u.id()));
		if (!committee(actor, set.issuer()) && !(set.published() && inScope)) {
			throw new DomainException(Kind.NOT_FOUND, "par-results-not-published");
		}
	}

}
