package vn.motcua.planning.plans;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A unit's plan (the yearly administrative-reform plan, or another): its document, legal basis and
 * goals, its version (each amendment keeps the one before), and the amendments made.
 */
public record Plan(UUID id, String unitCode, String unitName, int year, String kind, @Nullable String number,
		@Nullable LocalDate issuedOn, String title, @Nullable String legalBasis, @Nullable String goals, int version,
		List<Amendment> amendments) {

	/** An amendment: the version it replaced, why, who and when. */
	public record Amendment(int version, String reason, String changedBy, java.time.Instant changedAt) {
	}

	/** What is typed to create or amend a plan, with its tasks (on creation) as the units' rows. */
	public record Request(@Nullable Integer year, @Nullable String kind, @Nullable String number, @Nullable LocalDate issuedOn,
			@Nullable String title, @Nullable String legalBasis, @Nullable String goals, @Nullable List<Row> tasks,
			@Nullable String reason) {
	}

	/** A task of the plan, as the layout units use: content, lead, supporters, output, deadline. */
	public record Row(@Nullable String title, @Nullable String leadUnit, @Nullable List<String> supportUnits,
			@Nullable String output, @Nullable LocalDate dueDate) {
	}

}
