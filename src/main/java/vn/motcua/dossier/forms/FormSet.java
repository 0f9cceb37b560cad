package vn.motcua.dossier.forms;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import vn.motcua.calendar.RuleVersion;
import vn.motcua.dossier.DossierAction;
import vn.motcua.dossier.DossierStatus;
import vn.motcua.dossier.processing.DossierView;
import vn.motcua.dossier.processing.DossierView.TimelineView;
import vn.motcua.shared.Vietnam;

/**
 * The legal forms of one dossier, by the rules of its receipt date: before 01/07/2025 those of
 * Circular 01/2018/TT-VPCP (appendix: 01 receipt, 02 supplement, 03 refusal, 04 apology, 05 control
 * sheet; the log book 06 is the unit's); from then those of Circular 03/2025/TT-VPCP (Appendix I: 01
 * receipt, 02 supplement, 03 refusal, 04 apology with the proposal to extend, 05 notice of stopping
 * the handling, 06 control sheet; the log book 07 is the unit's).
 */
public enum FormSet {

	CIRCULAR_01_2018("Thông tư số 01/2018/TT-VPCP", List.of(Form.RECEIPT, Form.SUPPLEMENT, Form.REFUSAL, Form.APOLOGY,
			Form.CONTROL_SHEET)),
	CIRCULAR_03_2025("Thông tư số 03/2025/TT-VPCP", List.of(Form.RECEIPT, Form.SUPPLEMENT, Form.REFUSAL, Form.APOLOGY,
			Form.STOP_NOTICE, Form.CONTROL_SHEET));

	/** What a form is for. */
	public enum Form {
		RECEIPT, SUPPLEMENT, REFUSAL, APOLOGY, STOP_NOTICE, CONTROL_SHEET
	}

	private final String circular;

	private final List<Form> numbered;

	FormSet(String circular, List<Form> numbered) {
		this.circular = circular;
		this.numbered = numbered;
	}

	/** @return the forms of a dossier received under {@code version}. */
	public static FormSet of(RuleVersion version) {
		return version == RuleVersion.DECREE_118_2025 ? CIRCULAR_03_2025 : CIRCULAR_01_2018;
	}

	/** @param number {@code 01}, {@code 02}, …, as the circular numbers its forms. */
	public Optional<Form> form(String number) {
		for (int i = 0; i < this.numbered.size(); i++) {
			if ("%02d".formatted(i + 1).equals(number)) {
				return Optional.of(this.numbered.get(i));
			}
		}
		return Optional.empty();
	}

	/**
	 * @param hasReceipt false for a procedure resolved on the spot whose applicant did not ask for one.
	 * @return the forms that apply to the dossier now, in their order: the receipt once received (if
	 * it has one), each notice once its action was taken, the control sheet always.
	 */
	public List<Link> applicable(DossierView d, boolean hasReceipt) {
		Set<DossierAction> done = d.timeline().stream().map(TimelineView::action).collect(Collectors.toSet());
		return this.numbered.stream()
			.filter(form -> switch (form) {
				case RECEIPT -> hasReceipt && d.status() != DossierStatus.NOT_RECEIVED;
				case SUPPLEMENT -> done.contains(DossierAction.REQUEST_SUPPLEMENT);
				case REFUSAL -> done.contains(DossierAction.REFUSE);
				case APOLOGY -> done.contains(DossierAction.APOLOGISE);
				case STOP_NOTICE -> done.contains(DossierAction.WITHDRAW);
				case CONTROL_SHEET -> true;
			})
			.map(form -> new Link("%02d".formatted(this.numbered.indexOf(form) + 1), form))
			.toList();
	}

	/** A form of the dossier, by its number in the set. */
	public record Link(String number, Form form) {
	}

	/**
	 * @return the log book's form for a period: 06 of Circular 01/2018 before 01/07/2025, 07 of
	 * Circular 03/2025 from then, both for a period across that day.
	 */
	public static String logBookLabel(LocalDate from, LocalDate to) {
		LocalDate change = RuleVersion.DECREE_118_2025.inForceFrom();
		String before = "Mẫu số 06 — " + CIRCULAR_01_2018.circular;
		String since = "Mẫu số 07 — " + CIRCULAR_03_2025.circular;
		if (to.isBefore(change)) {
			return before;
		}
		return from.isBefore(change) ? before + " (đến " + Vietnam.DAY.format(change.minusDays(1)) + "); " + since
				+ " (từ " + Vietnam.DAY.format(change) + ")" : since;
	}

	/** @return {@code Mẫu số 05 — Thông tư số 03/2025/TT-VPCP}, printed at the top of the form. */
	public String label(Form form) {
		return "Mẫu số %02d — %s".formatted(this.numbered.indexOf(form) + 1, this.circular);
	}

}
