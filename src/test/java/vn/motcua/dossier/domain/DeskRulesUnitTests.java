package vn.motcua.dossier.domain;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import vn.motcua.TestActor;
import vn.motcua.dossier.DossierAction;
import vn.motcua.dossier.DossierStatus;
import vn.motcua.dossier.DossierStatusChanged;
import vn.motcua.shared.Actor;
import vn.motcua.shared.Role;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.motcua.dossier.DossierAction.APOLOGISE;
import static vn.motcua.dossier.DossierAction.ASSIGN;
import static vn.motcua.dossier.DossierAction.COMPLETE_STEP;
import static vn.motcua.dossier.DossierAction.RESOLVE;
import static vn.motcua.dossier.DossierAction.RETURN_RESULT;
import static vn.motcua.dossier.DossierAction.SEND_BACK;
import static vn.motcua.dossier.domain.DossierFixtures.DUE;
import static vn.motcua.dossier.domain.DossierFixtures.RECEIVED;
import static vn.motcua.dossier.domain.DossierFixtures.ROUND_THE_CLOCK;
import static vn.motcua.dossier.domain.DossierFixtures.intake;
import static vn.motcua.dossier.domain.DossierFixtures.official;
import static vn.motcua.dossier.domain.DossierFixtures.receivedDossier;
import static vn.motcua.dossier.domain.DossierFixtures.step;

/** The desk's rules: the last step is the result, sending back, whom a step goes to, what is offered. */
class DeskRulesUnitTests {

	private final Actor officer = official(Role.COMMUNE_OFFICER);

	private final Actor chairman = official(Role.LEADER);

	private static Instant at(int hours) {
		return RECEIVED.plusSeconds(hours * 3600L);
	}

	private static Dossier atStep(int position) {
		Dossier dossier = receivedDossier();
		for (int i = 1; i < position; i++) {
			dossier.completeStep(null, official(Role.LEADER), at(i));
		}
		return dossier;
	}

	@Test
	void completingTheLastStepMakesTheResultReadyInOneAction() {
		Dossier dossier = atStep(4);
		dossier.releaseEvents();

		dossier.completeStep("Đã vào sổ", this.officer, at(5));

		assertThat(dossier.status()).isEqualTo(DossierStatus.RESOLVED);
		assertThat(dossier.resolvedAt()).isEqualTo(at(5));
		assertThat(dossier.timeliness()).isNotNull();
		assertThat(dossier.currentStep()).isNull();
		assertThat(dossier.steps()).allMatch(DossierStep::isCompleted);
		assertThat(dossier.steps().get(3).completedBy()).isEqualTo("can.bo");
		TimelineEntry last = dossier.timeline().get(dossier.timeline().size() - 1);
		assertThat(last.action()).isEqualTo(RESOLVE);
		assertThat(last.note()).isEqualTo("Đã vào sổ");
		assertThat(dossier.releaseEvents()).singleElement()
			.isInstanceOfSatisfying(DossierStatusChanged.class, e -> assertThat(e.action()).isEqualTo(RESOLVE));
	}

	@Test
	void completingTheStepBeforeTheLastOnlyMovesOn() {
		Dossier dossier = atStep(3);

		dossier.completeStep(null, this.chairman, at(4));

		assertThat(dossier.status()).isEqualTo(DossierStatus.IN_PROGRESS);
		assertThat(dossier.currentStep()).isEqualTo(4);
		assertThat(dossier.resolvedAt()).isNull();
	}

	@Test
	void theLeaderSendsTheDraftBackToThePreviousStepWithTheReason() {
		Dossier dossier = receivedDossier();
		dossier.completeStep(null, this.officer, at(1));
		dossier.assign("chuyen.vien", official -> true, null, this.officer, at(1));
		dossier.completeStep(null, this.officer, at(2));

		dossier.sendBack("Sai họ tên trong dự thảo", this.chairman, at(3));

		assertThat(dossier.currentStep()).isEqualTo(2);
		DossierStep reopened = dossier.steps().get(1);
		assertThat(reopened.isCompleted()).isFalse();
		assertThat(reopened.completedBy()).isNull();
		assertThat(reopened.timeliness()).isNull();
		assertThat(reopened.startedAt()).isEqualTo(at(3));
		assertThat(reopened.assignee()).isEqualTo("chuyen.vien");
		assertThat(dossier.changedSteps()).extracting(DossierStep::position).contains(2);
		assertThat(dossier.status()).isEqualTo(DossierStatus.IN_PROGRESS);
		TimelineEntry last = dossier.timeline().get(dossier.timeline().size() - 1);
		assertThat(last.action()).isEqualTo(SEND_BACK);
		assertThat(last.note()).isEqualTo("Sai họ tên trong dự thảo");
	}

	@Test
	void theSecondStepGoesBackToTheFirstButTheFirstHasNowhereToGo() {
		Dossier second = atStep(2);
		second.sendBack("Thiếu giấy tờ", this.chairman, at(3));
		assertThat(second.currentStep()).isEqualTo(1);

		assertThatThrownBy(() -> second.sendBack("Lần nữa", this.chairman, at(4))).hasMessage("no-previous-step");
		assertThat(second.currentStep()).isEqualTo(1);
	}

	@Test
	void sendingBackNeedsAReasonAndAWorkingDossier() {
		assertThatThrownBy(() -> atStep(3).sendBack(" ", this.chairman, at(4))).hasMessage("note-required");
		Dossier resolved = atStep(4);
		resolved.completeStep(null, this.officer, at(5));
		assertThatThrownBy(() -> resolved.sendBack("Lý do", this.chairman, at(6)))
			.hasMessageStartingWith("illegal-transition");
	}

	@Test
	void aStepGoesOnlyToAnOfficialTheUnitAndRoleAllow() {
		Dossier dossier = receivedDossier();

		assertThatThrownBy(() -> dossier.assign("nguoi.ngoai", "can.bo.xa"::equals, null, this.officer, at(1)))
			.hasMessage("assignee-not-eligible [nguoi.ngoai, COMMUNE_OFFICER]");
		assertThat(dossier.steps().get(0).assignee()).isNull();
		assertThat(dossier.timeline()).hasSize(1);

		dossier.assign(" can.bo.xa ", "can.bo.xa"::equals, null, this.officer, at(1));
		assertThat(dossier.steps().get(0).assignee()).isEqualTo("can.bo.xa");
	}

	@Test
	void onlyTheActionsAllowedNowAreOffered() {
		Dossier first = receivedDossier();
		assertThat(AvailableActions.of(first, this.officer, unit -> true, at(1))).contains(ASSIGN, COMPLETE_STEP)
			.doesNotContain(SEND_BACK, RESOLVE, RETURN_RESULT, DossierAction.RECEIVE);
		assertThat(AvailableActions.of(first, this.officer, unit -> false, at(1))).isEmpty();

		Dossier signing = atStep(3);
		assertThat(AvailableActions.of(signing, this.chairman, unit -> true, at(4))).contains(SEND_BACK, COMPLETE_STEP);
		assertThat(AvailableActions.of(signing, this.officer, unit -> true, at(4))).doesNotContain(SEND_BACK, COMPLETE_STEP);

		Dossier resolved = atStep(4);
		resolved.completeStep(null, this.officer, at(5));
		assertThat(AvailableActions.of(resolved, this.officer, unit -> true, at(6))).containsExactly(RETURN_RESULT);
		assertThat(AvailableActions.of(resolved, this.chairman, unit -> true, at(6))).isEmpty();
	}

	@Test
	void anApologyIsOfferedOnceAndAtTheLatestTheDayBeforeTheDueDate() {
		Dossier dossier = receivedDossier(); // due at the very start of 05/08/2025
		Instant newDue = DUE.plusSeconds(86_400);

		assertThat(AvailableActions.of(dossier, this.officer, unit -> true, DUE.minusSeconds(1))).contains(APOLOGISE);
		assertThat(AvailableActions.of(dossier, this.officer, unit -> true, DUE)).doesNotContain(APOLOGISE);
		assertThatThrownBy(() -> dossier.apologise(newDue, "Xin lỗi", this.officer, DUE))
			.hasMessage("apology-too-late [04/08/2025]");
		dossier.apologise(newDue, "Xin lỗi", this.officer, DUE.minusSeconds(1));
		assertThat(dossier.rescheduledDueAt()).isEqualTo(newDue);
		assertThat(AvailableActions.of(dossier, this.officer, unit -> true, RECEIVED)).doesNotContain(APOLOGISE);
		assertThatThrownBy(() -> dossier.apologise(newDue.plusSeconds(60), "Lần nữa", this.officer, RECEIVED))
			.hasMessageContaining("already-rescheduled");
	}

	@Test
	void aDossierWithoutStepsIsResolvedByItsOwnAction() {
		Dossier stepless = Dossier.receive("000.41.00.H55-250804-0009", intake(UUID.randomUUID(),
				vn.motcua.calendar.ClockStopMode.RESTART), DUE, List.of(), ROUND_THE_CLOCK, official(Role.RECEPTION));

		assertThat(AvailableActions.of(stepless, this.officer, unit -> true, at(1))).contains(RESOLVE)
			.doesNotContain(COMPLETE_STEP, ASSIGN, SEND_BACK);
	}

	@Test
	void theHolderOrAssigneeOfTheStepMaySendBackAsTheyMayComplete() {
		Dossier dossier = atStep(2);
		Actor specialist = TestActor.of("chuyen.vien", null, Role.SPECIALIST);

		assertThat(ActionPolicy.allows(SEND_BACK, specialist, dossier)).isFalse();
		assertThat(ActionPolicy.allows(SEND_BACK, this.officer, dossier)).isTrue();
		dossier.assign("chuyen.vien", official -> true, null, this.officer, at(2));
		assertThat(ActionPolicy.allows(SEND_BACK, specialist, dossier)).isTrue();
	}

	@Test
	void aCommuneCivilServantTakesTheDesksAndTheSpecialistsStepsNotTheHeadsOrTheChairmans() {
		Dossier dossier = Dossier.receive("000.41.20.H55-251201-0001", intake(UUID.randomUUID(),
				vn.motcua.calendar.ClockStopMode.PAUSE), DUE, List.of(step(1, "RECEPTION", 1), step(2, "SPECIALIST", 1),
						step(3, "HEAD_OF_UNIT", 1), step(4, "LEADER", 1)), ROUND_THE_CLOCK, official(Role.RECEPTION));
		Actor head = official(Role.HEAD_OF_UNIT);

		assertThat(ActionPolicy.allows(COMPLETE_STEP, this.officer, dossier)).isTrue();
		assertThat(ActionPolicy.allows(COMPLETE_STEP, official(Role.SPECIALIST), dossier)).isFalse();
		dossier.completeStep(null, official(Role.RECEPTION), at(1));
		assertThat(ActionPolicy.allows(COMPLETE_STEP, this.officer, dossier)).isTrue();
		dossier.completeStep(null, this.officer, at(2));
		assertThat(ActionPolicy.allows(COMPLETE_STEP, this.officer, dossier)).isFalse();
		assertThat(ActionPolicy.allows(COMPLETE_STEP, head, dossier)).isTrue();
		dossier.completeStep(null, head, at(3));
		assertThat(ActionPolicy.allows(COMPLETE_STEP, this.officer, dossier)).isFalse();
		assertThat(ActionPolicy.allows(COMPLETE_STEP, this.chairman, dossier)).isTrue();
		// the chairman's signature is his: a head of unit neither signs nor sends back in his place
		assertThat(ActionPolicy.allows(COMPLETE_STEP, head, dossier)).isFalse();
		assertThat(ActionPolicy.allows(SEND_BACK, head, dossier)).isFalse();
		assertThat(ActionPolicy.allows(SEND_BACK, this.chairman, dossier)).isTrue();
		dossier.assign("truong.phong", official -> true, null, this.chairman, at(4));
		assertThat(ActionPolicy.allows(COMPLETE_STEP, TestActor.of("truong.phong", null, Role.HEAD_OF_UNIT), dossier))
			.as("unless the chairman assigned it to him").isTrue();
		assertThat(Role.stepHolders()).filteredOn(r -> Role.COMMUNE_OFFICER.takesStepsOf(r))
			.containsExactlyInAnyOrder(Role.RECEPTION, Role.SPECIALIST, Role.COMMUNE_OFFICER);
		assertThat(Role.stepHolders()).filteredOn(r -> Role.SPECIALIST.takesStepsOf(r)).containsExactly(Role.SPECIALIST);
	}

	@Test
	void eachButtonSaysWhereTheDossierGoes() {
		UUID other = UUID.randomUUID();
		List<DossierStep> district = List.of(step(1, "RECEPTION", 1), step(2, "SPECIALIST", 1),
				step(3, "HEAD_OF_UNIT", 1), step(4, "LEADER", 1), step(5, "RECEPTION", 1));
		assertThat(List.of(1, 2, 3, 4, 5).stream().map(p -> ActionLabel.outcome(district, p)))
			.containsExactly(ActionLabel.StepOutcome.TO_APPRAISAL, ActionLabel.StepOutcome.TO_REVIEW,
					ActionLabel.StepOutcome.TO_SIGNING, ActionLabel.StepOutcome.SIGN, ActionLabel.StepOutcome.RESULT_READY);
		List<DossierStep> commune = List.of(step(1, "COMMUNE_OFFICER", 1), step(2, "COMMUNE_OFFICER", 1),
				new DossierStep(3, "Xác minh", "COMMUNE_OFFICER", 1, other, null, null, null, null, null, null),
				step(4, "COMMUNE_OFFICER", 1), step(5, "RECEPTION", 1), step(6, "LEADER", 1));
		assertThat(List.of(1, 2, 3, 4, 5, 6).stream().map(p -> ActionLabel.outcome(commune, p)))
			.containsExactly(ActionLabel.StepOutcome.TO_APPRAISAL, ActionLabel.StepOutcome.TO_OTHER_AGENCY,
					ActionLabel.StepOutcome.NEXT_STEP, ActionLabel.StepOutcome.NEXT_STEP,
					ActionLabel.StepOutcome.TO_SIGNING, ActionLabel.StepOutcome.SIGN);

		assertThat(ActionLabel.of(RETURN_RESULT, receivedDossier())).isEqualTo("RETURN_RESULT");
		assertThat(ActionLabel.of(COMPLETE_STEP, receivedDossier())).isEqualTo("TO_APPRAISAL");
		Dossier resolved = atStep(4);
		resolved.completeStep(null, this.officer, at(5));
		assertThat(ActionLabel.of(COMPLETE_STEP, resolved)).isEqualTo("RESULT_READY");
	}

}
