package vn.motcua.dossier;

import java.util.List;

/**
 * The dossier module's published read contract for statistics: three views that other modules
 * select from, never the tables behind them (migration {@code V20261128006600}). The tables may
 * change as long as these views keep their names and columns; {@code DossierFactIntegrationTests}
 * pins both against the database. Dossiers turned away at the counter are in none of them.
 */
public enum DossierFact {

	/**
	 * One row per received dossier. {@code ended_at}: resolved or closed; {@code result_at}: resolved,
	 * or refused after appraisal (a refusal is a result, judged on time or late); {@code digitised}:
	 * has a stored file; {@code rating}: the applicant's score, if any.
	 */
	DOSSIERS("dossier_fact", "id", "code", "procedure_code", "procedure_name", "agency_id", "unit_id", "channel",
			"status", "applicant_name", "received_at", "due_at", "rescheduled_due_at", "resolved_at", "closed_at",
			"timeliness", "current_step", "ended_at", "result_at", "apology_note", "supplement_requests", "digitised",
			"rating", "desk_unit_id"),

	/** One row per internal step of a received dossier, with the dossier's code, unit and state. */
	STEPS("dossier_step_fact", "dossier_id", "code", "procedure_name", "unit_id", "status", "closed_at",
			"current_step", "position", "name", "role", "acting_unit_id", "assignee", "due_at", "started_at",
			"completed_at", "completed_by", "timeliness"),

	/** When dossiers waited on their applicant (supplement, fees): a dossier is not overdue then. */
	CLOCK_STOPS("dossier_clock_stop_fact", "dossier_id", "seq", "kind", "stopped_at", "resumed_at");

	private final String view;

	private final List<String> columns;

	DossierFact(String view, String... columns) {
		this.view = view;
		this.columns = List.of(columns);
	}

	/** @return the view's name, to write in SQL; never {@literal null}. */
	public String view() {
		return this.view;
	}

	/** @return the view's columns in order; never {@literal null}. */
	public List<String> columns() {
		return this.columns;
	}

}
