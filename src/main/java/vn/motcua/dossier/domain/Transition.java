package vn.motcua.dossier.domain;

import java.time.Instant;
import java.util.UUID;
import java.util.function.Predicate;

import org.jspecify.annotations.Nullable;
import vn.motcua.dossier.DossierAction;
import vn.motcua.shared.Actor;
import vn.motcua.shared.DomainException;
import vn.motcua.shared.DomainException.Kind;

/**
 * An action an official takes on a stored dossier, with what it needs: first who may take it and
 * where ({@link ActionPolicy}), then whether the dossier's state allows it ({@link Dossier}).
 *
 * @param assignee the official's username, for {@code ASSIGN}.
 * @param newDueAt the new appointment, for {@code APOLOGISE}.
 * @param reason why a supplement is asked late or again, for {@code REQUEST_SUPPLEMENT}.
 */
public record Transition(DossierAction action, @Nullable String note, @Nullable String assignee,
		@Nullable Instant newDueAt, @Nullable String reason) {

	/**
	 * @param inScope whether a unit is in the actor's scope.
	 * @param eligible for {@code ASSIGN}: whether an official holds the current step's role in its unit.
	 * @throws DomainException {@code forbidden}, {@code illegal-transition} and what each
	 * transition refuses.
	 */
	public void applyTo(Dossier dossier, Actor actor, Predicate<UUID> inScope, Predicate<String> eligible,
			Schedule schedule, Instant now) {
		if (!ActionPolicy.allows(this.action, actor, dossier, inScope)) {
			throw new DomainException(Kind.FORBIDDEN, "forbidden");
		}
		switch (this.action) {
			case ASSIGN -> dossier.assign(this.assignee == null ? "" : this.assignee, eligible, this.note, actor, now);
			case SEND_BACK -> dossier.sendBack(this.note, actor, now);
			case COMPLETE_STEP -> dossier.completeStep(this.note, actor, now);
			case REQUEST_SUPPLEMENT -> dossier.requestSupplement(this.note, this.reason, actor, now, schedule);
			case SUPPLEMENT_RECEIVED -> dossier.supplementReceived(this.note, actor, now, schedule);
			case REQUEST_PAYMENT -> dossier.requestPayment(this.note, actor, now);
			case PAYMENT_RECEIVED -> dossier.paymentReceived(this.note, actor, now, schedule);
			case APOLOGISE -> dossier.apologise(this.newDueAt, this.note, actor, now);
			case REFUSE -> dossier.refuse(this.note, actor, now);
			case RESOLVE -> dossier.resolve(this.note, actor, now);
			case RETURN_RESULT -> dossier.returnResult(this.note, actor, now);
			case WITHDRAW -> dossier.withdraw(this.note, actor, now);
			case RECEIVE -> throw new DomainException(Kind.CONFLICT, "illegal-transition", this.action, dossier.status());
		}
	}

}
