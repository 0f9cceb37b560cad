package vn.motcua.dossier.intake;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import vn.motcua.dossier.ResultDelivery;

import vn.motcua.dossier.domain.ActionPolicy;
import vn.motcua.dossier.domain.Dossier;
import vn.motcua.dossier.domain.HandedDocument;
import vn.motcua.dossier.domain.Intake;
import vn.motcua.dossier.intake.IntakeRequest.Outcome;
import vn.motcua.dossier.processing.DossierRepository;
import vn.motcua.dossier.processing.DossierView;
import vn.motcua.dossier.processing.DossierViews;
import vn.motcua.shared.Actor;
import vn.motcua.shared.DomainException;
import vn.motcua.shared.DomainException.Kind;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The desk receives a dossier (tiếp nhận), at the counter or from an online submission: complete,
 * it gets its code, its due moment and its steps; incomplete or refused, it is recorded and closed.
 * One transaction, committed before the answer.
 */
@Service
@Transactional
public class ReceiveDossier {

	private static final SecureRandom RANDOM = new SecureRandom();

	private static final String SECRET_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";

	private final IntakeTerms terms;

	private final DossierCodes codes;

	private final DossierRepository dossiers;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final DossierViews views;

	ReceiveDossier(IntakeTerms terms, DossierCodes codes, DossierRepository dossiers, ApplicationEventPublisher events,
			Clock clock) {
		this.terms = terms;
		this.codes = codes;
		this.dossiers = dossiers;
		this.events = events;
		this.clock = clock;
		this.views = new DossierViews(clock.getZone());
	}

	/**
	 * Receives a dossier at the request's agency: the procedure version in force today, a new
	 * code, the due moment from the unit's calendar and the internal process's steps. Publishes
	 * {@code DossierReceived} for a dossier received.
	 * @throws DomainException {@code procedure-not-found}, {@code agency-not-found},
	 * {@code out-of-scope}, {@code forbidden}, {@code note-required}.
	 */
	public DossierView receive(IntakeRequest request, Actor actor) {
		if (!ActionPolicy.mayReceive(actor)) {
			throw new DomainException(Kind.FORBIDDEN, "forbidden");
		}
		Instant now = this.clock.instant();
		LocalDate today = LocalDate.ofInstant(now, this.clock.getZone());
		IntakeTerms.Terms terms = this.terms.of(request, actor, now, today, lookupSecret());
		Intake intake = terms.intake();
		Outcome outcome = request.outcome() == null ? Outcome.RECEIVE : request.outcome();
		// the code is the receiving desk's: its receipt, its day's sequence
		UUID deskId = intake.desk() == null ? intake.agencyId() : intake.desk().agencyId();
		String deskCode = intake.desk() == null ? intake.agencyCode() : intake.desk().agencyCode();
		Dossier dossier = outcome == Outcome.RECEIVE
				? Dossier.receive(this.codes.next(deskId, deskCode, today), intake, terms.dueAt(), terms.steps(),
						terms.schedule(), actor)
				: Dossier.turnAway(this.codes.nextTurnedAway(deskId, deskCode, today), intake, outcome == Outcome.REFUSE,
						request.reason(), actor);
		List<Object> recorded = dossier.releaseEvents();
		this.dossiers.insert(dossier);
		this.dossiers.recordCounter(dossier.id(),
				(request.resultDelivery() == null ? ResultDelivery.DESK : request.resultDelivery()).name(), request.sets(),
				request.receiptAsked(), terms.components(),
				outcome == Outcome.RECEIVE && request.handedIn() != null ? HandedDocument.kept(request.handedIn()) : List.of());
		recorded.forEach(this.events::publishEvent);
		return this.views.view(dossier, now);
	}

	/** Receives a dossier as {@link #receive} does, for a citizen's account (it is among their dossiers). */
	public DossierView receiveFor(UUID citizenId, IntakeRequest request, Actor actor) {
		DossierView dossier = receive(request, actor);
		this.dossiers.linkToCitizen(dossier.id(), citizenId);
		return dossier;
	}

	/** The secret printed on the receipt: the second factor of the public lookup. */
	private static String lookupSecret() {
		StringBuilder secret = new StringBuilder();
		for (int i = 0; i < 8; i++) {
			secret.append(SECRET_ALPHABET.charAt(RANDOM.nextInt(SECRET_ALPHABET.length())));
		}
		return secret.toString();
	}

}
