package vn.motcua.dossier.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import vn.motcua.calendar.ClockStopMode;
import vn.motcua.dossier.domain.ClockStopEntry.Kind;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.motcua.dossier.domain.DossierFixtures.RECEIVED;
import static vn.motcua.dossier.domain.DossierFixtures.ROUND_THE_CLOCK;
import static vn.motcua.dossier.domain.DossierFixtures.intake;

/** Clock stops: numbered, closed last first, and how each kind moves the due moment. */
class ClockStopsUnitTests {

	private static Instant at(int hours) {
		return RECEIVED.plus(Duration.ofHours(hours));
	}

	@Test
	void stopsAreNumberedInOrderAndResumingClosesTheLastOne() {
		ClockStops stops = new ClockStops(List.of());
		assertThat(stops.changed()).isFalse();

		stops.stop(Kind.SUPPLEMENT, at(1));
		ClockStopEntry resumed = stops.resume(at(3));
		stops.stop(Kind.PAYMENT, at(5));

		assertThat(resumed).isEqualTo(new ClockStopEntry(1, at(1), at(3), Kind.SUPPLEMENT));
		assertThat(stops.list()).containsExactly(new ClockStopEntry(1, at(1), at(3), Kind.SUPPLEMENT),
				new ClockStopEntry(2, at(5), null, Kind.PAYMENT));
		assertThat(stops.ofKind(Kind.PAYMENT)).extracting(ClockStopEntry::seq).containsExactly(2);
		assertThat(stops.changed()).isTrue();
		stops.markStored();
		assertThat(stops.changed()).isFalse();
		stops.resume(at(6));
		assertThat(stops.changed()).isTrue();
		assertThatThrownBy(() -> stops.list().clear()).isInstanceOf(UnsupportedOperationException.class);
	}

	@Test
	void theStoredStopsAreCopiedNotShared() {
		List<ClockStopEntry> stored = new java.util.ArrayList<>(List.of(new ClockStopEntry(1, at(1), null, Kind.PAYMENT)));
		ClockStops stops = new ClockStops(stored);

		stops.resume(at(2));

		assertThat(stored.get(0).resumedAt()).isNull();
		assertThat(stops.list()).singleElement().extracting(ClockStopEntry::resumedAt).isEqualTo(at(2));
	}

	@Test
	void aWaitForPaymentIsAddedInOfficeTime() {
		assertThat(ClockStops.plusWait(at(10), at(1), at(4), ROUND_THE_CLOCK)).isEqualTo(at(13));
		assertThat(ClockStops.plusWait(at(10), at(1), at(1), ROUND_THE_CLOCK)).isEqualTo(at(10));
	}

	@Test
	void afterASupplementARestartCountsOnlyPaymentsFromNowWhileAPauseCountsEveryPaymentSinceReceipt() {
		ClockStops stops = new ClockStops(List.of(new ClockStopEntry(1, at(1), at(3), Kind.PAYMENT),
				new ClockStopEntry(2, at(5), null, Kind.SUPPLEMENT)));
		stops.resume(at(8)); // the schedule makes it due 15 hours after the last supplement stop: at(23)

		assertThat(stops.dueAfterSupplement(intake(UUID.randomUUID(), ClockStopMode.RESTART), at(8), ROUND_THE_CLOCK))
			.isEqualTo(at(23));
		assertThat(stops.dueAfterSupplement(intake(UUID.randomUUID(), ClockStopMode.PAUSE), at(8), ROUND_THE_CLOCK))
			.as("the two hours waiting for the payment are not counted either")
			.isEqualTo(at(25));
	}

	@Test
	void aPaymentStillAwaitedOrStartedBeforeTheCountAddsNothing() {
		ClockStops stops = new ClockStops(List.of(new ClockStopEntry(1, at(-2), at(-1), Kind.PAYMENT),
				new ClockStopEntry(2, at(1), at(4), Kind.SUPPLEMENT), new ClockStopEntry(3, at(0), null, Kind.PAYMENT)));

		assertThat(stops.dueAfterSupplement(intake(UUID.randomUUID(), ClockStopMode.PAUSE), at(4), ROUND_THE_CLOCK))
			.isEqualTo(at(19));
	}

	@Test
	void aPaymentStartedExactlyWhenTheCountRestartsIsCounted() {
		ClockStops stops = new ClockStops(List.of(new ClockStopEntry(1, at(1), at(4), Kind.SUPPLEMENT),
				new ClockStopEntry(2, at(4), at(6), Kind.PAYMENT)));

		assertThat(stops.dueAfterSupplement(intake(UUID.randomUUID(), ClockStopMode.RESTART), at(4), ROUND_THE_CLOCK))
			.isEqualTo(at(21));
	}

	@Test
	void whileASupplementIsAwaitedThereIsNoDueMoment() {
		Schedule none = new Schedule() {

			@Override
			public Instant plusWorkingHours(Instant from, double hours) {
				return from;
			}

			@Override
			public Duration workingTimeBetween(Instant from, Instant to) {
				return Duration.ZERO;
			}

			@Override
			public Instant closingAfterWorkingDays(Instant from, int days) {
				return from;
			}

			@Override
			public Optional<Instant> dueAfter(Intake intake, List<ClockStopEntry> stops) {
				return Optional.empty();
			}

		};
		ClockStops stops = new ClockStops(List.of(new ClockStopEntry(1, at(1), null, Kind.SUPPLEMENT)));

		assertThatThrownBy(() -> stops.dueAfterSupplement(intake(UUID.randomUUID(), ClockStopMode.PAUSE), at(2), none))
			.isInstanceOf(java.util.NoSuchElementException.class);
	}

}
