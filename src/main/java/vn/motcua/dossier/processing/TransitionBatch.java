package vn.motcua.dossier.processing;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import vn.motcua.dossier.domain.ClockStopEntry;
import vn.motcua.dossier.domain.Dossier;
import vn.motcua.dossier.domain.DossierStep;
import vn.motcua.dossier.domain.TimelineEntry;

/**
 * What a transition writes: first the dossier row under its version ({@link #GUARD}, alone, so that
 * nothing else is written when the version no longer holds), then in one round trip the changed
 * steps, the clock stops when one changed, the new timeline lines.
 */
final class TransitionBatch {

	static final String INSERT_EVENT = "insert into dossier_event (dossier_id, at, action, actor, actor_unit_id,"
			+ " from_status, to_status, note) values (?, ?, ?, ?, ?, ?, ?, ?)";

	static final String GUARD = """
			update dossier set status = ?, due_at = ?, rescheduled_due_at = ?, current_step = ?, resolved_at = ?,
			  timeliness = ?, closed_at = ?, version = version + 1 where id = ? and version = ?""";

	private final List<Object> guardParams;

	private final StringBuilder sql = new StringBuilder();

	private final List<Object> params = new ArrayList<>();

	TransitionBatch(Dossier d) {
		this.guardParams = Arrays.asList(d.status().name(), ts(d.dueAt()), ts(d.rescheduledDueAt()), d.currentStep(),
				ts(d.resolvedAt()), name(d.timeliness()), ts(d.closedAt()), d.id(), d.version());
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
			add(INSERT_EVENT, entryParams(d.id(), e));
		}
	}

	/** The parameters of a timeline line, after the dossier's id: at, action, actor, unit, from, to, note. */
	static Object[] entryParams(UUID dossierId, TimelineEntry e) {
		return new Object[] { dossierId, ts(e.at()), e.action().name(), e.actor(), e.actorUnitId(),
				e.fromStatus() == null ? null : e.fromStatus().name(), e.toStatus().name(), e.note() };
	}

	static @Nullable String name(@Nullable Enum<?> value) {
		return value == null ? null : value.name();
	}

	static @Nullable Timestamp ts(@Nullable Instant instant) {
		return instant == null ? null : Timestamp.from(instant);
	}

	private void add(String statement, Object... values) {
		this.sql.append(this.sql.isEmpty() ? "" : ";\n").append(statement);
		this.params.addAll(Arrays.asList(values));
	}

	List<Object> guardParams() {
		return this.guardParams;
	}

	/** @return the statements after the guard, empty when there are none. */
	String sql() {
		return this.sql.toString();
	}

	List<Object> params() {
		return this.params;
	}

}
