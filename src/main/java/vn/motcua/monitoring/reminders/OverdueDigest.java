package vn.motcua.monitoring.reminders;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Collectors;

import vn.motcua.monitoring.OverdueItems;
import vn.motcua.shared.Vietnam;

/**
 * The daily list of overdue items (or of items due soon) to a head of unit or to the official
 * holding them: the first {@link #LISTED} of them and how many more. Its texts are the message keys
 * {@code reminder.<wording>.subject}, {@code .body} and {@code .line}; its key is the prefix, the
 * recipient and the day.
 */
record OverdueDigest(ReminderKind kind, String keyPrefix, String wording) {

	/** The most items listed in one digest. */
	static final int LISTED = 20;

	/** The dossiers past their due moment. */
	static final OverdueDigest DOSSIERS = new OverdueDigest(ReminderKind.OVERDUE, "OVERDUE", "overdue");

	/** @return the digest of another module's overdue items. */
	static OverdueDigest of(OverdueItems source) {
		return new OverdueDigest(ReminderKind.OVERDUE_ITEMS, "OVERDUE_" + source.kind(),
				source.kind().toLowerCase(Locale.ROOT));
	}

	/** @return the digest of another module's items due soon. */
	static OverdueDigest soon(OverdueItems source) {
		return new OverdueDigest(ReminderKind.DUE_SOON_ITEMS, "SOON_" + source.kind(),
				source.kind().toLowerCase(Locale.ROOT) + "Soon");
	}

	/** @return whether the heads of an item's unit get it even when it names an official. */
	boolean toHeadsAlways() {
		return this.kind != ReminderKind.DUE_SOON_ITEMS;
	}

	/** @param overdue the items of the head's unit, oldest first, at least one. */
	Reminder to(String head, UUID unitId, String unitName, List<OverdueItems.Item> overdue, LocalDate today,
			Texts texts) {
		String list = overdue.stream()
			.limit(LISTED)
			.map(o -> texts.text("reminder." + this.wording + ".line", o.reference(), o.title(),
					Vietnam.TIME_AND_DAY.format(o.dueAt().atZone(Vietnam.ZONE))))
			.collect(Collectors.joining("\n"));
		String more = overdue.size() > LISTED ? texts.text("reminder.more", overdue.size() - LISTED) : "";
		return new Reminder(this.kind, this.keyPrefix + ":" + head + ":" + today, head, unitId, null, texts.text("reminder." + this.wording + ".subject", unitName, overdue.size()),
				texts.text("reminder." + this.wording + ".body", unitName, overdue.size(), list, more));
	}

}
