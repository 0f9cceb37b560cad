package vn.motcua.dossier.results;

import java.util.Optional;

import vn.motcua.dossier.forms.DossierForms.Issuer;
import vn.motcua.organization.AgencyKind;
import vn.motcua.organization.AgencyView;
import vn.motcua.organization.OrganizationManagement;

/**
 * In whose name an agency's documents are signed: a one-stop desk signs as its People's Committee
 * («UBND xã …»), any other agency as itself; a department's documents name its committee above it.
 *
 * @param issuer the unit's committee and place.
 * @param authority the name on the certificate and the document.
 * @param department whether the agency is a department (its heading names the committee above).
 */
record SigningAuthority(Issuer issuer, String authority, boolean department) {

	static SigningAuthority of(OrganizationManagement organization, String agencyCode) {
		Optional<AgencyView> agency = organization.latestAgencyWithCode(agencyCode);
		String agencyName = agency.map(AgencyView::name).orElse(agencyCode);
		Issuer issuer = Issuer.ofUnit(agency.map(AgencyView::unitName).orElse(agencyName));
		boolean desk = agency.map(a -> a.kind() == AgencyKind.ONE_STOP_DESK).orElse(false);
		return new SigningAuthority(issuer, desk ? issuer.committee() : agencyName,
				agency.map(a -> a.kind() == AgencyKind.DEPARTMENT).orElse(false));
	}

}
