package vn.motcua.calendar.domain;

import vn.motcua.shared.DomainException;

/** A calendar setting or computation request that breaks a rule. */
public class CalendarRuleViolated extends DomainException {

	public CalendarRuleViolated(String code, Object... args) {
		super(Kind.INVALID, code, args);
	}

}
