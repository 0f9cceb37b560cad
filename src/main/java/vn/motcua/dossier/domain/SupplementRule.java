package vn.motcua.dossier.domain;

import java.time.Instant;

import org.jspecify.annotations.Nullable;
import vn.motcua.dossier.DossierAction;
import vn.motcua.shared.DomainException;
import vn.motcua.shared.DomainException.Kind;
import vn.motcua.shared.Texts;
import vn.motcua.shared.Vietnam;

/**
 * When a supplement may be asked after reception (Decree 61/2018/NĐ-CP Art. 19.4, the same since
 * 01/07/2025): within {@link #WINDOW} working days of the receipt, once. A later or second request
 * needs a reason of its own and is flagged in the record, so on the control sheet.
 */
public final class SupplementRule {

	/** Working days after the day of receipt in which a supplement may be asked without a reason of its own. */
	public static final int WINDOW = 3;

	private SupplementRule() {
	}

	/**
	 * @return the note to record for a supplement asked of {@code dossier} at {@code now}: the
	 * request's own, flagged with the reason when late or again.
	 * @throws DomainException {@code supplement-reason-required} (with the window's last day) for a
	 * later or second request without a reason.
	 */
	static @Nullable String recorded(@Nullable String note, @Nullable String reason, Dossier dossier, Schedule schedule,
			Instant now) {
		boolean again = dossier.timeline().stream().anyMatch(e -> e.action() == DossierAction.REQUEST_SUPPLEMENT);
		Instant windowEnd = schedule.closingAfterWorkingDays(dossier.intake().receivedAt(), WINDOW);
		boolean late = now.isAfter(windowEnd);
		if (!again && !late) {
			return note;
		}
		String why = Texts.blankToNull(reason);
		if (why == null) {
			throw new DomainException(Kind.CONFLICT, "supplement-reason-required",
					Vietnam.DAY.format(windowEnd.atZone(Vietnam.ZONE).toLocalDate()));
		}
		return "%s [%s; lý do: %s]".formatted(note,
				again ? "yêu cầu bổ sung lần thứ hai trở lên" : "quá " + WINDOW + " ngày làm việc kể từ khi tiếp nhận", why);
	}

}
