package vn.motcua.catalogue.process;

import java.util.List;
import java.util.UUID;

import vn.motcua.catalogue.CatalogueChanged;
import vn.motcua.catalogue.ProcedureView.ProcessStep;
import vn.motcua.catalogue.domain.ProcessPolicy;
import vn.motcua.catalogue.procedures.ProcessSteps;
import vn.motcua.organization.AgencyView;
import vn.motcua.organization.OrganizationManagement;
import vn.motcua.shared.Actor;
import vn.motcua.shared.DomainException;
import vn.motcua.shared.DomainException.Kind;
import vn.motcua.shared.Role;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The internal process each agency follows for a procedure version: its own where it defined
 * one, else the version's default.
 */
@Service
@Transactional(readOnly = true)
public class ProcessTemplates {

	private final ProcessSteps steps;

	private final OrganizationManagement organization;

	private final ApplicationEventPublisher events;

	ProcessTemplates(ProcessSteps steps, OrganizationManagement organization, ApplicationEventPublisher events) {
		this.events = events;
		this.steps = steps;
		this.organization = organization;
	}

	/**
	 * @return the internal process {@code agencyId} follows for the procedure version: its own when
	 * it has one, else the procedure's default; never {@literal null}.
	 */
	public List<ProcessStep> processFor(UUID procedureId, UUID agencyId) {
		List<ProcessStep> own = this.steps.of(procedureId, agencyId);
		return own.isEmpty() ? this.steps.of(procedureId, null) : own;
	}

	/** @return the process the agency with that identifier follows for the procedure version. */
	public List<ProcessStep> processFor(UUID procedureId, String agencyCode) {
		return processFor(procedureId, agency(agencyCode).id());
	}

	/**
	 * Gives an agency of the administrator's scope its own internal process for a procedure version
	 * (an empty list returns it to the default).
	 * @return the process the agency now follows.
	 * @throws DomainException {@code process-invalid} (see {@link ProcessPolicy}); {@code forbidden}
	 * for a non-administrator, {@code out-of-scope}, {@code agency-not-found}.
	 */
	@Transactional
	public List<ProcessStep> defineProcess(UUID procedureId, String agencyCode, List<ProcessStep> steps, Actor actor) {
		if (!actor.hasRole(Role.ADMIN)) {
			throw new DomainException(Kind.FORBIDDEN, "forbidden");
		}
		AgencyView agency = agency(agencyCode);
		if (!this.organization.scopeOf(actor).contains(agency.unitId())) {
			throw new DomainException(Kind.FORBIDDEN, "out-of-scope");
		}
		ProcessPolicy.check(steps, code -> this.organization.latestAgencyWithCode(code).isPresent());
		this.steps.replace(procedureId, agency.id(), steps);
		CatalogueChanged.publish(this.events);
		return processFor(procedureId, agency.id());
	}

	private AgencyView agency(String code) {
		return this.organization.latestAgencyWithCode(code.strip())
			.orElseThrow(() -> new DomainException(Kind.NOT_FOUND, "agency-not-found", code));
	}

}
