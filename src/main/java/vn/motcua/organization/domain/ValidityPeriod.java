package vn.motcua.organization.domain;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/** A period in force: an open start means before our records, an open end still in force. */
final class ValidityPeriod {

	private ValidityPeriod() {
	}

	static void check(@Nullable LocalDate from, @Nullable LocalDate to) {
		if (from != null && to != null && to.isBefore(from)) {
			throw new OrganizationRuleViolated("validity-reversed");
		}
	}

}
