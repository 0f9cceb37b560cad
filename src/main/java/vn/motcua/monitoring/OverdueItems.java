package vn.motcua.monitoring;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * Something other modules hand over to be chased (đôn đốc) besides dossiers — feedback and
 * petitions, PAR self-assessments, tasks: a bean implementing this gets its items into daily
 * reminders with the dossiers'. Items past their deadline go to the heads of each item's unit and
 * to the official named on the item; items due soon go to the official named, or to the heads when
 * none is. The texts are the message keys {@code reminder.<kind>.subject}, {@code .body} and
 * {@code .line}, and {@code reminder.<kind>Soon.*} for those due soon.
 */
public interface OverdueItems {

	/**
	 * An item to chase: its unit, the official who holds it (if one does), its register reference,
	 * a title and its deadline.
	 */
	record Item(UUID unitId, @Nullable String official, String reference, String title, Instant dueAt) {

		/** An item held by its unit, no official named. */
		public Item(UUID unitId, String reference, String title, Instant dueAt) {
			this(unitId, null, reference, title, dueAt);
		}

	}

	/** @return a short upper-case name, unique among the sources ({@code FEEDBACK}). */
	String kind();

	/** @return what is past its deadline at {@code now}, oldest first. */
	List<Item> overdue(Instant now);

	/**
	 * @return what is not yet due at {@code now} but will be within the notice the source gives
	 * (its own number of working days), the soonest first; none by default.
	 */
	default List<Item> dueSoon(Instant now) {
		return List.of();
	}

}
