package vn.motcua.dossier.intake;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import vn.motcua.calendar.CalendarManagement;
import vn.motcua.calendar.Deadline;
import vn.motcua.catalogue.CatalogueManagement;
import vn.motcua.catalogue.ProcedureView;
import vn.motcua.dossier.domain.Applicant;
import vn.motcua.dossier.domain.Desk;
import vn.motcua.dossier.domain.DossierStep;
import vn.motcua.dossier.domain.Intake;
import vn.motcua.dossier.domain.Schedule;
import vn.motcua.dossier.processing.CalendarSchedule;
import vn.motcua.organization.AgencyView;
import vn.motcua.organization.OrganizationManagement;
import vn.motcua.shared.Actor;
import vn.motcua.shared.DomainException;
import vn.motcua.shared.DomainException.Kind;

import org.springframework.stereotype.Component;

/**
 * What a dossier is received under: the desk's agency in force today (in the official's scope) and
 * the competent agency — the same, or another commune's or a provincial department's when the desk
 * receives regardless of administrative boundary (Decree 118/2025/NĐ-CP Art. 7, 14) — the
 * procedure version in force, the due moment on the competent unit's working calendar and the
 * steps of its internal process, inter-agency ones with their acting unit.
 */
@Component
class IntakeTerms {

	private final CatalogueManagement catalogue;

	private final OrganizationManagement organization;

	private final CalendarManagement calendar;

	IntakeTerms(CatalogueManagement catalogue, OrganizationManagement organization, CalendarManagement calendar) {
		this.catalogue = catalogue;
		this.organization = organization;
		this.calendar = calendar;
	}

	/**
	 * The terms of one intake; {@code dueAt()} is asked only of a dossier received.
	 * @param components the procedure's required documents: the components of its digitisation checklist.
	 */
	record Terms(Intake intake, Deadline deadline, List<DossierStep> steps, Schedule schedule, int components) {

		Instant dueAt() {
			return this.deadline.dueAt().toInstant();
		}

	}

	/**
	 * @param secret the second factor of the public lookup, printed on the receipt.
	 * @throws DomainException {@code agency-not-found}, {@code out-of-scope}, {@code procedure-not-found}.
	 */
	Terms of(IntakeRequest request, Actor actor, Instant now, LocalDate today, String secret) {
		AgencyView desk = agency(request.agencyCode(), today);
		if (!this.organization.scopeOf(actor).contains(desk.unitId())) {
			throw new DomainException(Kind.FORBIDDEN, "out-of-scope");
		}
		String competentCode = request.competentAgencyCode();
		AgencyView agency = competentCode == null || competentCode.strip().equals(desk.code()) ? desk
				: agency(competentCode, today);
		ProcedureView procedure = this.catalogue.procedureOn(request.procedureCode().strip(), today)
			.orElseThrow(() -> new DomainException(Kind.NOT_FOUND, "procedure-not-found", request.procedureCode()))
			.requireReceivable();
		Deadline deadline = this.calendar.deadline(now, procedure.timeLimit(), procedure.timeUnit(), request.channel(),
				procedure.receiptRules(), agency.unitId(), List.of());
		Desk receiving = agency == desk ? null : PaperTransfer.desk(desk, now, this.calendar);
		Intake intake = intake(request, procedure, agency, deadline, now, actor.username(), secret, receiving);
		return new Terms(intake, deadline, steps(procedure, agency), new CalendarSchedule(this.calendar, intake),
				procedure.documents().size());
	}

	private AgencyView agency(String code, LocalDate today) {
		return this.organization.agencyOn(code.strip(), today)
			.orElseThrow(() -> new DomainException(Kind.NOT_FOUND, "agency-not-found", code));
	}

	private static Intake intake(IntakeRequest request, ProcedureView procedure, AgencyView agency, Deadline deadline,
			Instant now, String receivedBy, String secret, @Nullable Desk desk) {
		var a = request.applicant();
		return new Intake(procedure.id(), procedure.code(), procedure.name(), agency.id(), agency.code(), agency.unitId(),
				request.channel(), new Applicant(a.fullName().strip(), a.idNumber(), a.phone(), a.email(), a.address()), now,
				deadline.countFrom().toInstant(), procedure.timeLimit(), procedure.timeUnit(), procedure.receiptRules(),
				deadline.ruleVersion(),
				deadline.clockStopMode(), receivedBy, secret, desk);
	}

	private List<DossierStep> steps(ProcedureView procedure, AgencyView agency) {
		return this.catalogue.processFor(procedure.id(), agency.id())
			.stream()
			.map(s -> DossierStep.planned(s.position(), s.name(), s.role(), s.shareHours(),
					actingUnit(s.actingAgencyCode())))
			.toList();
	}

	private @Nullable UUID actingUnit(@Nullable String agencyCode) {
		if (agencyCode == null) {
			return null;
		}
		return this.organization.latestAgencyWithCode(agencyCode)
			.orElseThrow(() -> new DomainException(Kind.NOT_FOUND, "agency-not-found", agencyCode))
			.unitId();
	}

}
