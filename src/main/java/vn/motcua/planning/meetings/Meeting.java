package vn.motcua.planning.meetings;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A meeting (its conclusions assign work) or a directive from above recorded the same way, with a
 * document number: its unit, day, chair, participants, content, and conclusions in order.
 */
public record Meeting(UUID id, String unitCode, String unitName, String kind, LocalDate heldOn, String title,
		@Nullable String chair, @Nullable String participants, @Nullable String content, @Nullable String reference,
		List<Conclusion> conclusions) {

	/** A conclusion, and how many tasks it assigned. */
	public record Conclusion(UUID id, int ordinal, String content, int tasks) {
	}

	/** What is typed to record a meeting or a directive: one conclusion per line or item. */
	public record Request(@Nullable String kind, @Nullable LocalDate heldOn, @Nullable String title,
			@Nullable String chair, @Nullable String participants, @Nullable String content, @Nullable String reference,
			@Nullable List<String> conclusions) {
	}

}
