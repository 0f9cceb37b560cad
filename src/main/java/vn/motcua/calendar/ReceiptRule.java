package vn.motcua.calendar;

import java.time.Duration;
import java.time.LocalTime;

/**
 * A procedure's rule on receiving its dossiers (RULES.md §4): when one counts as received, or
 * whether it gets a receipt — a property of the procedure, named with its legal basis, never a
 * unit-wide switch. Without any, a dossier counts as
 * received the day it came (Civil Code 2015 Art. 147.1), counting from the next opening.
 */
public enum ReceiptRule {

	/**
	 * Received at or after 15:00 on a working day: counts as received on the next working day
	 * (civil status, certification of copies and signatures, transfers of paper sets).
	 */
	AFTER_15H_NEXT_DAY("Luật Hộ tịch 2014 Điều 5.3; Nghị định 23/2015/NĐ-CP Điều 7; Nghị định 61/2018/NĐ-CP Điều 18"),
	/**
	 * An online dossier submitted outside office hours (before opening, after closing, on a day
	 * off) counts as received at the next opening. The basis is the procedure's own published text.
	 */
	ONLINE_AFTER_HOURS_NEXT_OPENING("Quyết định công bố thủ tục hành chính (căn cứ pháp lý của thủ tục)"),
	/**
	 * An online dossier submitted in the last hour before closing, or later that day: counts as
	 * received on the next working day.
	 */
	ONLINE_LAST_HOUR_NEXT_DAY("Nghị định 297/2025/NĐ-CP"),
	/**
	 * A procedure resolved on the spot (giải quyết ngay): no receipt and appointment (form 01) unless
	 * the applicant asks for one. It does not move the receipt.
	 */
	NO_RECEIPT_UNLESS_ASKED("Nghị định 61/2018/NĐ-CP, hồ sơ giải quyết ngay; Thông tư 03/2025/TT-VPCP, Mẫu số 01");

	/** The cut-off of {@link #AFTER_15H_NEXT_DAY}. */
	public static final LocalTime CUT_OFF = LocalTime.of(15, 0);

	/** The stretch before closing of {@link #ONLINE_LAST_HOUR_NEXT_DAY}. */
	public static final Duration LAST_HOUR = Duration.ofHours(1);

	private final String legalBasis;

	ReceiptRule(String legalBasis) {
		this.legalBasis = legalBasis;
	}

	/** @return the documents and articles the rule comes from, in Vietnamese as they are cited. */
	public String legalBasis() {
		return this.legalBasis;
	}

}
