package vn.motcua.portal.feedback;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import vn.motcua.calendar.CalendarManagement;
import vn.motcua.calendar.Channel;
import vn.motcua.calendar.TimeLimitUnit;
import vn.motcua.organization.OrganizationManagement;
import vn.motcua.organization.UnitScope;
import vn.motcua.organization.UnitView;
import vn.motcua.portal.domain.Feedback;
import vn.motcua.shared.Actor;
import vn.motcua.shared.DomainException;
import vn.motcua.shared.DomainException.Kind;

import org.springframework.stereotype.Component;

/**
 * Where feedback goes: the unit concerned or chosen, the officials' scope, and deadlines counted
 * by the calendar of the unit concerned, at the clock's time.
 */
@Component
class FeedbackUnits {

	private final OrganizationManagement organization;

	private final CalendarManagement calendar;

	private final Clock clock;

	FeedbackUnits(OrganizationManagement organization, CalendarManagement calendar, Clock clock) {
		this.organization = organization;
		this.calendar = calendar;
		this.clock = clock;
	}

	Instant now() {
		return this.clock.instant();
	}

	ZoneId zone() {
		return this.clock.getZone();
	}

	/**
	 * @param code blank for the unit at the top of the deployment's hierarchy, which receives
	 * unrouted feedback.
	 * @throws DomainException {@code unit-not-found}.
	 */
	UnitView concerned(String code, LocalDate date) {
		if (code.isBlank()) {
			return this.organization.topUnitOn(date)
				.orElseThrow(() -> new DomainException(Kind.NOT_FOUND, "unit-not-found", ""));
		}
		return this.organization.unitOn(code.strip(), date)
			.orElseThrow(() -> new DomainException(Kind.NOT_FOUND, "unit-not-found", code));
	}

	/** @return the units in force today, the choices of the forms. */
	List<UnitView> unitsToday() {
		return this.organization.unitsOn(LocalDate.now(this.clock), null);
	}

	UnitScope scopeOf(Actor actor) {
		return this.organization.scopeOf(actor);
	}

	/** @return the unit's name, empty for an unknown one. */
	String name(UUID unitId) {
		return this.organization.unit(unitId).map(UnitView::name).orElse("");
	}

	/**
	 * Working days counted from the day after receipt (Civil Code). Counted as received at the
	 * counter whatever the channel: the last-hour rule of online dossiers is not in Decree 20/2008.
	 */
	Instant due(Instant from, int workingDays, UUID unitId) {
		return Objects.requireNonNull(this.calendar
			.deadline(from, workingDays, TimeLimitUnit.WORKING_DAYS, Channel.DIRECT, Set.of(), unitId, List.of())
			.dueAt()).toInstant();
	}

	/**
	 * @param unitCode the unit the official gives the feedback to (inside the scope), blank to keep it.
	 * @return the routing of a classification, failing with {@code unit-not-found}.
	 */
	Feedback.Routing routing(@Nullable String unitCode, Actor actor) {
		return new Feedback.Routing() {

			@Override
			public UUID competentUnit(UUID current) {
				return unitCode == null || unitCode.isBlank() ? current : inScope(unitCode, actor);
			}

			@Override
			public Instant answerDue(Instant receivedAt, UUID unitId, int workingDays) {
				return due(receivedAt, workingDays, unitId);
			}

		};
	}

	private UUID inScope(String unitCode, Actor actor) {
		return this.organization.unitOn(unitCode.strip(), LocalDate.now(this.clock))
			.filter(u -> scopeOf(actor).contains(u.id()))
			.orElseThrow(() -> new DomainException(Kind.NOT_FOUND, "unit-not-found", unitCode))
			.id();
	}

}
