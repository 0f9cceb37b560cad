package vn.motcua.planning.plans;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.motcua.organization.OrganizationManagement;
import vn.motcua.organization.UnitScope;
import vn.motcua.organization.UnitView;
import vn.motcua.planning.tasks.TaskLists;
import vn.motcua.planning.tasks.TaskView;
import vn.motcua.shared.Actor;
import vn.motcua.shared.DomainException;
import vn.motcua.shared.DomainException.Kind;
import vn.motcua.shared.SqlTimes;

/** Plans as their readers see them: those of units in scope, with their amendments and tasks. */
@Service
@Transactional(readOnly = true)
public class PlanReader {

	private final JdbcClient jdbc;

	private final OrganizationManagement organization;

	private final TaskLists tasks;

	PlanReader(JdbcClient jdbc, OrganizationManagement organization, TaskLists tasks) {
		this.jdbc = jdbc;
		this.organization = organization;
		this.tasks = tasks;
	}

	/** @return the plans of the units in the actor's scope, the latest year first. */
	public List<Plan> list(Actor actor) {
		UnitScope scope = this.organization.scopeOf(actor);
		return this.jdbc.sql("select id from planning_plan where " + scope.sqlCondition("unit_id")
				+ " order by year desc, issued_on desc nulls last, title")
			.params(scope.systemWide() ? Map.of() : Map.of("scope", scope.sqlUnits()))
			.query(UUID.class)
			.list()
			.stream()
			.map(id -> read(id, scope))
			.toList();
	}

	/** @throws DomainException {@code plan-not-found} when absent or outside the actor's scope. */
	public Plan plan(UUID id, Actor actor) {
		return read(id, this.organization.scopeOf(actor));
	}

	/** @return the plan's tasks as the actor sees them. */
	public List<TaskView> tasks(UUID id, Actor actor) {
		return this.tasks.list(new TaskLists.Filter(null, null, id, null), actor);
	}

	private Plan read(UUID id, UnitScope scope) {
		List<Plan.Amendment> amendments = this.jdbc.sql("""
				select version, reason, changed_by, changed_at from planning_plan_version where plan_id = ? order by version""")
			.param(id)
			.query((rs, n) -> new Plan.Amendment(rs.getInt(1), rs.getString(2), rs.getString(3), SqlTimes.instant(rs, "changed_at")))
			.list();
		return this.jdbc.sql("select * from planning_plan where id = ?")
			.param(id)
			.query((rs, n) -> {
				UnitView unit = this.organization.unit(rs.getObject("unit_id", UUID.class)).orElseThrow();
				return Map.entry(unit.id(), new Plan(id, unit.code(), unit.name(), rs.getInt("year"), rs.getString("kind"),
						rs.getString("number"), rs.getObject("issued_on", LocalDate.class), rs.getString("title"),
						rs.getString("legal_basis"), rs.getString("goals"), rs.getInt("version"), amendments));
			})
			.optional()
			.filter(e -> scope.contains(e.getKey()))
			.map(Map.Entry::getValue)
			.orElseThrow(() -> new DomainException(Kind.NOT_FOUND, "plan-not-found", id));
	}

}
