package vn.motcua.dossier.domain;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import vn.motcua.calendar.Timeliness;
import vn.motcua.dossier.DossierAction;
import vn.motcua.dossier.DossierStatus;
import vn.motcua.shared.Actor;
import vn.motcua.shared.DomainException;
import vn.motcua.shared.Role;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.motcua.dossier.domain.DossierFixtures.DUE;
import static vn.motcua.dossier.domain.DossierFixtures.RECEIVED;
import static vn.motcua.dossier.domain.DossierFixtures.ROUND_THE_CLOCK;
import static vn.motcua.dossier.domain.DossierFixtures.official;
import static vn.motcua.dossier.domain.DossierFixtures.receivedDossier;

/** The dossier state machine without Spring or a database. */
class DossierUnitTests {

	private final Actor officer = official(Role.COMMUNE_OFFICER);

	private static Instant at(int hours) {
		return RECEIVED.plus(Duration.ofHours(hours));
	}

	@Test
	void stepsArePlannedByTheirSharesAndNeverPastTheDossiersDueMoment() {
		Dossier dossier = receivedDossier();

		assertThat(dossier.steps()).extracting(DossierStep::dueAt)
			.containsExactly(RECEIVED.plusSeconds(5400), RECEIVED.plusSeconds(34200), RECEIVED.plusSeconds(52200), DUE);
		assertThat(dossier.status()).isEqualTo(DossierStatus.RECEIVED);
		assertThat(dossier.newEntries()).extracting(TimelineEntry::action).containsExactly(DossierAction.RECEIVE);
	}

	@Test
	void completingEveryStepAndResolvingJudgesTimeliness() {
		Dossier dossier = receivedDossier();
		dossier.completeStep(null, this.officer, at(1));
		dossier.completeStep(null, this.officer, at(12));
		dossier.completeStep(null, this.officer, at(14));
		dossier.resolve(null, this.officer, at(16));

		assertThat(dossier.status()).isEqualTo(DossierStatus.RESOLVED);
		assertThat(dossier.timeliness()).isEqualTo(Timeliness.LATE);
		assertThat(dossier.steps()).extracting(DossierStep::timeliness)
			.containsExactly(Timeliness.ON_TIME, Timeliness.LATE, Timeliness.ON_TIME, Timeliness.LATE);
		dossier.returnResult(null, this.officer, at(17));
		assertThat(dossier.status().isClosed()).isTrue();
		assertThat(dossier.closedAt()).isEqualTo(at(17));
	}

	@Test
	void aSupplementStopsTheClockAndTheScheduleDecidesTheNewDueMoment() {
		Dossier dossier = receivedDossier();
		dossier.requestSupplement("Thiếu giấy tờ", null, this.officer, at(2), ROUND_THE_CLOCK);
		assertThat(dossier.isOverdueAt(at(100))).as("no overdue while the clock stands still").isFalse();

		dossier.supplementReceived(null, this.officer, at(30), ROUND_THE_CLOCK);

		assertThat(dossier.dueAt()).isEqualTo(at(45));
		assertThat(dossier.stops()).singleElement()
			.extracting(ClockStopEntry::stoppedAt, ClockStopEntry::resumedAt)
			.containsExactly(at(2), at(30));
		assertThat(dossier.status()).isEqualTo(DossierStatus.IN_PROGRESS);
	}

	@Test
	void aSupplementIsAskedWithinThreeWorkingDaysAndOnceElseWithItsOwnReasonFlaggedInTheRecord() {
		Instant windowEnd = RECEIVED.plus(Duration.ofDays(SupplementRule.WINDOW)); // round the clock: 07/08/2025
		Dossier inTime = receivedDossier();
		inTime.requestSupplement("Thiếu sổ đỏ", null, this.officer, windowEnd, ROUND_THE_CLOCK);
		assertThat(inTime.timeline().get(inTime.timeline().size() - 1).note()).isEqualTo("Thiếu sổ đỏ");

		Dossier late = receivedDossier();
		assertThatThrownBy(() -> late.requestSupplement("Thiếu sổ đỏ", " ", this.officer, windowEnd.plusSeconds(1),
				ROUND_THE_CLOCK)).hasMessage("supplement-reason-required [07/08/2025]");
		late.requestSupplement("Thiếu sổ đỏ", "Phát hiện khi xác minh thực địa", this.officer, windowEnd.plusSeconds(1),
				ROUND_THE_CLOCK);
		assertThat(late.timeline().get(late.timeline().size() - 1).note())
			.isEqualTo("Thiếu sổ đỏ [quá 3 ngày làm việc kể từ khi tiếp nhận; lý do: Phát hiện khi xác minh thực địa]");

		Dossier again = receivedDossier();
		again.requestSupplement("Thiếu giấy tờ", null, this.officer, at(1), ROUND_THE_CLOCK);
		again.supplementReceived(null, this.officer, at(2), ROUND_THE_CLOCK);
		assertThatThrownBy(() -> again.requestSupplement("Thiếu chữ ký", null, this.officer, at(3), ROUND_THE_CLOCK))
			.hasMessageContaining("supplement-reason-required");
		again.requestSupplement("Thiếu chữ ký", "Tờ khai bổ sung chưa ký", this.officer, at(3), ROUND_THE_CLOCK);
		assertThat(again.timeline().get(again.timeline().size() - 1).note()).contains("lần thứ hai");
	}

	@Test
	void everyActionIsRefusedInAStateThatDoesNotAllowIt() {
		Dossier returned = receivedDossier();
		returned.refuse("Không đủ điều kiện", this.officer, at(1));

		for (Runnable action : new Runnable[] { () -> returned.completeStep(null, this.officer, at(2)),
				() -> returned.requestSupplement("x", null, this.officer, at(2), ROUND_THE_CLOCK),
				() -> returned.supplementReceived(null, this.officer, at(2), ROUND_THE_CLOCK),
				() -> returned.apologise(at(40), null, this.officer, at(2)), () -> returned.resolve(null, this.officer, at(2)),
				() -> returned.returnResult(null, this.officer, at(2)), () -> returned.withdraw("x", this.officer, at(2)),
				() -> returned.assign("ai.do", official -> true, null, this.officer, at(2)) }) {
			assertThatThrownBy(action::run).isInstanceOf(DomainException.class).hasMessageContaining("illegal-transition");
		}
	}

	@Test
	void resolvingWithStepsStillOpenIsRefused() {
		Dossier dossier = receivedDossier();

		assertThatThrownBy(() -> dossier.resolve(null, this.officer, at(1))).hasMessageContaining("steps-pending");
	}

	@Test
	void reasonsAndNewAppointmentsAreRequiredWhereTheLawAsksForThem() {
		Dossier dossier = receivedDossier();

		assertThatThrownBy(() -> dossier.refuse(" ", this.officer, at(1))).hasMessageContaining("note-required");
		assertThatThrownBy(() -> dossier.withdraw(null, this.officer, at(1))).hasMessageContaining("note-required");
		assertThatThrownBy(() -> dossier.apologise(null, null, this.officer, at(1)))
			.hasMessageContaining("new-appointment-required");
		assertThatThrownBy(() -> dossier.assign(" ", official -> true, null, this.officer, at(1))).hasMessageContaining("assignee-required");
	}

	@Test
	void whoMayActFollowsRolesAndTheCurrentStep() {
		Dossier dossier = receivedDossier();

		assertThat(ActionPolicy.allows(DossierAction.COMPLETE_STEP, official(Role.COMMUNE_OFFICER), dossier)).isTrue();
		assertThat(ActionPolicy.allows(DossierAction.RETURN_RESULT, official(Role.SPECIALIST), dossier)).isFalse();
		assertThat(ActionPolicy.allows(DossierAction.RESOLVE, official(Role.ADMIN), dossier)).isFalse();
		dossier.completeStep(null, this.officer, at(1));
		dossier.completeStep(null, this.officer, at(2));
		assertThat(ActionPolicy.allows(DossierAction.COMPLETE_STEP, official(Role.SPECIALIST), dossier))
			.as("the signing step is the leader's")
			.isFalse();
		assertThat(ActionPolicy.allows(DossierAction.COMPLETE_STEP, official(Role.LEADER), dossier)).isTrue();
	}

	@Test
	void waitingForAPaymentIsNeverCountedEvenWhereSupplementsRestartTheLimit() {
		Dossier dossier = receivedDossier(); // RESTART for supplements
		dossier.requestPayment("Nộp lệ phí 50.000 đồng", this.officer, at(2));
		assertThat(dossier.status()).isEqualTo(DossierStatus.FINANCIAL_OBLIGATION);
		assertThat(dossier.isOverdueAt(at(100))).isFalse();

		dossier.paymentReceived(null, this.officer, at(7), ROUND_THE_CLOCK);

		assertThat(dossier.dueAt()).isEqualTo(DUE.plus(Duration.ofHours(5)));
		assertThat(dossier.stops()).singleElement().extracting(ClockStopEntry::kind).isEqualTo(ClockStopEntry.Kind.PAYMENT);
		assertThat(dossier.status()).isEqualTo(DossierStatus.IN_PROGRESS);
		assertThatThrownBy(() -> dossier.requestPayment(" ", this.officer, at(8))).hasMessageContaining("note-required");
	}

}
