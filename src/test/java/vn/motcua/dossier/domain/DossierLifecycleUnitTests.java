package vn.motcua.dossier.domain;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import vn.motcua.dossier.DossierAction;
import vn.motcua.dossier.DossierStatus;
import vn.motcua.shared.DomainException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.motcua.dossier.DossierStatus.FINANCIAL_OBLIGATION;
import static vn.motcua.dossier.DossierStatus.IN_PROGRESS;
import static vn.motcua.dossier.DossierStatus.RECEIVED;
import static vn.motcua.dossier.DossierStatus.RESOLVED;
import static vn.motcua.dossier.DossierStatus.SUPPLEMENT_REQUESTED;

/** The state machine's table, action by action and state by state (RULES.md §2). */
class DossierLifecycleUnitTests {

	private static final Set<DossierStatus> WORKING = EnumSet.of(RECEIVED, IN_PROGRESS);

	private static final Set<DossierStatus> PENDING = EnumSet.of(RECEIVED, IN_PROGRESS, SUPPLEMENT_REQUESTED,
			FINANCIAL_OBLIGATION);

	private static final Map<DossierAction, Set<DossierStatus>> ALLOWED = new EnumMap<>(DossierAction.class);

	private static final Map<DossierAction, DossierStatus> LEADS_TO = new EnumMap<>(DossierAction.class);

	static {
		ALLOWED.put(DossierAction.RECEIVE, EnumSet.noneOf(DossierStatus.class));
		ALLOWED.put(DossierAction.ASSIGN, WORKING);
		ALLOWED.put(DossierAction.COMPLETE_STEP, WORKING);
		ALLOWED.put(DossierAction.REQUEST_SUPPLEMENT, WORKING);
		ALLOWED.put(DossierAction.SUPPLEMENT_RECEIVED, EnumSet.of(SUPPLEMENT_REQUESTED));
		ALLOWED.put(DossierAction.REQUEST_PAYMENT, WORKING);
		ALLOWED.put(DossierAction.PAYMENT_RECEIVED, EnumSet.of(FINANCIAL_OBLIGATION));
		ALLOWED.put(DossierAction.APOLOGISE, PENDING);
		ALLOWED.put(DossierAction.REFUSE, WORKING);
		ALLOWED.put(DossierAction.RESOLVE, WORKING);
		ALLOWED.put(DossierAction.RETURN_RESULT, EnumSet.of(RESOLVED));
		ALLOWED.put(DossierAction.WITHDRAW, PENDING);
		ALLOWED.put(DossierAction.SEND_BACK, WORKING);
		LEADS_TO.put(DossierAction.ASSIGN, IN_PROGRESS);
		LEADS_TO.put(DossierAction.COMPLETE_STEP, IN_PROGRESS);
		LEADS_TO.put(DossierAction.REQUEST_SUPPLEMENT, SUPPLEMENT_REQUESTED);
		LEADS_TO.put(DossierAction.SUPPLEMENT_RECEIVED, IN_PROGRESS);
		LEADS_TO.put(DossierAction.REQUEST_PAYMENT, FINANCIAL_OBLIGATION);
		LEADS_TO.put(DossierAction.PAYMENT_RECEIVED, IN_PROGRESS);
		LEADS_TO.put(DossierAction.REFUSE, DossierStatus.REFUSED);
		LEADS_TO.put(DossierAction.RESOLVE, RESOLVED);
		LEADS_TO.put(DossierAction.RETURN_RESULT, DossierStatus.RESULT_RETURNED);
		LEADS_TO.put(DossierAction.WITHDRAW, DossierStatus.WITHDRAWN);
		LEADS_TO.put(DossierAction.SEND_BACK, IN_PROGRESS);
	}

	@ParameterizedTest
	@EnumSource(DossierAction.class)
	void eachActionIsTakenInItsStatesOnly(DossierAction action) {
		for (DossierStatus status : DossierStatus.values()) {
			if (ALLOWED.get(action).contains(status)) {
				assertThatCode(() -> DossierLifecycle.check(action, status, "Lý do")).as("%s in %s", action, status)
					.doesNotThrowAnyException();
			}
			else {
				assertThatThrownBy(() -> DossierLifecycle.check(action, status, "Lý do")).as("%s in %s", action, status)
					.isInstanceOf(DomainException.class)
					.hasMessage("illegal-transition [" + action + ", " + status + "]");
			}
		}
	}

	@ParameterizedTest
	@EnumSource(value = DossierAction.class, names = "RECEIVE", mode = EnumSource.Mode.EXCLUDE)
	void eachActionLeadsToItsStateAndAnApologyLeavesItAsItIs(DossierAction action) {
		for (DossierStatus from : ALLOWED.get(action)) {
			assertThat(DossierLifecycle.after(action, from)).as("%s from %s", action, from)
				.isEqualTo(LEADS_TO.getOrDefault(action, from));
		}
	}

	@Test
	void theReasonsTheLawAsksForAreRequired() {
		Set<DossierAction> withReasons = EnumSet.of(DossierAction.REQUEST_SUPPLEMENT, DossierAction.REQUEST_PAYMENT,
				DossierAction.REFUSE, DossierAction.WITHDRAW, DossierAction.SEND_BACK);
		for (DossierAction action : withReasons) {
			assertThatThrownBy(() -> DossierLifecycle.check(action, RECEIVED, null)).as(action.name())
				.isInstanceOf(DomainException.class)
				.hasMessage("note-required");
			assertThatThrownBy(() -> DossierLifecycle.check(action, RECEIVED, " \t")).hasMessage("note-required");
		}
		for (DossierAction action : EnumSet.complementOf(EnumSet.copyOf(withReasons))) {
			if (ALLOWED.get(action).isEmpty()) {
				continue;
			}
			DossierStatus from = ALLOWED.get(action).iterator().next();
			assertThatCode(() -> DossierLifecycle.check(action, from, null)).as(action.name()).doesNotThrowAnyException();
		}
	}

	@Test
	void theStateIsCheckedBeforeTheReason() {
		assertThatThrownBy(() -> DossierLifecycle.check(DossierAction.REFUSE, RESOLVED, null))
			.hasMessageStartingWith("illegal-transition");
		assertThatThrownBy(() -> DossierLifecycle.requireNote("")).hasMessage("note-required");
		assertThatCode(() -> DossierLifecycle.requireNote("x")).doesNotThrowAnyException();
	}

}
