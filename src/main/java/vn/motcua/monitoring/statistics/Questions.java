package vn.motcua.monitoring.statistics;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.motcua.organization.OrganizationManagement;
import vn.motcua.organization.UnitView;
import vn.motcua.shared.Actor;
import vn.motcua.shared.DomainException;
import vn.motcua.shared.DomainException.Kind;
import vn.motcua.shared.Vietnam;

/**
 * Chooses the question of a statistics page or call: the unit by its code (as it stood in the
 * period), its sub-units, the period, checked against the official's scope.
 */
@Service
@Transactional(readOnly = true)
public class Questions {

	/** The longest period one question may span. */
	public static final int MAX_YEARS = 5;

	private final OrganizationManagement organization;

	private final Clock clock;

	Questions(OrganizationManagement organization, Clock clock) {
		this.organization = organization;
		this.clock = clock;
	}

	/**
	 * @throws DomainException {@code unit-not-found}, {@code forbidden} outside the official's scope,
	 * {@code period-invalid} when {@code from} is after {@code to}, {@code period-too-long}.
	 */
	public Selection select(Actor actor, String unitCode, LocalDate from, LocalDate to, boolean includeSubUnits) {
		checkPeriod(from, to);
		UnitView unit = this.organization.unitOn(unitCode, to)
			.or(() -> this.organization.unitOn(unitCode, from))
			.orElseThrow(() -> new DomainException(Kind.NOT_FOUND, "unit-not-found", unitCode));
		if (!this.organization.scopeOf(actor).contains(unit.id())) {
			throw new DomainException(Kind.FORBIDDEN, "forbidden");
		}
		Set<UUID> ids = includeSubUnits ? this.organization.unitAndBelow(unit.id()) : Set.of(unit.id());
		return new Selection(unit, ids, includeSubUnits, from, to);
	}

	/** @throws DomainException {@code period-invalid}, {@code period-too-long}. */
	static void checkPeriod(LocalDate from, LocalDate to) {
		if (from.isAfter(to)) {
			throw new DomainException(Kind.INVALID, "period-invalid", from, to);
		}
		if (from.plusYears(MAX_YEARS).isBefore(to)) {
			throw new DomainException(Kind.INVALID, "period-too-long", MAX_YEARS);
		}
	}

	/**
	 * The API's question: without dates, this year up to today; without {@code from}, the year of
	 * {@code to} up to it.
	 */
	public Selection selectOrThisYear(Actor actor, String unitCode, @Nullable LocalDate from, @Nullable LocalDate to,
			boolean includeSubUnits) {
		LocalDate end = to != null ? to : today();
		LocalDate start = from != null ? from : end.withDayOfYear(1);
		return select(actor, unitCode, start, end, includeSubUnits);
	}

	/**
	 * The public board's question: unit figures are public (Decree 61/2018 asks them published),
	 * so no scope applies; only aggregates and dossier codes leave this way.
	 * @throws DomainException {@code unit-not-found}, {@code period-invalid}, {@code period-too-long}.
	 */
	public Selection selectPublic(String unitCode, LocalDate from, LocalDate to) {
		return select(Actor.system(), unitCode, from, to, true);
	}

	/** @return the code of the top unit in force today (the province), or blank when there is none. */
	public String topUnitCode() {
		return this.organization.topUnitOn(today()).map(UnitView::code).orElse("");
	}

	/** @return today in Vietnam by the injected clock. */
	public LocalDate today() {
		return LocalDate.ofInstant(this.clock.instant(), Vietnam.ZONE);
	}

}
