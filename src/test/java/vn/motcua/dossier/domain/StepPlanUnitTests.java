package vn.motcua.dossier.domain;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import vn.motcua.calendar.Timeliness;
import vn.motcua.shared.DomainException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.motcua.dossier.domain.DossierFixtures.RECEIVED;
import static vn.motcua.dossier.domain.DossierFixtures.ROUND_THE_CLOCK;
import static vn.motcua.dossier.domain.DossierFixtures.step;

/** The internal steps: planned by their shares, one current at a time, and what changed. */
class StepPlanUnitTests {

	private static Instant at(double hours) {
		return RECEIVED.plusSeconds(Math.round(hours * 3600));
	}

	private static StepPlan threeSteps(Integer current) {
		return new StepPlan(List.of(step(1, "COMMUNE_OFFICER", 1), step(2, "COMMUNE_OFFICER", 2), step(3, "LEADER", 3)),
				current);
	}

	@Test
	void stepsAreDueAfterTheirCumulativeSharesNeverPastTheDossier() {
		StepPlan plan = threeSteps(1);

		plan.plan(RECEIVED, at(5), ROUND_THE_CLOCK);

		assertThat(plan.list()).extracting(DossierStep::dueAt).containsExactly(at(1), at(3), at(5));
		assertThat(plan.changed()).extracting(DossierStep::position).containsExactly(1, 2, 3);
	}

	@Test
	void withoutADueMomentOfTheDossierNothingIsCapped() {
		StepPlan plan = threeSteps(1);

		plan.plan(RECEIVED, null, ROUND_THE_CLOCK);

		assertThat(plan.list()).extracting(DossierStep::dueAt).containsExactly(at(1), at(3), at(6));
	}

	@Test
	void aStepDueExactlyWithTheDossierKeepsItsOwnDueMoment() {
		StepPlan plan = threeSteps(1);

		plan.plan(RECEIVED, at(6), ROUND_THE_CLOCK);

		assertThat(plan.list().get(2).dueAt()).isEqualTo(at(6));
	}

	@Test
	void replanningSkipsTheStepsDoneAndCountsFromThen() {
		StepPlan plan = threeSteps(1);
		plan.plan(RECEIVED, null, ROUND_THE_CLOCK);
		plan.completeCurrent("can.bo", at(0.5));
		plan.markStored();

		plan.plan(at(10), null, ROUND_THE_CLOCK);

		assertThat(plan.list()).extracting(DossierStep::dueAt).containsExactly(at(1), at(12), at(15));
		assertThat(plan.changed()).extracting(DossierStep::position).containsExactly(2, 3);
	}

	@Test
	void completingTheCurrentStepStartsTheNextAndJudgesItsTimeliness() {
		StepPlan plan = threeSteps(1);
		plan.plan(RECEIVED, null, ROUND_THE_CLOCK);
		plan.startFirst(RECEIVED);
		plan.markStored();

		plan.completeCurrent("can.bo", at(2));

		DossierStep first = plan.list().get(0);
		assertThat(first.completedAt()).isEqualTo(at(2));
		assertThat(first.completedBy()).isEqualTo("can.bo");
		assertThat(first.timeliness()).isEqualTo(Timeliness.LATE);
		assertThat(first.isCompleted()).isTrue();
		assertThat(plan.current()).isEqualTo(2);
		assertThat(plan.list().get(1).startedAt()).isEqualTo(at(2));
		assertThat(plan.changed()).extracting(DossierStep::position).containsExactly(1, 2);
		plan.completeCurrent("can.bo", at(3));
		assertThat(plan.list().get(1).timeliness()).isEqualTo(Timeliness.ON_TIME);
	}

	@Test
	void completingTheLastStepLeavesNoneCurrent() {
		StepPlan plan = threeSteps(3);

		plan.completeCurrent("lanh.dao", at(1));

		assertThat(plan.current()).isNull();
		assertThat(plan.currentStep()).isNull();
		assertThat(plan.list().get(2).timeliness()).as("a step without a due moment is on time").isEqualTo(Timeliness.ON_TIME);
		assertThat(plan.changed()).extracting(DossierStep::position).containsExactly(3);
	}

	@Test
	void theCurrentStepIsAssignedAndStartsThenIfItHadNot() {
		StepPlan plan = threeSteps(2);

		plan.assignCurrent("chuyen.vien", official -> true, at(4));
		plan.assignCurrent("chuyen.vien.khac", official -> true, at(5));

		DossierStep second = plan.list().get(1);
		assertThat(second.assignee()).isEqualTo("chuyen.vien.khac");
		assertThat(second.startedAt()).isEqualTo(at(4));
		assertThat(plan.currentStep()).isSameAs(second);
		assertThat(plan.changed()).extracting(DossierStep::position).containsExactly(2);
	}

	@Test
	void withoutACurrentStepNothingIsAssignedNorCompleted() {
		StepPlan plan = threeSteps(null);

		assertThatThrownBy(() -> plan.assignCurrent("ai", official -> true, at(1))).isInstanceOf(DomainException.class)
			.hasMessageContaining("no-current-step")
			.hasMessageContaining("ASSIGN");
		assertThatThrownBy(() -> plan.completeCurrent("ai", at(1))).hasMessageContaining("no-current-step")
			.hasMessageContaining("COMPLETE_STEP");
	}

	@Test
	void theResultWaitsForEveryStepButTheLastWhichItCompletes() {
		StepPlan earlier = threeSteps(2);
		assertThatThrownBy(() -> earlier.completeForResult("ai", at(1))).hasMessageContaining("steps-pending [2]");
		StepPlan first = threeSteps(1);
		assertThatThrownBy(() -> first.completeForResult("ai", at(1))).hasMessageContaining("steps-pending [3]");

		StepPlan last = threeSteps(3);
		last.completeForResult("ai", at(1));
		assertThat(last.current()).isNull();
		assertThat(last.list().get(2).completedBy()).isEqualTo("ai");

		StepPlan none = threeSteps(null);
		none.completeForResult("ai", at(1));
		assertThat(none.changed()).isEmpty();
	}

	@Test
	void stoppingLeavesNoCurrentStepAndTouchesNoStep() {
		StepPlan plan = threeSteps(2);

		plan.stop();

		assertThat(plan.current()).isNull();
		assertThat(plan.changed()).isEmpty();
	}

	@Test
	void aStepOfTheTemplateIsNeitherPlannedNorStarted() {
		UUID acting = UUID.randomUUID();
		DossierStep step = DossierStep.planned(2, "Xác minh", "COMMUNE_OFFICER", 4, acting);

		assertThat(step).extracting(DossierStep::position, DossierStep::name, DossierStep::role, DossierStep::shareHours,
				DossierStep::actingUnitId)
			.containsExactly(2, "Xác minh", "COMMUNE_OFFICER", 4.0, acting);
		assertThat(step).extracting(DossierStep::dueAt, DossierStep::assignee, DossierStep::startedAt,
				DossierStep::completedAt, DossierStep::completedBy, DossierStep::timeliness)
			.containsOnlyNulls();
	}

	@Test
	void onlyStepsActedOnByAnotherUnitMakeItVisibleThere() {
		UUID acting = UUID.randomUUID();
		StepPlan plan = new StepPlan(List.of(step(1, "COMMUNE_OFFICER", 1),
				new DossierStep(2, "Xác minh", "COMMUNE_OFFICER", 4, acting, null, null, null, null, null, null)), 1);

		assertThat(plan.anyActingIn(Set.of(acting)::contains)).isTrue();
		assertThat(plan.anyActingIn(Set.of(UUID.randomUUID())::contains)).isFalse();
		assertThat(threeSteps(1).anyActingIn(unit -> true)).isFalse();
	}

	@Test
	void copiesChangeIndependentlyAndTheListCannotBeChanged() {
		StepPlan plan = threeSteps(1);
		List<DossierStep> copies = plan.copies();

		plan.completeCurrent("can.bo", at(1));

		assertThat(copies.get(0).isCompleted()).isFalse();
		assertThat(copies.get(0)).isNotSameAs(plan.list().get(0));
		assertThatThrownBy(() -> plan.list().clear()).isInstanceOf(UnsupportedOperationException.class);
		plan.markStored();
		assertThat(plan.changed()).isEmpty();
	}

	@Test
	void theFirstStepStartsWithTheReceiptAndAnEmptyProcessHasNone() {
		StepPlan plan = threeSteps(1);
		plan.startFirst(at(0.25));
		assertThat(plan.list().get(0).startedAt()).isEqualTo(at(0.25));
		assertThat(plan.list().get(1).startedAt()).isNull();

		StepPlan empty = new StepPlan(List.of(), null);
		empty.startFirst(at(1));
		empty.plan(RECEIVED, at(1), ROUND_THE_CLOCK);
		assertThat(empty.list()).isEmpty();
	}

}
