package vn.motcua.dossier;

import java.time.OffsetDateTime;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * An action on a dossier.
 *
 * @param assignee the official's username, for {@code ASSIGN}.
 * @param newDueAt the new appointment, for {@code APOLOGISE}.
 * @param version the version the official saw; a stale one is refused (409).
 */
public record TransitionRequest(@NotNull(message = "{validation.required}") DossierAction action,
		@Size(max = 2000, message = "{validation.too-long}") @Nullable String note, @Nullable String assignee,
		@Nullable OffsetDateTime newDueAt, @Nullable Long version) {
}
