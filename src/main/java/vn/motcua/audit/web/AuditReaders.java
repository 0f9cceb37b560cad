package vn.motcua.audit.web;

import vn.motcua.organization.OrganizationManagement;
import vn.motcua.shared.Actor;
import vn.motcua.shared.DomainException;

import org.springframework.stereotype.Component;

/**
 * Who reads the audit log and checks its chain: the province's administrators (and the system's
 * own), since it holds every unit's changes and logins.
 */
@Component
class AuditReaders {

	private final OrganizationManagement organization;

	AuditReaders(OrganizationManagement organization) {
		this.organization = organization;
	}

	/** @throws DomainException {@code forbidden} for anyone else, {@code audit-province-only} below the province. */
	void require(Actor actor) {
		this.organization.requireProvinceAdministrator(actor, "audit-province-only");
	}

}
