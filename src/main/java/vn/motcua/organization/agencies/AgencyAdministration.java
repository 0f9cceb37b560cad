package vn.motcua.organization.agencies;

import java.util.UUID;

import vn.motcua.organization.AgencyView;
import vn.motcua.organization.OrganizationChanged;
import vn.motcua.organization.domain.Agency;
import vn.motcua.organization.domain.Agency.AgencyDetails;
import vn.motcua.organization.units.AdministratorScopes;
import vn.motcua.shared.Actor;
import vn.motcua.shared.DomainException;
import vn.motcua.shared.DomainException.Kind;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What an administrator changes in agencies: those of a unit inside the administrator's scope. */
@Service
@Transactional
public class AgencyAdministration {

	private final AgencyRepository agencies;

	private final AgencyQueries queries;

	private final AdministratorScopes scopes;

	private final ApplicationEventPublisher events;

	AgencyAdministration(AgencyRepository agencies, AgencyQueries queries, AdministratorScopes scopes,
			ApplicationEventPublisher events) {
		this.agencies = agencies;
		this.queries = queries;
		this.scopes = scopes;
		this.events = events;
	}

	/**
	 * @return the new agency, never {@literal null}.
	 * @throws DomainException {@code forbidden} outside the actor's scope, {@code agency-code-taken}
	 * when another agency holds the code in an overlapping period.
	 */
	public AgencyView createAgency(AgencyDetails details, Actor actor) {
		this.scopes.requireInScope(actor, details.unitId());
		Agency agency = Agency.create(details);
		return save(agency, () -> this.agencies.insert(agency));
	}

	/**
	 * @param version the version the administrator edited; a stale one is rejected.
	 * @throws OptimisticLockingFailureException for a stale version.
	 */
	public AgencyView updateAgency(UUID id, long version, AgencyDetails details, Actor actor) {
		Agency agency = this.agencies.find(id)
			.orElseThrow(() -> new DomainException(Kind.NOT_FOUND, "agency-not-found", id));
		this.scopes.requireInScope(actor, agency.unitId());
		this.scopes.requireInScope(actor, details.unitId());
		if (agency.version() != version) {
			throw new OptimisticLockingFailureException("edited version " + version + ", current " + agency.version());
		}
		agency.change(details);
		return save(agency, () -> this.agencies.update(agency));
	}

	/** @return the agency as stored now (its edit form needs the current version, not the one kept a minute). */
	@Transactional(readOnly = true)
	public AgencyView agency(UUID id) {
		return this.queries.agency(id).orElseThrow(() -> new DomainException(Kind.NOT_FOUND, "agency-not-found", id));
	}

	private AgencyView save(Agency agency, Runnable write) {
		try {
			write.run();
			OrganizationChanged.publish(this.events);
		}
		catch (DataIntegrityViolationException ex) {
			throw new DomainException(Kind.CONFLICT, "agency-code-taken");
		}
		return this.queries.agency(agency.id()).orElseThrow();
	}

}
