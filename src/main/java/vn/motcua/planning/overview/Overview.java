package vn.motcua.planning.overview;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.motcua.organization.OrganizationManagement;
import vn.motcua.organization.UnitScope;
import vn.motcua.organization.UnitView;
import vn.motcua.planning.PlanningFigures;
import vn.motcua.shared.Actor;
import vn.motcua.shared.FieldInvalid;

/**
 * The leaders' overview: a unit and the units directly below it, each with its tasks (done on time,
 * late, overdue, in progress) and its periodic reports (on time, late, missing) over a period,
 * ranked by the share of tasks done on time.
 */
@Service
@Transactional(readOnly = true)
public class Overview {

	private final PlanningFigures figures;

	private final OrganizationManagement organization;

	Overview(PlanningFigures figures, OrganizationManagement organization) {
		this.figures = figures;
		this.organization = organization;
	}

	/** A unit's line, with its rank among the lines (equal rates, equal rank). */
	public record Line(UnitView unit, PlanningFigures.Figures figures, int rank) {
	}

	/**
	 * @param unitCode {@literal null} for the actor's own unit.
	 * @throws FieldInvalid {@code unit} outside the actor's scope; {@code to} before {@code from}.
	 */
	public List<Line> of(@Nullable String unitCode, LocalDate from, LocalDate to, Actor actor) {
		if (to.isBefore(from)) {
			throw new FieldInvalid("to", "validation.period-order");
		}
		UnitView top = unit(unitCode, to, actor);
		List<UnitView> units = new ArrayList<>();
		units.add(top);
		units.addAll(this.organization.unitsOn(to, top.code()).stream().filter(u -> !u.id().equals(top.id())).toList());
		List<Line> lines = units.stream()
			.map(u -> new Line(u, this.figures.of(u.id(), from, to), 0))
			.sorted(Comparator.comparing((Line l) -> l.figures().tasksOnTimeRate(),
					Comparator.nullsLast(Comparator.reverseOrder())))
			.toList();
		List<Line> ranked = new ArrayList<>();
		for (int i = 0; i < lines.size(); i++) {
			Double rate = lines.get(i).figures().tasksOnTimeRate();
			int rank = i > 0 && java.util.Objects.equals(rate, lines.get(i - 1).figures().tasksOnTimeRate())
					? ranked.get(i - 1).rank() : i + 1;
			ranked.add(new Line(lines.get(i).unit(), lines.get(i).figures(), rank));
		}
		return ranked;
	}

	/** @return the unit asked for, or the actor's own: in force on {@code day}, or the latest with that code. */
	UnitView unit(@Nullable String code, LocalDate day, Actor actor) {
		UnitScope scope = this.organization.scopeOf(actor);
		var unit = code == null || code.isBlank()
				? (actor.unitId() == null ? this.organization.topUnitOn(day) : this.organization.unit(actor.unitId()))
				: this.organization.unitOn(code.strip(), day)
					.or(() -> this.organization.allUnits().stream().filter(u -> u.code().equals(code.strip())).findFirst());
		return unit.filter(u -> scope.contains(u.id()))
			.orElseThrow(() -> new FieldInvalid("unit", "validation.unit-unknown", code));
	}

}
