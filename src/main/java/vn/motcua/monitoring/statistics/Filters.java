package vn.motcua.monitoring.statistics;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import vn.motcua.organization.OrganizationManagement;
import vn.motcua.organization.UnitScope;
import vn.motcua.organization.UnitView;
import vn.motcua.shared.Actor;
import vn.motcua.shared.DomainException;
import vn.motcua.shared.MessageArguments;

/** The unit and period chooser of the monitoring pages: what was asked, with defaults, checked. */
@Component
public class Filters {

	private final Questions questions;

	private final OrganizationManagement organization;

	private final MessageSource messages;

	Filters(Questions questions, OrganizationManagement organization, MessageSource messages) {
		this.questions = questions;
		this.organization = organization;
		this.messages = messages;
	}

	/**
	 * Puts the filter and the units to choose from in the model.
	 * @return the question's units and period, or empty with the Vietnamese message in the model
	 * ({@code error}) when the unit is unknown, outside the official's scope or the period wrong.
	 */
	public Optional<Selection> select(Actor actor, Question question, Model model) {
		Filter filter = Filter.of(question, () -> homeUnit(actor), around(actor, question));
		model.addAttribute("filter", filter);
		model.addAttribute("units", unitsInScope(actor, filter.from(), filter.to()));
		try {
			return Optional.of(this.questions.select(actor, filter.unit(), filter.from(), filter.to(), true));
		}
		catch (DomainException ex) {
			model.addAttribute("error", MessageArguments.text(this.messages, ex));
			return Optional.empty();
		}
	}

	/**
	 * @return the day the default period is around: today, or for an official of a unit that has
	 * ended (the district, on 30/06/2025) asking about their own unit, its last day, so the
	 * default figures are its own and never «unit not found».
	 */
	private LocalDate around(Actor actor, Question question) {
		LocalDate today = this.questions.today();
		if ((question.unit() != null && !question.unit().isBlank()) || actor.unitId() == null) {
			return today;
		}
		LocalDate lastDay = this.organization.unit(actor.unitId()).map(UnitView::validTo).orElse(null);
		return lastDay != null && lastDay.isBefore(today) ? lastDay : today;
	}

	private String homeUnit(Actor actor) {
		if (actor.unitId() == null) { // system-wide: the province
			return this.questions.topUnitCode();
		}
		return this.organization.unit(actor.unitId()).map(UnitView::code).orElse("");
	}

	/** @return the units in force at the end (or else the start) of the period that the official may look at. */
	private List<UnitView> unitsInScope(Actor actor, LocalDate from, LocalDate to) {
		UnitScope scope = this.organization.scopeOf(actor);
		List<UnitView> atEnd = this.organization.unitsOn(to, null);
		return java.util.stream.Stream.concat(atEnd.stream(), this.organization.unitsOn(from, null)
			.stream()
			.filter(u -> atEnd.stream().noneMatch(e -> e.id().equals(u.id()))))
			.filter(u -> scope.contains(u.id()))
			.toList();
	}

}
