package vn.motcua.dossier.processing;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

import vn.motcua.calendar.CalendarManagement;
import vn.motcua.dossier.domain.Dossier;
import vn.motcua.dossier.DossierAction;
import vn.motcua.identity.IdentityManagement;
import vn.motcua.organization.UnitScope;
import vn.motcua.shared.Actor;
import vn.motcua.shared.DomainException;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An official acts on a dossier (the one-stop transition path): the dossier as this node stored it
 * last, or as read from the database, takes the action; one batched write stores it; what it
 * recorded ({@code DossierStatusChanged}) is published in the same transaction.
 */
@Service
@Transactional
public class ActOnDossier {

	private final DossierRepository dossiers;

	private final IdentityManagement identity;

	private final CalendarManagement calendar;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final DossierViews views;

	ActOnDossier(DossierRepository dossiers, IdentityManagement identity, CalendarManagement calendar,
			ApplicationEventPublisher events, Clock clock) {
		this.dossiers = dossiers;
		this.identity = identity;
		this.calendar = calendar;
		this.events = events;
		this.clock = clock;
		this.views = new DossierViews(clock.getZone());
	}

	/**
	 * Takes an action on a dossier. Publishes {@code DossierStatusChanged}.
	 * @throws DomainException {@code dossier-not-found} (also outside the scope), {@code forbidden},
	 * {@code illegal-transition}, {@code assignee-not-eligible}; {@link OptimisticLockingFailureException} when someone acted first.
	 */
	public DossierView act(String code, TransitionRequest request, Actor actor) {
		UnitScope scope = this.identity.scopeOf(actor);
		Optional<Dossier> remembered = this.dossiers.remembered(code)
			.filter(d -> d.visibleTo(scope::contains))
			.filter(d -> request.version() == null || request.version() == d.version());
		try {
			return act(remembered.orElseGet(() -> this.dossiers.loadInScope(code, scope)), request, actor, scope);
		}
		catch (OptimisticLockingFailureException ex) {
			this.dossiers.forget(code);
			if (remembered.isEmpty()) {
				throw ex;
			}
			// the remembered copy was stale: once more, from the database
			return act(this.dossiers.loadInScope(code, scope), request, actor, scope);
		}
	}

	private DossierView act(Dossier dossier, TransitionRequest request, Actor actor, UnitScope scope) {
		if (request.version() != null && request.version() != dossier.version()) {
			throw new OptimisticLockingFailureException("dossier " + dossier.code() + " is at version " + dossier.version());
		}
		Instant now = this.clock.instant();
		Predicate<String> eligible = request.action() == DossierAction.ASSIGN
				? Assignees.eligible(dossier, this.identity) : username -> false;
		request.transition()
			.applyTo(dossier, actor, scope::contains, eligible, new CalendarSchedule(this.calendar, dossier.intake()), now);
		List<Object> recorded = dossier.releaseEvents();
		this.dossiers.update(dossier);
		recorded.forEach(this.events::publishEvent);
		return this.views.view(dossier, now);
	}

}
