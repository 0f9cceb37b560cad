package vn.motcua.organization.domain;

import vn.motcua.shared.DomainException;

/** An edit of units or agencies that breaks a rule of the organisation model. */
public class OrganizationRuleViolated extends DomainException {

	public OrganizationRuleViolated(String code, Object... args) {
		super(Kind.INVALID, code, args);
	}

}
