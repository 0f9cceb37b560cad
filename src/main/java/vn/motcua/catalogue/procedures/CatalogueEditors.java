package vn.motcua.catalogue.procedures;

import vn.motcua.organization.OrganizationManagement;
import vn.motcua.shared.Actor;
import vn.motcua.shared.DomainException;

import org.springframework.stereotype.Component;

/**
 * Who changes the province's procedure catalogue (versions, Excel import, sample forms): the
 * province's administrators, since the procedures of every level in the province are published by
 * the province chairman's decision (Decree 63/2010 Art. 15, as amended by Decree 92/2017) and every
 * commune applies them. A commune's administrator reads the catalogue and sets only his agencies'
 * own internal processes.
 */
@Component
public class CatalogueEditors {

	private final OrganizationManagement organization;

	CatalogueEditors(OrganizationManagement organization) {
		this.organization = organization;
	}

	/** @throws DomainException {@code forbidden} for a non-administrator, {@code catalogue-province-only} below the province. */
	public void require(Actor actor) {
		this.organization.requireProvinceAdministrator(actor, "catalogue-province-only");
	}

}
