package vn.motcua.dossier;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import vn.motcua.calendar.Timeliness;
import vn.motcua.dossier.domain.ClockStopEntry;
import vn.motcua.dossier.domain.Dossier;
import vn.motcua.dossier.domain.DossierStep;
import vn.motcua.dossier.domain.Intake;
import vn.motcua.dossier.domain.TimelineEntry;

import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The dossiers this node stored last, as committed, so that the next action on one of them skips
 * reading it back. Only a guess: every write is guarded by the dossier's version, so a copy made
 * stale by another node (or anything else that wrote the dossier) makes the write fail, and the
 * action is taken again on the dossier read from the database. Reads for display never use it.
 */
@Component
class RecentDossiers {

	private static final int CAPACITY = 20_000;

	private final Map<String, Snapshot> entries = Collections.synchronizedMap(new LinkedHashMap<>(1024, 0.75f, true) {

		@Override
		protected boolean removeEldestEntry(Map.Entry<String, Snapshot> eldest) {
			return size() > CAPACITY;
		}

	});

	/** @return a fresh aggregate built from the remembered state, if any. */
	Optional<DossierRepository.Loaded> get(String code) {
		return Optional.ofNullable(this.entries.get(code)).map(Snapshot::loaded);
	}

	/**
	 * Remembers {@code dossier} as stored at {@code version}, once the transaction commits (an
	 * action rolled back leaves nothing behind).
	 */
	void rememberAfterCommit(Dossier dossier, long version, List<TimelineEntry> timeline) {
		Snapshot snapshot = new Snapshot(dossier.id(), dossier.code(), dossier.intake(), dossier.status(), dossier.dueAt(),
				dossier.rescheduledDueAt(), dossier.currentStep(), dossier.resolvedAt(), dossier.timeliness(),
				dossier.closedAt(), copy(dossier.steps()), List.copyOf(dossier.stops()), version, List.copyOf(timeline));
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					RecentDossiers.this.entries.put(dossier.code(), snapshot);
				}
			});
		}
	}

	void forget(String code) {
		this.entries.remove(code);
	}

	private static List<DossierStep> copy(List<DossierStep> steps) {
		return steps.stream()
			.map(s -> new DossierStep(s.position(), s.name(), s.role(), s.shareHours(), s.actingUnitId(), s.dueAt(),
					s.assignee(), s.startedAt(), s.completedAt(), s.completedBy(), s.timeliness()))
			.toList();
	}

	/** The committed state of an aggregate (steps copied: they are mutable) and its timeline. */
	private record Snapshot(UUID id, String code, Intake intake, DossierStatus status, @Nullable Instant dueAt,
			@Nullable Instant rescheduledDueAt, @Nullable Integer currentStep, @Nullable Instant resolvedAt,
			@Nullable Timeliness timeliness, @Nullable Instant closedAt, List<DossierStep> steps,
			List<ClockStopEntry> stops, long version, List<TimelineEntry> timeline) {

		DossierRepository.Loaded loaded() {
			return new DossierRepository.Loaded(new Dossier(this.id, this.code, this.intake, this.status, this.dueAt,
					this.rescheduledDueAt, this.currentStep, this.resolvedAt, this.timeliness, this.closedAt,
					copy(this.steps), this.stops, this.version), this.timeline);
		}

	}

}
