package vn.motcua.dossier.processing;

import java.time.OffsetDateTime;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import vn.motcua.dossier.DossierAction;
import vn.motcua.dossier.domain.Transition;

/**
 * An action on a dossier.
 *
 * @param assignee the official's username, for {@code ASSIGN}.
 * @param newDueAt the new appointment, for {@code APOLOGISE}.
 * @param version the version the official saw; a stale one is refused (409).
 * @param reason why a supplement is asked later than 3 working days after receipt, or again.
 */
public record TransitionRequest(@NotNull(message = "{validation.required}") DossierAction action,
		@Size(max = 2000, message = "{validation.too-long}") @Nullable String note, @Nullable String assignee,
		@Nullable OffsetDateTime newDueAt, @Nullable Long version,
		@Size(max = 1000, message = "{validation.too-long}") @Nullable String reason) {

	/** @return the action for the aggregate. */
	Transition transition() {
		return new Transition(this.action, this.note, this.assignee, this.newDueAt == null ? null : this.newDueAt.toInstant(),
				this.reason);
	}

}
