package vn.motcua.planning.tasks;

import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.motcua.organization.UnitScope;
import vn.motcua.shared.FieldInvalid;

import static vn.motcua.shared.Texts.blankToNull;

/** Where a task comes from: a plan, or a conclusion of a meeting or a directive, named in words. */
@Component
class TaskSources {

	private final JdbcClient jdbc;

	TaskSources(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** A resolved source: its kind, the plan or the conclusion, and how it reads. */
	record Resolved(String kind, @Nullable UUID planId, @Nullable UUID conclusionId, @Nullable String reference) {
	}

	/** A source's row: the unit that owns it, its kind and how it reads. */
	record Row(UUID unitId, String kind, String reference) {
	}

	/** @throws FieldInvalid {@code source} when the kind is unknown or its record is not in the actor's scope. */
	Resolved resolve(TaskRequest.@Nullable Source source, UnitScope scope) {
		if (source == null || source.kind() == null || source.kind().isBlank()) {
			return new Resolved("OTHER", null, null, source == null ? null : blankToNull(source.reference()));
		}
		String kind = source.kind().strip().toUpperCase(java.util.Locale.ROOT);
		Optional<Resolved> resolved = switch (kind) {
			case "PLAN" -> source.id() == null ? Optional.empty() : this.jdbc.sql("""
					select unit_id as unitId, 'PLAN' as kind, coalesce(number || ' — ', '') || title as reference
					  from planning_plan where id = ?""").param(source.id()).query(Row.class).optional()
				.filter(r -> scope.contains(r.unitId()))
				.map(r -> new Resolved(kind, source.id(), null, r.reference()));
			case "MEETING", "DIRECTIVE" -> source.id() == null
					? Optional.of(new Resolved(kind, null, null, blankToNull(source.reference()))) : this.jdbc.sql("""
					select m.unit_id as unitId, m.kind, coalesce(m.reference || ' — ', '') || m.title as reference
					  from planning_conclusion c join planning_meeting m on m.id = c.meeting_id where c.id = ?""")
				.param(source.id()).query(Row.class).optional()
				.filter(r -> scope.contains(r.unitId()))
				.map(r -> new Resolved(r.kind(), null, source.id(), r.reference()));
			case "OTHER" -> Optional.of(new Resolved(kind, null, null, blankToNull(source.reference())));
			default -> Optional.empty();
		};
		return resolved.orElseThrow(() -> new FieldInvalid("source", "validation.task-source"));
	}

}
