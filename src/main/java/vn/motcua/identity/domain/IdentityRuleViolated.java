package vn.motcua.identity.domain;

import vn.motcua.shared.DomainException;

/** An account change that breaks a rule (weak password, missing agency, …). */
public class IdentityRuleViolated extends DomainException {

	public IdentityRuleViolated(String code, Object... args) {
		super(Kind.INVALID, code, args);
	}

}
