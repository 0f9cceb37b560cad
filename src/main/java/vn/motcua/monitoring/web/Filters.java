package vn.motcua.monitoring.web;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import vn.motcua.monitoring.DossierStatistics;
import vn.motcua.organization.OrganizationManagement;
import vn.motcua.organization.UnitScope;
import vn.motcua.organization.UnitView;
import vn.motcua.shared.Actor;

/** The unit and period chooser of the monitoring pages: what was asked, with defaults. */
@Component
class Filters {

	private final DossierStatistics statistics;

	private final OrganizationManagement organization;

	Filters(DossierStatistics statistics, OrganizationManagement organization) {
		this.statistics = statistics;
		this.organization = organization;
	}

	/** What the filter form asked: unit, kind of period and the dates it resolves to. */
	record Filter(String unit, String period, LocalDate from, LocalDate to, LocalDate previous, LocalDate next) {
	}

	/**
	 * @param unit blank for the official's own unit (the province for a system-wide administrator).
	 * @param period {@code month}, {@code quarter}, {@code year} around {@code day} (today when
	 * blank), or {@code custom} from {@code from} to {@code to}.
	 */
	Filter filter(Actor actor, @Nullable String unit, String period, @Nullable LocalDate day, @Nullable LocalDate from,
			@Nullable LocalDate to) {
		String code = unit != null && !unit.isBlank() ? unit.strip() : homeUnit(actor);
		if ("custom".equals(period) && from != null && to != null) {
			long days = to.toEpochDay() - from.toEpochDay() + 1;
			return new Filter(code, period, from, to, from.minusDays(days), to.plusDays(1));
		}
		String kind = List.of("month", "quarter", "year").contains(period) ? period : "year";
		LocalDate start = DossierStatistics.periodStart(day != null ? day : this.statistics.today(), kind);
		LocalDate end = DossierStatistics.periodEnd(start, kind);
		return new Filter(code, kind, start, end, start.minusDays(1), end.plusDays(1));
	}

	private String homeUnit(Actor actor) {
		if (actor.unitId() == null) { // system-wide: the province
			return this.statistics.topUnitCode();
		}
		return this.organization.unit(actor.unitId()).map(UnitView::code).orElse("");
	}

	/** @return the units in force on {@code on} that the official may look at, by code. */
	List<UnitView> unitsInScope(Actor actor, LocalDate on) {
		UnitScope scope = this.organization.scopeOf(actor);
		return this.organization.unitsOn(on, null).stream().filter(u -> scope.contains(u.id())).toList();
	}

}
