package vn.motcua.monitoring;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Something other modules hand over to be chased (đôn đốc) besides dossiers — feedback and
 * petitions past their deadline, later plans' tasks: a bean implementing this gets its overdue
 * items into a daily reminder to the heads of each item's unit, with the dossiers'. The reminder's
 * texts are the message keys {@code reminder.<kind>.subject}, {@code .body} and {@code .line}.
 */
public interface OverdueItems {

	/** An overdue item: its register reference, a title and the deadline it missed. */
	record Item(UUID unitId, String reference, String title, Instant dueAt) {
	}

	/** @return a short upper-case name, unique among the sources ({@code FEEDBACK}). */
	String kind();

	/** @return what is past its deadline at {@code now}, oldest first. */
	List<Item> overdue(Instant now);

}
