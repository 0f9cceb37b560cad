package vn.motcua.parindex.domain;

import vn.motcua.shared.FieldInvalid;

/**
 * A criteria set or a score that breaks a rule, naming the node ({@code set} for the set itself)
 * and the reason, whose message is {@code par.invalid.<reason>}.
 */
public class CriteriaInvalid extends FieldInvalid {

	private final String reason;

	public CriteriaInvalid(String node, String reason, Object... args) {
		super(node, "par.invalid." + reason, args);
		this.reason = reason;
	}

	/** @return why, stable for clients and tests. */
	public String reason() {
		return this.reason;
	}

}
