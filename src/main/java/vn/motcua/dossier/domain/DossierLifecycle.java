package vn.motcua.dossier.domain;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import vn.motcua.dossier.DossierAction;
import vn.motcua.dossier.DossierStatus;
import vn.motcua.shared.DomainException;
import vn.motcua.shared.DomainException.Kind;

import static vn.motcua.dossier.DossierStatus.FINANCIAL_OBLIGATION;
import static vn.motcua.dossier.DossierStatus.IN_PROGRESS;
import static vn.motcua.dossier.DossierStatus.RECEIVED;
import static vn.motcua.dossier.DossierStatus.RESOLVED;
import static vn.motcua.dossier.DossierStatus.SUPPLEMENT_REQUESTED;

/**
 * The dossier's state machine (RULES.md §2) as one table: for each action on a received dossier,
 * the states it may be taken in, the state it leads to (an apology leaves it as it is), and
 * whether it needs a note — the reasons the law asks for. Receiving is not among them: it creates
 * the dossier.
 */
final class DossierLifecycle {

	private static final Set<DossierStatus> WORKING = EnumSet.of(RECEIVED, IN_PROGRESS);

	private static final Set<DossierStatus> PENDING = EnumSet.of(RECEIVED, IN_PROGRESS, SUPPLEMENT_REQUESTED,
			FINANCIAL_OBLIGATION);

	private static final Map<DossierAction, Rule> RULES = new EnumMap<>(DossierAction.class);

	static {
		RULES.put(DossierAction.ASSIGN, new Rule(WORKING, IN_PROGRESS, false));
		RULES.put(DossierAction.COMPLETE_STEP, new Rule(WORKING, IN_PROGRESS, false));
		RULES.put(DossierAction.REQUEST_SUPPLEMENT, new Rule(WORKING, SUPPLEMENT_REQUESTED, true));
		RULES.put(DossierAction.SUPPLEMENT_RECEIVED, new Rule(EnumSet.of(SUPPLEMENT_REQUESTED), IN_PROGRESS, false));
		RULES.put(DossierAction.REQUEST_PAYMENT, new Rule(WORKING, FINANCIAL_OBLIGATION, true));
		RULES.put(DossierAction.PAYMENT_RECEIVED, new Rule(EnumSet.of(FINANCIAL_OBLIGATION), IN_PROGRESS, false));
		RULES.put(DossierAction.APOLOGISE, new Rule(PENDING, null, false));
		RULES.put(DossierAction.REFUSE, new Rule(WORKING, DossierStatus.REFUSED, true));
		RULES.put(DossierAction.RESOLVE, new Rule(WORKING, RESOLVED, false));
		RULES.put(DossierAction.RETURN_RESULT, new Rule(EnumSet.of(RESOLVED), DossierStatus.RESULT_RETURNED, false));
		RULES.put(DossierAction.WITHDRAW, new Rule(PENDING, DossierStatus.WITHDRAWN, true));
		RULES.put(DossierAction.SEND_BACK, new Rule(WORKING, IN_PROGRESS, true));
	}

	private DossierLifecycle() {
	}

	/**
	 * @throws DomainException {@code illegal-transition} when {@code action} may not be taken in
	 * {@code current}, then {@code note-required} when it needs a note and has none.
	 */
	static void check(DossierAction action, DossierStatus current, @Nullable String note) {
		Rule rule = RULES.get(action);
		if (rule == null || !rule.from().contains(current)) {
			throw new DomainException(Kind.CONFLICT, "illegal-transition", action, current);
		}
		if (rule.noteRequired()) {
			requireNote(note);
		}
	}

	/** @return whether {@code action} may be taken in {@code current} at all (a note aside). */
	static boolean allowsFrom(DossierAction action, DossierStatus current) {
		Rule rule = RULES.get(action);
		return rule != null && rule.from().contains(current);
	}

	/** @return the state {@code action} leads to from {@code current} (checked before). */
	static DossierStatus after(DossierAction action, DossierStatus current) {
		DossierStatus to = RULES.get(action).to();
		return to == null ? current : to;
	}

	/** @throws DomainException {@code note-required} for a missing or blank note. */
	static void requireNote(@Nullable String note) {
		if (note == null || note.isBlank()) {
			throw new DomainException(Kind.INVALID, "note-required");
		}
	}

	private record Rule(Set<DossierStatus> from, @Nullable DossierStatus to, boolean noteRequired) {
	}

}
