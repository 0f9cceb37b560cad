package vn.motcua.monitoring.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import vn.motcua.monitoring.DossierStatistics;
import vn.motcua.monitoring.DossierStatistics.Selection;
import vn.motcua.organization.OrganizationManagement;
import vn.motcua.organization.UnitScope;
import vn.motcua.organization.UnitView;
import vn.motcua.shared.Actor;
import vn.motcua.shared.DomainException;
import vn.motcua.shared.MessageArguments;

/** The unit and period chooser of the monitoring pages: what was asked, with defaults, checked. */
@Component
class Filters {

	private final DossierStatistics statistics;

	private final OrganizationManagement organization;

	private final MessageSource messages;

	Filters(DossierStatistics statistics, OrganizationManagement organization, MessageSource messages) {
		this.statistics = statistics;
		this.organization = organization;
		this.messages = messages;
	}

	/**
	 * What the filter form sends (the query string of every monitoring page), all optional.
	 * @param unit blank for the official's own unit (the province for a system-wide administrator).
	 * @param period {@code month}, {@code quarter}, {@code year} (the default) around {@code day}
	 * (today when blank), or {@code custom} from {@code from} to {@code to}.
	 */
	record Question(@Nullable String unit, @Nullable String period,
			@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate day,
			@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
			@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to) {
	}

	/** What the filter form asked: unit, kind of period and the dates it resolves to. */
	record Filter(String unit, String period, LocalDate from, LocalDate to, LocalDate previous, LocalDate next) {
	}

	/**
	 * Puts the filter and the units to choose from in the model.
	 * @return the question's units and period, or empty with the Vietnamese message in the model
	 * ({@code error}) when the unit is unknown, outside the official's scope or the period wrong.
	 */
	Optional<Selection> select(Actor actor, Question question, Model model) {
		Filter filter = filter(actor, question);
		model.addAttribute("filter", filter);
		model.addAttribute("units", unitsInScope(actor, filter.to()));
		try {
			return Optional.of(this.statistics.select(actor, filter.unit(), filter.from(), filter.to(), true));
		}
		catch (DomainException ex) {
			model.addAttribute("error", MessageArguments.text(this.messages, ex));
			return Optional.empty();
		}
	}

	private Filter filter(Actor actor, Question q) {
		String code = q.unit() != null && !q.unit().isBlank() ? q.unit().strip() : homeUnit(actor);
		LocalDate from = q.from();
		LocalDate to = q.to();
		if ("custom".equals(q.period()) && from != null && to != null) {
			long days = to.toEpochDay() - from.toEpochDay() + 1;
			return new Filter(code, "custom", from, to, from.minusDays(days), to.plusDays(1));
		}
		String kind = "month".equals(q.period()) || "quarter".equals(q.period()) ? q.period() : "year";
		LocalDate start = DossierStatistics.periodStart(q.day() != null ? q.day() : this.statistics.today(), kind);
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
	private List<UnitView> unitsInScope(Actor actor, LocalDate on) {
		UnitScope scope = this.organization.scopeOf(actor);
		return this.organization.unitsOn(on, null).stream().filter(u -> scope.contains(u.id())).toList();
	}

}
