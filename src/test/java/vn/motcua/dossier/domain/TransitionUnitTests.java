package vn.motcua.dossier.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import vn.motcua.TestActor;
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
import static vn.motcua.dossier.domain.DossierFixtures.interAgencyDossier;
import static vn.motcua.dossier.domain.DossierFixtures.official;
import static vn.motcua.dossier.domain.DossierFixtures.receivedDossier;

/** An official's action: who may take it, from which agency, then the dossier's own rules. */
class TransitionUnitTests {

	private static final UUID COMMUNE = UUID.randomUUID();

	private static final UUID OTHER_COMMUNE = UUID.randomUUID();

	private static final Instant NOW = RECEIVED.plus(Duration.ofHours(1));

	private static Transition action(DossierAction action) {
		return new Transition(action, "Ghi chú", null, null, null);
	}

	private static void take(Transition transition, Dossier dossier, Actor actor, Predicate<UUID> inScope) {
		transition.applyTo(dossier, actor, inScope, official -> true, ROUND_THE_CLOCK, NOW);
	}

	@Test
	void aRoleThatMayNotTakeTheActionIsForbiddenBeforeTheStateIsLookedAt() {
		Dossier dossier = receivedDossier();

		assertThatThrownBy(() -> take(action(DossierAction.RETURN_RESULT), dossier, official(Role.SPECIALIST), unit -> true))
			.isInstanceOf(DomainException.class)
			.hasMessage("forbidden");
		assertThatThrownBy(() -> take(action(DossierAction.RESOLVE), dossier, official(Role.ADMIN), unit -> true))
			.hasMessage("forbidden");
	}

	@Test
	void theReceivingAgencyTakesEveryActionButAnInterAgencyStepsCompletion() {
		Dossier dossier = interAgencyDossier(COMMUNE, OTHER_COMMUNE);
		Actor here = TestActor.of("xa.nay", COMMUNE, Role.COMMUNE_OFFICER);
		Actor there = TestActor.of("xa.kia", OTHER_COMMUNE, Role.COMMUNE_OFFICER);
		Predicate<UUID> hereScope = Set.of(COMMUNE)::contains;
		Predicate<UUID> thereScope = Set.of(OTHER_COMMUNE)::contains;

		assertThatThrownBy(() -> take(action(DossierAction.COMPLETE_STEP), dossier, there, thereScope))
			.as("step 1 is the receiving agency's")
			.hasMessage("forbidden");
		take(action(DossierAction.COMPLETE_STEP), dossier, here, hereScope);
		assertThatThrownBy(() -> take(action(DossierAction.COMPLETE_STEP), dossier, here, hereScope))
			.as("step 2 is the acting agency's")
			.hasMessage("forbidden");
		assertThatThrownBy(() -> take(action(DossierAction.REFUSE), dossier, there, thereScope))
			.as("the acting agency does nothing else")
			.hasMessage("forbidden");
		take(action(DossierAction.COMPLETE_STEP), dossier, there, thereScope);

		assertThat(dossier.currentStep()).isEqualTo(3);
		assertThat(dossier.steps().get(1).completedBy()).isEqualTo("xa.kia");
		assertThat(ActionPolicy.actsHere(DossierAction.REFUSE, dossier, hereScope)).isTrue();
	}

	@Test
	void withoutACurrentStepTheReceivingAgencyIsAskedAndTheDossierSaysWhy() {
		Dossier dossier = receivedDossier();
		dossier.refuse("Không đủ điều kiện", official(Role.COMMUNE_OFFICER), NOW);
		Actor stepHolder = official(Role.SPECIALIST);

		assertThat(ActionPolicy.allows(DossierAction.COMPLETE_STEP, stepHolder, dossier)).isTrue();
		assertThatThrownBy(() -> take(action(DossierAction.COMPLETE_STEP), dossier, stepHolder, unit -> true))
			.hasMessageContaining("illegal-transition");
		assertThatThrownBy(() -> take(action(DossierAction.COMPLETE_STEP), dossier, stepHolder, unit -> false))
			.hasMessage("forbidden");
	}

	@Test
	void theAssigneeOfTheCurrentStepMayCompleteIt() {
		Dossier dossier = receivedDossier();
		dossier.completeStep(null, official(Role.COMMUNE_OFFICER), NOW);
		dossier.assign("chuyen.vien", official -> true, null, official(Role.COMMUNE_OFFICER), NOW);
		Actor assignee = TestActor.of("chuyen.vien", null, Role.SPECIALIST);
		Actor someoneElse = TestActor.of("nguoi.khac", null, Role.SPECIALIST);

		assertThat(ActionPolicy.allows(DossierAction.COMPLETE_STEP, someoneElse, dossier)).isFalse();
		take(action(DossierAction.COMPLETE_STEP), dossier, assignee, unit -> true);

		assertThat(dossier.currentStep()).isEqualTo(3);
	}

	@Test
	void receivingIsNotAnActionOnAStoredDossier() {
		assertThatThrownBy(() -> take(action(DossierAction.RECEIVE), receivedDossier(), official(Role.RECEPTION),
				unit -> true))
			.hasMessage("illegal-transition [RECEIVE, RECEIVED]");
		assertThat(ActionPolicy.mayReceive(official(Role.RECEPTION))).isTrue();
		assertThat(ActionPolicy.mayReceive(official(Role.COMMUNE_OFFICER))).isTrue();
		assertThat(ActionPolicy.mayReceive(official(Role.LEADER))).isFalse();
	}

	@Test
	void eachActionReachesItsTransitionWithWhatItNeeds() {
		Actor officer = official(Role.COMMUNE_OFFICER);
		Dossier dossier = receivedDossier();

		assertThatThrownBy(() -> take(new Transition(DossierAction.ASSIGN, null, null, null, null), dossier, officer, u -> true))
			.hasMessage("assignee-required");
		take(new Transition(DossierAction.ASSIGN, null, "chuyen.vien", null, null), dossier, officer, u -> true);
		assertThatThrownBy(() -> take(action(DossierAction.APOLOGISE), dossier, officer, u -> true))
			.hasMessage("new-appointment-required");
		take(new Transition(DossierAction.APOLOGISE, "Chờ", null, DUE.plusSeconds(86_400), null), dossier, officer, u -> true);
		take(action(DossierAction.REQUEST_PAYMENT), dossier, officer, u -> true);
		take(action(DossierAction.PAYMENT_RECEIVED), dossier, officer, u -> true);
		take(action(DossierAction.REQUEST_SUPPLEMENT), dossier, officer, u -> true);
		take(action(DossierAction.SUPPLEMENT_RECEIVED), dossier, officer, u -> true);
		take(action(DossierAction.WITHDRAW), dossier, officer, u -> true);

		assertThat(dossier.steps().get(0).assignee()).isEqualTo("chuyen.vien");
		assertThat(dossier.rescheduledDueAt()).isEqualTo(DUE.plusSeconds(86_400));
		assertThat(dossier.timeline()).extracting(TimelineEntry::action)
			.containsExactly(DossierAction.RECEIVE, DossierAction.ASSIGN, DossierAction.APOLOGISE,
					DossierAction.REQUEST_PAYMENT, DossierAction.PAYMENT_RECEIVED, DossierAction.REQUEST_SUPPLEMENT,
					DossierAction.SUPPLEMENT_RECEIVED, DossierAction.WITHDRAW);
		assertThat(dossier.status()).isEqualTo(DossierStatus.WITHDRAWN);
	}

	@ParameterizedTest
	@EnumSource(value = DossierAction.class, names = { "RESOLVE", "RETURN_RESULT", "REFUSE", "COMPLETE_STEP" })
	void theClosingActionsReachTheirTransition(DossierAction closing) {
		Actor officer = official(Role.COMMUNE_OFFICER);
		Dossier dossier = receivedDossier();
		for (int i = 0; i < 3; i++) {
			dossier.completeStep(null, officer, NOW);
		}
		if (closing == DossierAction.RETURN_RESULT) {
			dossier.resolve(null, officer, NOW);
		}

		take(action(closing), dossier, officer, u -> true);

		// completing the last step is the result: recorded as such
		assertThat(dossier.timeline().get(dossier.timeline().size() - 1).action())
			.isEqualTo(closing == DossierAction.COMPLETE_STEP ? DossierAction.RESOLVE : closing);
	}

}
