package vn.motcua.dossier.processing;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import vn.motcua.dossier.domain.ClockStopEntry;
import vn.motcua.dossier.domain.Dossier;
import vn.motcua.dossier.domain.DossierStep;
import vn.motcua.dossier.domain.TimelineEntry;

import static vn.motcua.dossier.processing.DossierRows.name;
import static vn.motcua.dossier.processing.DossierRows.ts;

/**
 * What a transition writes, as one batch of statements sent in one round trip: the dossier row
 * under its version (first, so its update count tells whether the version still held), the
 * changed steps, the clock stops when one changed, the new timeline lines.
 */
final class TransitionBatch {

	static final String INSERT_EVENT = "insert into dossier_event (dossier_id, at, action, actor, actor_unit_id,"
			+ " from_status, to_status, note) values (?, ?, ?, ?, ?, ?, ?, ?)";

	private final StringBuilder sql = new StringBuilder("""
			update dossier set status = ?, due_at = ?, rescheduled_due_at = ?, current_step = ?, resolved_at = ?,
			  timeliness = ?, closed_at = ?, version = version + 1 where id = ? and version = ?""");

	private final List<Object> params = new ArrayList<>();

	TransitionBatch(Dossier d) {
		this.params.addAll(Arrays.asList(d.status().name(), ts(d.dueAt()), ts(d.rescheduledDueAt()), d.currentStep(),
				ts(d.resolvedAt()), name(d.timeliness()), ts(d.closedAt()), d.id(), d.version()));
		for (DossierStep step : d.changedSteps()) {
			add("update dossier_step set due_at = ?, assignee = ?, started_at = ?, completed_at = ?,"
					+ " completed_by = ?, timeliness = ? where dossier_id = ? and position = ?", ts(step.dueAt()),
					step.assignee(), ts(step.startedAt()), ts(step.completedAt()), step.completedBy(),
					name(step.timeliness()), d.id(), step.position());
		}
		if (d.stopsChanged()) {
			for (ClockStopEntry stop : d.stops()) {
				add("insert into dossier_clock_stop (dossier_id, seq, stopped_at, resumed_at, kind) values (?, ?, ?, ?, ?)"
						+ " on conflict (dossier_id, seq) do update set resumed_at = excluded.resumed_at", d.id(), stop.seq(),
						ts(stop.stoppedAt()), ts(stop.resumedAt()), stop.kind().name());
			}
		}
		for (TimelineEntry e : d.newEntries()) {
			add(INSERT_EVENT, DossierRows.entryParams(d.id(), e));
		}
	}

	private void add(String statement, Object... values) {
		this.sql.append(";\n").append(statement);
		this.params.addAll(Arrays.asList(values));
	}

	String sql() {
		return this.sql.toString();
	}

	List<Object> params() {
		return this.params;
	}

}
