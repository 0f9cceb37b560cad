package vn.motcua.identity.officials;

import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import vn.motcua.identity.domain.IdentityRuleViolated;
import vn.motcua.identity.domain.Profile;
import vn.motcua.organization.AgencyView;
import vn.motcua.organization.OrganizationManagement;
import vn.motcua.shared.Actor;
import vn.motcua.shared.DomainException;
import vn.motcua.shared.DomainException.Kind;
import vn.motcua.shared.Texts;

import org.springframework.stereotype.Component;

/** Turns what an administrator entered into an official's profile: the agency by its code, inside the scope. */
@Component
class Profiles {

	private final OrganizationManagement organization;

	Profiles(OrganizationManagement organization) {
		this.organization = organization;
	}

	/**
	 * @param actor the administrator, {@literal null} for the installation itself (demo accounts).
	 * @throws DomainException {@code agency-not-found}, {@code out-of-scope} for an agency outside
	 * the administrator's scope, {@code official-agency-required} when an administrator below the
	 * whole system gives no agency.
	 */
	Profile of(OfficialDraft draft, @Nullable Actor actor) {
		UUID agencyId = null;
		UUID unitId = null;
		if (draft.agencyCode() != null && !draft.agencyCode().isBlank()) {
			AgencyView agency = this.organization.latestAgencyWithCode(draft.agencyCode().strip())
				.orElseThrow(() -> new DomainException(Kind.NOT_FOUND, "agency-not-found", draft.agencyCode()));
			if (actor != null && !this.organization.scopeOf(actor).contains(agency.unitId())) {
				throw new DomainException(Kind.FORBIDDEN, "out-of-scope");
			}
			agencyId = agency.id();
			unitId = agency.unitId();
		}
		else if (actor != null && !this.organization.scopeOf(actor).systemWide()) {
			throw new IdentityRuleViolated("official-agency-required");
		}
		return new Profile(draft.fullName(), Texts.blankToNull(draft.email()), Texts.blankToNull(draft.phone()),
				Texts.blankToNull(draft.position()), agencyId, unitId, Set.copyOf(draft.roles()), draft.enabled());
	}

}
