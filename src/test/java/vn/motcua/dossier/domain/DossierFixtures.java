package vn.motcua.dossier.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import vn.motcua.TestActor;
import vn.motcua.calendar.Channel;
import vn.motcua.calendar.ClockStopMode;
import vn.motcua.calendar.RuleVersion;
import vn.motcua.calendar.TimeLimitUnit;
import vn.motcua.shared.Actor;
import vn.motcua.shared.Role;

/** Dossiers in the aggregate's own terms, on a clock where every hour is a working hour. */
final class DossierFixtures {

	static final Instant RECEIVED = Instant.parse("2025-08-04T02:00:00Z");

	static final Instant DUE = RECEIVED.plus(Duration.ofHours(15));

	/** A schedule without nights or holidays: enough to test the state machine, not the calendar. */
	static final Schedule ROUND_THE_CLOCK = new Schedule() {

		@Override
		public Instant plusWorkingHours(Instant from, double hours) {
			return from.plusSeconds(Math.round(hours * 3600));
		}

		@Override
		public Duration workingTimeBetween(Instant from, Instant to) {
			return Duration.between(from, to);
		}

		@Override
		public Instant closingAfterWorkingDays(Instant from, int days) {
			return from.plus(Duration.ofDays(days));
		}

		@Override
		public Optional<Instant> dueAfter(Intake intake, List<ClockStopEntry> stops) {
			ClockStopEntry last = stops.get(stops.size() - 1);
			return Optional.ofNullable(last.resumedAt()).map(r -> r.plus(Duration.ofHours(15)));
		}

	};

	private DossierFixtures() {
	}

	static Actor official(Role... roles) {
		return TestActor.of("can.bo", null, roles);
	}

	/** A received 2-working-day commune dossier with the usual four steps. */
	static Dossier receivedDossier() {
		List<DossierStep> steps = List.of(step(1, "COMMUNE_OFFICER", 1.5), step(2, "COMMUNE_OFFICER", 8),
				step(3, "LEADER", 5), step(4, "COMMUNE_OFFICER", 1.5));
		return Dossier.receive("000.41.00.H55-250804-0001", intake(UUID.randomUUID(), ClockStopMode.RESTART), DUE, steps,
				ROUND_THE_CLOCK, official(Role.RECEPTION));
	}

	/** A received dossier of {@code unitId} whose second step is done by the agency of {@code actingUnitId}. */
	static Dossier interAgencyDossier(UUID unitId, UUID actingUnitId) {
		List<DossierStep> steps = List.of(step(1, "COMMUNE_OFFICER", 1),
				new DossierStep(2, "Xác minh", "COMMUNE_OFFICER", 4, actingUnitId, null, null, null, null, null, null),
				step(3, "LEADER", 2));
		return Dossier.receive("000.41.00.H55-250804-0002", intake(unitId, ClockStopMode.RESTART), DUE, steps,
				ROUND_THE_CLOCK, official(Role.RECEPTION));
	}

	/** What a commune desk of {@code unitId} fixed at receipt, with supplements under {@code mode}. */
	static Intake intake(UUID unitId, ClockStopMode mode) {
		return new Intake(UUID.randomUUID(), "2.001035", "Chứng thực giao dịch", UUID.randomUUID(), "000.41.00.H55",
				unitId, Channel.DIRECT, new Applicant("Nguyễn Văn Thử", null, null, null, null), RECEIVED, RECEIVED, 2,
				TimeLimitUnit.WORKING_DAYS, Set.of(), RuleVersion.DECREE_118_2025, mode, "tiep.nhan", "SECRET12");
	}

	static DossierStep step(int position, String role, double hours) {
		return new DossierStep(position, "Bước " + position, role, hours, null, null, null, null, null, null, null);
	}

}
