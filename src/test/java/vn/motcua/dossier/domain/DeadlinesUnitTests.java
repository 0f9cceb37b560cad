package vn.motcua.dossier.domain;

import java.time.Instant;

import org.junit.jupiter.api.Test;
import vn.motcua.calendar.Timeliness;
import vn.motcua.shared.DomainException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.motcua.dossier.domain.DossierFixtures.ROUND_THE_CLOCK;

/** Due moments: judged against the legal one, one new appointment, waits added. */
class DeadlinesUnitTests {

	/** 09:00 in Viet Nam, 4 August 2025. */
	private static final Instant RECEIVED = Instant.parse("2025-08-04T02:00:00Z");

	/** 17:00 in Viet Nam, 5 August 2025. */
	private static final Instant DUE = Instant.parse("2025-08-05T10:00:00Z");

	private static Deadlines due() {
		return new Deadlines(RECEIVED, DUE, null, null);
	}

	@Test
	void aResultIsEarlyBeforeTheDueDayOnTimeOnItAndLateAfterTheDueMoment() {
		Deadlines early = due();
		early.judge(Instant.parse("2025-08-04T16:59:59Z"));
		Deadlines onTime = due();
		onTime.judge(Instant.parse("2025-08-04T17:00:00Z"));
		Deadlines atTheMoment = due();
		atTheMoment.judge(DUE);
		Deadlines late = due();
		late.judge(DUE.plusSeconds(1));

		assertThat(early.timeliness()).isEqualTo(Timeliness.EARLY);
		assertThat(onTime.timeliness()).as("midnight in Viet Nam starts the due day").isEqualTo(Timeliness.ON_TIME);
		assertThat(atTheMoment.timeliness()).isEqualTo(Timeliness.ON_TIME);
		assertThat(late.timeliness()).isEqualTo(Timeliness.LATE);
	}

	@Test
	void withoutADueMomentAResultIsOnTime() {
		Deadlines none = new Deadlines(RECEIVED, null, null, null);

		none.judge(DUE.plusSeconds(86_400));

		assertThat(none.timeliness()).isEqualTo(Timeliness.ON_TIME);
		assertThat(none.isPastAt(DUE.plusSeconds(86_400))).isFalse();
	}

	@Test
	void anApologySetsOneLaterAppointmentAndTheDossierStaysLate() {
		Deadlines deadlines = due();
		Instant newDue = DUE.plusSeconds(2 * 86_400);

		deadlines.reschedule(newDue, RECEIVED);
		deadlines.judge(DUE.plusSeconds(3600));

		assertThat(deadlines.rescheduled()).isEqualTo(newDue);
		assertThat(deadlines.due()).isEqualTo(DUE);
		assertThat(deadlines.timeliness()).isEqualTo(Timeliness.LATE);
		assertThatThrownBy(() -> deadlines.reschedule(newDue.plusSeconds(86_400), RECEIVED)).isInstanceOf(DomainException.class)
			.hasMessageContaining("already-rescheduled");
	}

	@Test
	void aNewAppointmentMustBeLaterThanTheDueMoment() {
		assertThatThrownBy(() -> due().reschedule(DUE, RECEIVED)).hasMessageContaining("new-appointment-not-later");
		Deadlines none = new Deadlines(RECEIVED, null, null, null);
		assertThatThrownBy(() -> none.reschedule(RECEIVED, RECEIVED)).as("without a due moment, against the receipt")
			.hasMessageContaining("new-appointment-not-later");
		none.reschedule(RECEIVED.plusSeconds(1), DUE.plusSeconds(86_400));
		assertThat(none.rescheduled()).isEqualTo(RECEIVED.plusSeconds(1));
	}

	@Test
	void aWaitIsAddedToTheDueMomentAndMovingItReplacesIt() {
		Deadlines deadlines = due();

		deadlines.addWait(RECEIVED, RECEIVED.plusSeconds(7200), ROUND_THE_CLOCK);
		assertThat(deadlines.due()).isEqualTo(DUE.plusSeconds(7200));

		deadlines.moveTo(DUE);
		assertThat(deadlines.due()).isEqualTo(DUE);

		Deadlines none = new Deadlines(RECEIVED, null, null, null);
		none.addWait(RECEIVED, RECEIVED.plusSeconds(7200), ROUND_THE_CLOCK);
		assertThat(none.due()).isNull();
	}

	@Test
	void onlyAfterItsDueMomentIsADossierPastIt() {
		assertThat(due().isPastAt(DUE)).isFalse();
		assertThat(due().isPastAt(DUE.plusSeconds(1))).isTrue();
		assertThat(new Deadlines(RECEIVED, DUE, null, Timeliness.EARLY).timeliness()).isEqualTo(Timeliness.EARLY);
	}

}
