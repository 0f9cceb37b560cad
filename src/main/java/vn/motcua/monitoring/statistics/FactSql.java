package vn.motcua.monitoring.statistics;

import static vn.motcua.dossier.DossierFact.CLOCK_STOPS;

/** Conditions on the dossier facts ({@code DossierFact.DOSSIERS}) shared by the counts and the drill-down. */
final class FactSql {

	/**
	 * Overdue at {@code :at}: past the due moment and not waiting on the applicant then. The due
	 * moment is the dossier's latest: a clock stop after {@code :at} that moved it is not undone.
	 */
	static final String OVERDUE = "due_at < :at and not exists (select 1 from %s c".formatted(CLOCK_STOPS.view())
			+ " where c.dossier_id = id and c.stopped_at <= :at and (c.resumed_at is null or c.resumed_at > :at))";

	/**
	 * Open at {@code :at}, a period's boundary: received before it and not yet ended (answered by the
	 * open-interval index); one received at the boundary belongs to the period it starts.
	 */
	static final String OPEN_AT = "tstzrange(received_at, ended_at) @> cast(:at as timestamptz) and received_at < :at";

	/**
	 * Open now, {@code :at} being the clock's instant: a dossier received at this very instant is
	 * pending too (under a frozen clock, every new one is).
	 */
	static final String OPEN_NOW = "tstzrange(received_at, ended_at) @> cast(:at as timestamptz)";

	/** @return {@link #OPEN_NOW} when {@code :at} is the clock's instant, else {@link #OPEN_AT}. */
	static String open(boolean now) {
		return now ? OPEN_NOW : OPEN_AT;
	}

	private FactSql() {
	}

}
