package vn.motcua.planning.tasks;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.motcua.organization.OrganizationManagement;
import vn.motcua.organization.UnitScope;
import vn.motcua.organization.UnitView;
import vn.motcua.planning.domain.Outcome;
import vn.motcua.planning.domain.TaskStatus;
import vn.motcua.shared.Actor;
import vn.motcua.shared.FieldInvalid;
import vn.motcua.shared.Vietnam;

import static vn.motcua.shared.Texts.blankToNull;

/** Lists of the tasks within the reader's sight, by unit, state and source. */
@Service
@Transactional(readOnly = true)
public class TaskLists {

	private static final String SIGHT = """
			(lead_unit_id = any(:scope) or assigner_unit_id = any(:scope) or support_unit_ids && cast(:scope as uuid[])
			 or lead_official = :me)""";

	private final JdbcClient jdbc;

	private final TaskAccess access;

	private final TaskViews views;

	private final OrganizationManagement organization;

	private final Clock clock;

	TaskLists(JdbcClient jdbc, TaskAccess access, TaskViews views, OrganizationManagement organization, Clock clock) {
		this.jdbc = jdbc;
		this.access = access;
		this.views = views;
		this.organization = organization;
		this.clock = clock;
	}

	/**
	 * What a list asks for: the unit (its tasks as lead, with those of the units below it), a state
	 * ({@link Outcome} or {@link TaskStatus} name), a plan or a meeting; each may be absent.
	 */
	public record Filter(@Nullable String unit, @Nullable String status, @Nullable UUID plan, @Nullable UUID meeting) {
	}

	/**
	 * @return the tasks in the actor's sight matching the filter, the soonest deadline first.
	 * @throws FieldInvalid {@code status} when it names no state; {@code unit} outside the sight.
	 */
	public List<TaskView> list(Filter f, Actor actor) {
		LocalDate today = LocalDate.ofInstant(this.clock.instant(), Vietnam.ZONE);
		String status = blankToNull(f.status());
		if (status != null && !isState(status)) {
			throw new FieldInvalid("status", "validation.task-status", status);
		}
		UnitScope scope = this.access.scope(actor);
		List<String> where = new ArrayList<>();
		Map<String, Object> params = new HashMap<>();
		if (!scope.systemWide()) {
			where.add(SIGHT);
			params.put("scope", scope.sqlUnits());
			params.put("me", actor.username());
		}
		if (blankToNull(f.unit()) != null) {
			where.add("lead_unit_id = any(:units)");
			params.put("units", unitAndBelow(f.unit().strip(), today, scope));
		}
		if (f.plan() != null) {
			where.add("plan_id = :plan");
			params.put("plan", f.plan());
		}
		if (f.meeting() != null) {
			where.add("conclusion_id in (select id from planning_conclusion where meeting_id = :meeting)");
			params.put("meeting", f.meeting());
		}
		List<TaskRecord> rows = this.jdbc.sql("select * from planning_task where "
				+ (where.isEmpty() ? "true" : String.join(" and ", where)) + " order by due_date, title")
			.params(params)
			.query(TaskStore::row)
			.list();
		return this.views.of(rows.stream()
			.filter(t -> status == null || t.outcome(today).name().equals(status) || t.status().name().equals(status))
			.toList(), today);
	}

	/** @throws FieldInvalid {@code unit} when no unit has the code (in force today, or earlier) inside the scope. */
	private UUID[] unitAndBelow(String code, LocalDate today, UnitScope scope) {
		UnitView unit = this.organization.unitOn(code, today)
			.or(() -> this.organization.allUnits().stream().filter(u -> u.code().equals(code)).findFirst())
			.filter(u -> scope.contains(u.id()))
			.orElseThrow(() -> new FieldInvalid("unit", "validation.unit-unknown", code));
		return this.organization.unitAndBelow(unit.id()).toArray(UUID[]::new);
	}

	private static boolean isState(String name) {
		return Stream.concat(Arrays.stream(Outcome.values()), Arrays.stream(TaskStatus.values()))
			.anyMatch(state -> state.name().equals(name));
	}

}
