package vn.motcua.planning.tasks;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.springframework.stereotype.Component;
import vn.motcua.identity.IdentityManagement;
import vn.motcua.identity.OfficialName;
import vn.motcua.organization.AgencyView;
import vn.motcua.organization.OrganizationManagement;

/** Tasks as they are shown: units, departments and officials by name, and how each counts today. */
@Component
class TaskViews {

	private final OrganizationManagement organization;

	private final IdentityManagement identity;

	TaskViews(OrganizationManagement organization, IdentityManagement identity) {
		this.organization = organization;
		this.identity = identity;
	}

	List<TaskView> of(Collection<TaskRecord> tasks, LocalDate today) {
		Set<String> officials = new HashSet<>();
		tasks.forEach(t -> {
			if (t.leadOfficial() != null) {
				officials.add(t.leadOfficial());
			}
		});
		Map<String, OfficialName> names = this.identity.names(officials);
		return tasks.stream().map(t -> new TaskView(t.id(), t.title(), t.output(), t.sourceKind(), t.sourceReference(),
				t.planId(), t.conclusionId(), place(t.leadUnitId()),
				t.leadAgencyId() == null ? null : this.organization.agency(t.leadAgencyId()).map(AgencyView::name).orElse(null),
				t.leadOfficial(), t.leadOfficial() != null && names.containsKey(t.leadOfficial())
						? names.get(t.leadOfficial()).fullName() : null,
				t.supportUnitIds().stream().map(this::place).toList(), place(t.assignerUnitId()), t.assignedBy(),
				t.assignedAt(), t.workingDays(), t.originalDue(), t.dueDate(), t.requestedDue(), t.status(),
				t.outcome(today), t.percent(), t.doneOn())).toList();
	}

	private TaskView.Place place(UUID unit) {
		return this.organization.unit(unit)
			.map(u -> new TaskView.Place(u.code(), u.name()))
			.orElse(new TaskView.Place("", ""));
	}

}
