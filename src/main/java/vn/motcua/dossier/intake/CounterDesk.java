package vn.motcua.dossier.intake;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import vn.motcua.calendar.CalendarManagement;
import vn.motcua.calendar.Channel;
import vn.motcua.calendar.WorkingHoursView;
import vn.motcua.catalogue.CatalogueManagement;
import vn.motcua.catalogue.ProcedureView;
import vn.motcua.identity.IdentityManagement;
import vn.motcua.organization.AgencyKind;
import vn.motcua.organization.AgencyView;
import vn.motcua.organization.OrganizationManagement;
import vn.motcua.organization.UnitScope;
import vn.motcua.shared.Actor;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the counter's intake page knows before the dossier is received: the desk's own agency, the
 * chosen procedure and its required documents, the appointment the calendar would give now, whether
 * the office is open, and an applicant met before by their ID number.
 */
@Component
@Transactional(readOnly = true)
class CounterDesk {

	private final CatalogueManagement catalogue;

	private final OrganizationManagement organization;

	private final CalendarManagement calendar;

	private final IdentityManagement identity;

	private final Clock clock;

	private final JdbcClient jdbc;

	CounterDesk(CatalogueManagement catalogue, OrganizationManagement organization, CalendarManagement calendar,
			IdentityManagement identity, Clock clock, JdbcClient jdbc) {
		this.catalogue = catalogue;
		this.organization = organization;
		this.calendar = calendar;
		this.identity = identity;
		this.clock = clock;
		this.jdbc = jdbc;
	}

	/** An applicant as the desk met them last time (by ID number). */
	record KnownApplicant(String fullName, @Nullable String phone, @Nullable String email, @Nullable String address) {
	}

	List<ProcedureView> procedures() {
		return this.catalogue.search(null, today());
	}

	/** @return the agencies in force today inside the official's scope. */
	List<AgencyView> agencies(Actor actor) {
		UnitScope scope = this.organization.scopeOf(actor);
		return this.organization.agenciesOn(today(), null).stream().filter(a -> scope.contains(a.unitId())).toList();
	}

	/** @return the agencies in force a desk may receive for, regardless of boundary (Decree 118/2025 Art. 7, 14). */
	List<AgencyView> competentAgencies() {
		return this.organization.agenciesOn(today(), null)
			.stream()
			.filter(a -> a.kind() != AgencyKind.ONE_STOP_DESK)
			.toList();
	}

	/** @return the desk's own agency (the official's), if it is one they may receive for. */
	Optional<String> ownAgency(Actor actor, List<AgencyView> agencies) {
		String own = this.identity.official(actor.username(), actor).agencyCode();
		if (own != null && agencies.stream().anyMatch(a -> a.code().equals(own))) {
			return Optional.of(own);
		}
		return agencies.size() == 1 ? Optional.of(agencies.get(0).code()) : Optional.empty();
	}

	Optional<ProcedureView> procedure(@Nullable String code) {
		return code == null || code.isBlank() ? Optional.empty() : this.catalogue.procedureOn(code.strip(), today());
	}

	/** @return the appointment the calendar gives a dossier of {@code procedure} received now at {@code agencyCode}. */
	Optional<OffsetDateTime> appointment(ProcedureView procedure, @Nullable String agencyCode, Channel channel) {
		Optional<AgencyView> agency = agencyCode == null ? Optional.empty() : this.organization.agencyOn(agencyCode, today());
		return agency.map(a -> this.calendar.deadline(this.clock.instant(), procedure.timeLimit(), procedure.timeUnit(),
				channel, procedure.receiptRules(), a.unitId(), List.of()).dueAt());
	}

	/** @return whether now is outside the office hours of the official's unit (or not a working day). */
	boolean outsideOfficeHours(Actor actor) {
		Instant now = this.clock.instant();
		LocalDate day = LocalDate.ofInstant(now, this.clock.getZone());
		if (!this.calendar.isWorkingDay(day, actor.unitId())) {
			return true;
		}
		WorkingHoursView hours = this.calendar.workingHours(actor.unitId());
		LocalTime time = LocalTime.ofInstant(now, this.clock.getZone());
		boolean morning = !time.isBefore(hours.morningStart()) && time.isBefore(hours.morningEnd());
		boolean afternoon = !time.isBefore(hours.afternoonStart()) && time.isBefore(hours.afternoonEnd());
		return !morning && !afternoon;
	}

	/** @return the applicant of the latest dossier in the official's scope with this ID number. */
	Optional<KnownApplicant> applicant(String idNumber, Actor actor) {
		UnitScope scope = this.organization.scopeOf(actor);
		return this.jdbc.sql("select applicant_name, applicant_phone, applicant_email, applicant_address from dossier d"
				+ " where applicant_id_number = :id and " + scope.sqlCondition("d.unit_id")
				+ " order by received_at desc limit 1")
			.param("id", idNumber.strip())
			.param("scope", scope.sqlUnits())
			.query((rs, n) -> new KnownApplicant(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)))
			.optional();
	}

	private LocalDate today() {
		return LocalDate.now(this.clock);
	}

}
