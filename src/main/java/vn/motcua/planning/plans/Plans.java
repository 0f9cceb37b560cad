package vn.motcua.planning.plans;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;
import vn.motcua.planning.tasks.Assignments;
import vn.motcua.planning.tasks.TaskRequest;
import vn.motcua.planning.domain.Assigners;
import vn.motcua.shared.Actor;
import vn.motcua.shared.DomainException;
import vn.motcua.shared.DomainException.Kind;
import vn.motcua.shared.FieldInvalid;

import static vn.motcua.shared.Texts.blankToNull;

/**
 * A unit's plans: created (typed, or from a workbook) with their tasks by the unit's leaders, heads
 * or PAR committee, all or nothing; amended with the version before kept whole, with its tasks.
 */
@Service
public class Plans {

	private final JdbcClient jdbc;

	private final Assignments assignments;

	private final PlanReader reader;

	private final JsonMapper json;

	private final Clock clock;

	Plans(JdbcClient jdbc, Assignments assignments, PlanReader reader, JsonMapper json, Clock clock) {
		this.jdbc = jdbc;
		this.assignments = assignments;
		this.reader = reader;
		this.json = json;
		this.clock = clock;
	}

	/**
	 * @throws FieldInvalid {@code year}, {@code kind}, {@code title}; a task's field as
	 * {@code tasks[2].leadUnit}; DomainException {@code forbidden}. Nothing is created then.
	 */
	@Transactional
	public UUID create(Plan.Request r, Actor actor) {
		Assigners.require(actor);
		String kind = header(r);
		UUID id = UUID.randomUUID();
		this.jdbc.sql("""
				insert into planning_plan (id, unit_id, year, kind, number, issued_on, title, legal_basis, goals, created_by, created_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(id, actor.unitId(), r.year(), kind, blankToNull(r.number()), r.issuedOn(), r.title().strip(),
					blankToNull(r.legalBasis()), blankToNull(r.goals()), actor.username(), Timestamp.from(this.clock.instant()))
			.update();
		List<Plan.Row> rows = r.tasks() == null ? List.of() : r.tasks();
		for (int i = 0; i < rows.size(); i++) {
			Plan.Row row = rows.get(i);
			try {
				this.assignments.assign(new TaskRequest(row.title(), row.output(), row.leadUnit(), null, row.supportUnits(),
						row.dueDate(), null, new TaskRequest.Source("PLAN", id, null)), actor);
			}
			catch (FieldInvalid ex) {
				throw new FieldInvalid("tasks[" + (i + 1) + "]." + ex.field(), ex.fieldMessageKey(), ex.fieldArgs());
			}
		}
		return id;
	}

	private static String header(Plan.Request r) {
		if (r.year() == null || r.year() < 2000 || r.year() > 2100) {
			throw new FieldInvalid("year", "validation.range", 2000, 2100);
		}
		String kind = r.kind() == null || r.kind().isBlank() ? "PAR" : r.kind().strip().toUpperCase(Locale.ROOT);
		if (!kind.equals("PAR") && !kind.equals("OTHER")) {
			throw new FieldInvalid("kind", "validation.plan-kind");
		}
		if (r.title() == null || r.title().isBlank()) {
			throw new FieldInvalid("title", "validation.required");
		}
		return kind;
	}

	/**
	 * Amends the plan's document, basis or goals; the version before is kept whole, with its tasks.
	 * @throws FieldInvalid {@code reason} when none is said; DomainException {@code plan-not-found},
	 * {@code forbidden} outside the plan's unit.
	 */
	@Transactional
	public void amend(UUID id, Plan.Request r, Actor actor) {
		Plan before = this.reader.plan(id, actor);
		UUID unit = this.jdbc.sql("select unit_id from planning_plan where id = ?").param(id).query(UUID.class).single();
		if (!unit.equals(actor.unitId()) || !Assigners.is(actor)) {
			throw new DomainException(Kind.FORBIDDEN, "forbidden");
		}
		String kind = header(r);
		String reason = blankToNull(r.reason());
		if (reason == null) {
			throw new FieldInvalid("reason", "validation.required");
		}
		Instant now = this.clock.instant();
		Map<String, Object> snapshot = Map.of("plan", before, "tasks", this.reader.tasks(id, actor));
		this.jdbc.sql("""
				insert into planning_plan_version (plan_id, version, snapshot, reason, changed_by, changed_at)
				values (?, ?, cast(? as jsonb), ?, ?, ?)""")
			.params(id, before.version(), this.json.writeValueAsString(snapshot), reason, actor.username(), Timestamp.from(now))
			.update();
		this.jdbc.sql("""
				update planning_plan set kind = ?, number = ?, issued_on = ?, title = ?, legal_basis = ?, goals = ?,
				  version = version + 1, updated_by = ?, updated_at = ? where id = ? and version = ?""")
			.params(kind, blankToNull(r.number()), r.issuedOn(), r.title().strip(), blankToNull(r.legalBasis()),
					blankToNull(r.goals()), actor.username(), Timestamp.from(now), id, before.version())
			.update();
	}

}
