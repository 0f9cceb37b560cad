package vn.motcua.planning.tasks;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.motcua.calendar.CalendarManagement;
import vn.motcua.identity.IdentityManagement;
import vn.motcua.identity.OfficialView;
import vn.motcua.planning.domain.TaskRules;
import vn.motcua.planning.domain.TaskStatus;
import vn.motcua.shared.Actor;
import vn.motcua.shared.DomainException;
import vn.motcua.shared.FieldInvalid;
import vn.motcua.shared.Vietnam;

import static vn.motcua.shared.Texts.blankToNull;

/**
 * Assigning a task: to a unit in the assigner's scope (or a department of one) and optionally one
 * of its officials, supported by others, by a date or in working days on the lead unit's calendar.
 */
@Service
public class Assignments {

	private final TaskStore store;

	private final TaskSources sources;

	private final TaskAccess access;

	private final UnitCodes units;

	private final IdentityManagement identity;

	private final CalendarManagement calendar;

	private final Clock clock;

	Assignments(TaskStore store, TaskSources sources, TaskAccess access, UnitCodes units, IdentityManagement identity,
			CalendarManagement calendar, Clock clock) {
		this.store = store;
		this.sources = sources;
		this.access = access;
		this.units = units;
		this.identity = identity;
		this.calendar = calendar;
		this.clock = clock;
	}

	/**
	 * @throws FieldInvalid the first field refused (title, leadUnit, leadOfficial, supportUnits,
	 * dueDate, workingDays, source); DomainException {@code forbidden} for who may not assign.
	 */
	@Transactional
	public TaskRecord assign(TaskRequest r, Actor actor) {
		UUID assigner = TaskAccess.assigner(actor);
		Instant now = this.clock.instant();
		LocalDate today = LocalDate.ofInstant(now, Vietnam.ZONE);
		if (r.title() == null || r.title().isBlank()) {
			throw new FieldInvalid("title", "validation.required");
		}
		UnitCodes.Named lead = this.units.named("leadUnit", r.leadUnit(), today, actor);
		String official = blankToNull(r.leadOfficial());
		if (official != null && !lead.unit().id().equals(unitOf(official))) {
			throw new FieldInvalid("leadOfficial", "validation.task-official-not-in-lead", official);
		}
		List<UUID> support = (r.supportUnits() == null ? List.<String>of() : r.supportUnits()).stream()
			.filter(code -> code != null && !code.isBlank())
			.map(code -> this.units.named("supportUnits", code, today, actor).unit().id())
			.distinct()
			.toList();
		LocalDate due = TaskRules.deadline(r.dueDate(), r.workingDays(), today);
		if (due == null) {
			due = this.calendar.plusWorkingDays(today, r.workingDays(), lead.unit().id());
		}
		TaskSources.Resolved source = this.sources.resolve(r.source(), this.access.scope(actor));
		TaskRecord task = new TaskRecord(UUID.randomUUID(), source.kind(), source.planId(), source.conclusionId(),
				source.reference(), r.title().strip(), blankToNull(r.output()), lead.unit().id(),
				lead.agency().map(a -> a.id()).orElse(null), official, support, assigner, actor.username(), now,
				r.workingDays(), due, due, TaskStatus.NOT_STARTED, 0, null, null);
		this.store.insert(task);
		this.store.event(task.id(), "ASSIGNED", null, null, due, actor.username(), now);
		return task;
	}

	private @Nullable UUID unitOf(String username) {
		try {
			OfficialView official = this.identity.official(username, Actor.system());
			return official.enabled() ? official.unitId() : null;
		}
		catch (DomainException ex) {
			return null;
		}
	}

}
