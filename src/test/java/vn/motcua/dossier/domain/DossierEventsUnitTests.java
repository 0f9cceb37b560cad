package vn.motcua.dossier.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import vn.motcua.calendar.Channel;
import vn.motcua.calendar.ClockStopMode;
import vn.motcua.calendar.Timeliness;
import vn.motcua.dossier.DossierAction;
import vn.motcua.dossier.DossierReceived;
import vn.motcua.dossier.DossierStatus;
import vn.motcua.dossier.DossierTurnedAway;
import vn.motcua.dossier.DossierStatusChanged;
import vn.motcua.shared.Actor;
import vn.motcua.shared.Role;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.motcua.dossier.domain.DossierFixtures.DUE;
import static vn.motcua.dossier.domain.DossierFixtures.RECEIVED;
import static vn.motcua.dossier.domain.DossierFixtures.ROUND_THE_CLOCK;
import static vn.motcua.dossier.domain.DossierFixtures.intake;
import static vn.motcua.dossier.domain.DossierFixtures.official;
import static vn.motcua.dossier.domain.DossierFixtures.receivedDossier;

/** What the aggregate records for its use cases: timeline lines to store, events to publish. */
class DossierEventsUnitTests {

	private final Actor officer = official(Role.COMMUNE_OFFICER);

	private static Instant at(int hours) {
		return RECEIVED.plus(Duration.ofHours(hours));
	}

	@Test
	void aReceivedDossierRecordsThatItWasReceived() {
		Dossier dossier = receivedDossier();

		DossierReceived received = (DossierReceived) dossier.releaseEvents().get(0);

		assertThat(dossier.id()).isNotNull();
		assertThat(dossier.code()).isEqualTo("000.41.00.H55-250804-0001");

		assertThat(received).isEqualTo(new DossierReceived(dossier.id(), dossier.code(), dossier.intake().unitId(),
				dossier.intake().agencyId(), "2.001035", Channel.DIRECT, RECEIVED, DUE));
		assertThat(dossier.releaseEvents()).as("released once").isEmpty();
		assertThat(dossier.steps().get(0).startedAt()).isEqualTo(RECEIVED);
		assertThat(dossier.currentStep()).isEqualTo(1);
	}

	@Test
	void aDossierTurnedAwayIsRecordedClosedAndPublishesOnlyThatItWasTurnedAway() {
		Dossier refused = Dossier.turnAway("C-1", intake(UUID.randomUUID(), ClockStopMode.PAUSE), true, "Không đủ điều kiện",
				this.officer);
		Dossier incomplete = Dossier.turnAway("C-2", intake(UUID.randomUUID(), ClockStopMode.PAUSE), false, "Thiếu giấy tờ",
				this.officer);

		assertThat(refused.releaseEvents()).singleElement()
			.isEqualTo(new DossierTurnedAway(refused.id(), "C-1", refused.intake().unitId(), refused.intake().agencyId(),
					refused.intake().procedureCode(), refused.intake().channel(), RECEIVED, true));
		assertThat(incomplete.releaseEvents()).singleElement()
			.extracting(e -> ((DossierTurnedAway) e).refused())
			.isEqualTo(false);
		assertThat(refused.status()).isEqualTo(DossierStatus.NOT_RECEIVED);
		assertThat(refused.closedAt()).isEqualTo(RECEIVED);
		assertThat(refused.dueAt()).isNull();
		assertThat(refused.currentStep()).isNull();
		assertThat(refused.newEntries()).singleElement()
			.extracting(TimelineEntry::action, TimelineEntry::toStatus, TimelineEntry::note)
			.containsExactly(DossierAction.REFUSE, DossierStatus.NOT_RECEIVED, "Không đủ điều kiện");
		assertThat(incomplete.newEntries()).singleElement()
			.extracting(TimelineEntry::action)
			.isEqualTo(DossierAction.REQUEST_SUPPLEMENT);
		assertThatThrownBy(() -> Dossier.turnAway("C-3", intake(UUID.randomUUID(), ClockStopMode.PAUSE), true, " ",
				this.officer)).hasMessage("note-required");
	}

	@Test
	void eachTransitionRecordsItsChangeWithTheCurrentStepAfterIt() {
		Dossier dossier = receivedDossier();
		dossier.releaseEvents();

		dossier.assign(" chuyen.vien ", official -> true, "Giao xử lý", this.officer, at(1));

		DossierStatusChanged changed = (DossierStatusChanged) dossier.releaseEvents().get(0);
		assertThat(changed).isEqualTo(new DossierStatusChanged(dossier.id(), dossier.code(), dossier.intake().unitId(),
				"2.001035", "Chứng thực giao dịch", Channel.DIRECT, RECEIVED, DossierAction.ASSIGN, DossierStatus.RECEIVED,
				DossierStatus.IN_PROGRESS, at(1), DUE, null, "chuyen.vien", dossier.steps().get(0).dueAt()));
		dossier.completeStep(null, this.officer, at(2));
		DossierStatusChanged next = (DossierStatusChanged) dossier.releaseEvents().get(0);
		assertThat(next.from()).isEqualTo(DossierStatus.IN_PROGRESS);
		assertThat(next.assignee()).as("the second step is nobody's yet").isNull();
		assertThat(next.stepDueAt()).isEqualTo(dossier.steps().get(1).dueAt());
	}

	@Test
	void theResultRecordsItsTimelinessAndNoStepAnyMore() {
		Dossier dossier = receivedDossier();
		for (int hour = 1; hour <= 3; hour++) {
			dossier.completeStep(null, this.officer, at(hour));
		}
		dossier.releaseEvents();

		dossier.resolve(null, this.officer, at(16));

		DossierStatusChanged resolved = (DossierStatusChanged) dossier.releaseEvents().get(0);
		assertThat(resolved.to()).isEqualTo(DossierStatus.RESOLVED);
		assertThat(resolved.timeliness()).isEqualTo(Timeliness.LATE);
		assertThat(resolved.assignee()).isNull();
		assertThat(resolved.stepDueAt()).isNull();
		assertThat(dossier.resolvedAt()).isEqualTo(at(16));
	}

	@Test
	void anApologyKeepsTheStateAndRecordsItsChange() {
		Dossier dossier = receivedDossier();
		dossier.releaseEvents();

		dossier.apologise(DUE.plus(Duration.ofDays(3)), "Chờ xác minh", this.officer, at(14));

		DossierStatusChanged apology = (DossierStatusChanged) dossier.releaseEvents().get(0);
		assertThat(apology.action()).isEqualTo(DossierAction.APOLOGISE);
		assertThat(apology.from()).isEqualTo(DossierStatus.RECEIVED);
		assertThat(apology.to()).isEqualTo(DossierStatus.RECEIVED);
		assertThat(dossier.rescheduledDueAt()).isEqualTo(DUE.plus(Duration.ofDays(3)));
		assertThat(dossier.timeline()).extracting(TimelineEntry::action)
			.containsExactly(DossierAction.RECEIVE, DossierAction.APOLOGISE);
	}

	@Test
	void aRefusedTransitionRecordsNothing() {
		Dossier dossier = receivedDossier();
		dossier.releaseEvents();

		assertThatThrownBy(() -> dossier.returnResult(null, this.officer, at(1))).hasMessageContaining("illegal-transition");
		assertThatThrownBy(() -> dossier.refuse(null, this.officer, at(1))).hasMessage("note-required");

		assertThat(dossier.releaseEvents()).isEmpty();
		assertThat(dossier.newEntries()).hasSize(1);
		assertThat(dossier.status()).isEqualTo(DossierStatus.RECEIVED);
	}

	@Test
	void storingForgetsWhatWasStoredButNotTheTimeline() {
		Dossier dossier = receivedDossier();
		dossier.requestSupplement("Thiếu giấy tờ", null, this.officer, at(1), ROUND_THE_CLOCK);
		assertThat(dossier.stopsChanged()).isTrue();
		assertThat(dossier.changedSteps()).isNotEmpty();

		dossier.markStored();

		assertThat(dossier.newEntries()).isEmpty();
		assertThat(dossier.changedSteps()).isEmpty();
		assertThat(dossier.stopsChanged()).isFalse();
		assertThat(dossier.timeline()).hasSize(2);
		assertThat(dossier.releaseEvents()).as("events are released, not stored").hasSize(2);
	}

	@Test
	void aCopyIsAsStoredAtItsVersionAndChangesOnItsOwn() {
		Dossier dossier = receivedDossier();
		dossier.assign("chuyen.vien", official -> true, null, this.officer, at(1));
		dossier.markStored();

		Dossier copy = dossier.copyAt(7);
		copy.completeStep(null, this.officer, at(2));

		assertThat(copy.version()).isEqualTo(7);
		assertThat(copy.releaseEvents()).hasSize(1);
		assertThat(dossier.currentStep()).isEqualTo(1);
		assertThat(dossier.steps().get(0).isCompleted()).isFalse();
		assertThat(dossier.timeline()).hasSize(2);
		assertThat(copy.timeline()).hasSize(3);
		assertThat(copy.newEntries()).hasSize(1);
		assertThat(copy.steps().get(0).assignee()).isEqualTo("chuyen.vien");
	}

	@Test
	void overdueOnlyWhilePendingWithTheClockRunningPastTheDueMoment() {
		Dossier dossier = receivedDossier();
		assertThat(dossier.isOverdueAt(DUE)).isFalse();
		assertThat(dossier.isOverdueAt(DUE.plusSeconds(1))).isTrue();

		dossier.requestPayment("Lệ phí", this.officer, at(1));
		assertThat(dossier.isOverdueAt(DUE.plusSeconds(1))).isFalse();

		Dossier withdrawn = receivedDossier();
		withdrawn.withdraw("Rút hồ sơ", this.officer, at(1));
		assertThat(withdrawn.isOverdueAt(DUE.plusSeconds(1))).isFalse();
		assertThat(withdrawn.closedAt()).isEqualTo(at(1));
		assertThat(withdrawn.currentStep()).isNull();
	}

	@Test
	void withdrawingWhileTheClockStandsStillClosesTheStop() {
		Dossier dossier = receivedDossier();
		dossier.requestSupplement("Thiếu giấy tờ", null, this.officer, at(1), ROUND_THE_CLOCK);

		dossier.withdraw("Rút hồ sơ", this.officer, at(5));

		assertThat(dossier.stops()).singleElement().extracting(ClockStopEntry::resumedAt).isEqualTo(at(5));
		assertThat(dossier.status()).isEqualTo(DossierStatus.WITHDRAWN);
	}

	@Test
	void aRefusalIsJudgedAndClosesTheDossier() {
		Dossier dossier = receivedDossier();

		dossier.refuse("Không đủ điều kiện", this.officer, at(20));

		assertThat(dossier.timeliness()).isEqualTo(Timeliness.LATE);
		assertThat(dossier.closedAt()).isEqualTo(at(20));
		assertThat(dossier.currentStep()).isNull();
		assertThat(dossier.status().isClosed()).isTrue();
	}

	@Test
	void theClockIsOnlyRestartedWhileItStandsStill() {
		Dossier dossier = receivedDossier();

		assertThatThrownBy(() -> dossier.paymentReceived(null, this.officer, at(1), ROUND_THE_CLOCK))
			.hasMessage("illegal-transition [PAYMENT_RECEIVED, RECEIVED]");
		assertThatThrownBy(() -> dossier.supplementReceived(null, this.officer, at(1), ROUND_THE_CLOCK))
			.hasMessage("illegal-transition [SUPPLEMENT_RECEIVED, RECEIVED]");
		dossier.requestSupplement("Thiếu giấy tờ", null, this.officer, at(1), ROUND_THE_CLOCK);
		assertThatThrownBy(() -> dossier.requestPayment("Lệ phí", this.officer, at(2)))
			.hasMessage("illegal-transition [REQUEST_PAYMENT, SUPPLEMENT_REQUESTED]");
		assertThatThrownBy(() -> dossier.paymentReceived(null, this.officer, at(2), ROUND_THE_CLOCK))
			.hasMessage("illegal-transition [PAYMENT_RECEIVED, SUPPLEMENT_REQUESTED]");
		assertThat(dossier.stops()).singleElement().extracting(ClockStopEntry::resumedAt).isNull();
	}

	@Test
	void theDossierIsSeenWhereItWasReceivedAndWhereOneOfItsStepsIsDone() {
		UUID receiving = UUID.randomUUID();
		UUID acting = UUID.randomUUID();
		Dossier dossier = DossierFixtures.interAgencyDossier(receiving, acting);

		assertThat(dossier.visibleTo(receiving::equals)).isTrue();
		assertThat(dossier.visibleTo(acting::equals)).isTrue();
		assertThat(dossier.visibleTo(UUID.randomUUID()::equals)).isFalse();
		assertThat(receivedDossier().visibleTo(unit -> false)).isFalse();
	}

	@Test
	void aSupplementReceivedReplansTheRemainingStepsFromThen() {
		Dossier dossier = receivedDossier();
		dossier.completeStep(null, this.officer, at(1));
		dossier.requestSupplement("Thiếu giấy tờ", null, this.officer, at(2), ROUND_THE_CLOCK);

		dossier.supplementReceived(null, this.officer, at(10), ROUND_THE_CLOCK);

		assertThat(dossier.dueAt()).isEqualTo(at(25));
		assertThat(dossier.steps()).extracting(DossierStep::dueAt)
			.containsExactly(RECEIVED.plusSeconds(5400), at(18), at(23), at(24).plusSeconds(1800));
		assertThat(dossier.steps().get(1).name()).isEqualTo("Bước 2");
	}

	@Test
	void paymentAndSupplementReplanTheRemainingSteps() {
		Dossier dossier = receivedDossier();
		dossier.completeStep(null, this.officer, at(1));
		dossier.requestPayment("Lệ phí", this.officer, at(2));
		dossier.paymentReceived(null, this.officer, at(4), ROUND_THE_CLOCK);

		assertThat(dossier.dueAt()).isEqualTo(DUE.plus(Duration.ofHours(2)));
		assertThat(dossier.steps().get(1).dueAt()).isEqualTo(at(12));
		assertThat(dossier.steps().get(0).dueAt()).as("a step done keeps its due moment").isEqualTo(RECEIVED.plusSeconds(5400));
	}

}
