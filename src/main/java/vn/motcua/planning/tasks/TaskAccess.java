package vn.motcua.planning.tasks;

import java.util.UUID;

import org.springframework.stereotype.Component;
import vn.motcua.identity.IdentityManagement;
import vn.motcua.organization.OrganizationManagement;
import vn.motcua.organization.UnitScope;
import vn.motcua.planning.domain.TaskAction;
import vn.motcua.planning.domain.Assigners;
import vn.motcua.shared.Actor;
import vn.motcua.shared.DomainException;
import vn.motcua.shared.DomainException.Kind;
import vn.motcua.shared.Role;

/**
 * Who sees and does what with tasks. A unit sees the tasks it leads or supports and those of the
 * units below it; the assigner's unit sees what it assigned. Leaders, heads of unit and the PAR
 * committee assign tasks to their unit and those below it; the lead's side reports progress and
 * completion and asks for more time, the assigner's side accepts, returns, cancels and decides
 * extensions ({@link #may}). A task outside the reader's sight is not found.
 */
@Component
class TaskAccess {

	private final OrganizationManagement organization;

	private final IdentityManagement identity;

	private final TaskStore store;

	TaskAccess(OrganizationManagement organization, IdentityManagement identity, TaskStore store) {
		this.organization = organization;
		this.identity = identity;
		this.store = store;
	}

	/** @throws DomainException {@code task-not-found}, {@code forbidden} when the actor's side does not do it. */
	TaskRecord act(UUID id, TaskAction action, Actor actor) {
		TaskRecord task = this.store.find(id).orElseThrow(() -> new DomainException(Kind.NOT_FOUND, "task-not-found", id));
		return act(task, action, actor);
	}

	UnitScope scope(Actor actor) {
		return this.organization.scopeOf(actor);
	}

	/** @return the unit assigning, the actor's. @throws DomainException {@code forbidden} when the actor gives no work. */
	static UUID assigner(Actor actor) {
		Assigners.require(actor);
		return actor.unitId();
	}

	/** @throws DomainException {@code task-not-found} when the task is outside the actor's sight. */
	TaskRecord read(TaskRecord task, Actor actor) {
		UnitScope scope = scope(actor);
		boolean sees = scope.contains(task.leadUnitId()) || scope.contains(task.assignerUnitId())
				|| task.supportUnitIds().stream().anyMatch(scope::contains) || actor.username().equals(task.leadOfficial());
		if (!sees) {
			throw new DomainException(Kind.NOT_FOUND, "task-not-found", task.id());
		}
		return task;
	}

	/** @throws DomainException {@code task-not-found}, {@code forbidden} when the actor's side does not do it. */
	TaskRecord act(TaskRecord task, TaskAction action, Actor actor) {
		read(task, actor);
		if (!may(task, action, actor)) {
			throw new DomainException(Kind.FORBIDDEN, "forbidden");
		}
		return task;
	}

	/**
	 * The assigner's side is the official who assigned the task and the leaders of the unit that
	 * did; the lead's side is the lead official and the officials of the lead unit — of the lead
	 * department, when a department leads.
	 */
	boolean may(TaskRecord task, TaskAction action, Actor actor) {
		if (action.byAssigner()) {
			return actor.username().equals(task.assignedBy())
					|| actor.hasRole(Role.LEADER) && task.assignerUnitId().equals(actor.unitId());
		}
		if (actor.username().equals(task.leadOfficial())) {
			return true;
		}
		return task.leadUnitId().equals(actor.unitId()) && (task.leadAgencyId() == null
				|| task.leadAgencyId().equals(this.identity.official(actor.username(), Actor.system()).agencyId()));
	}

}
