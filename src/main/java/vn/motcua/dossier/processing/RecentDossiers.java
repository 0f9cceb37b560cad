package vn.motcua.dossier.processing;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import vn.motcua.dossier.domain.Dossier;

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

	private final Map<String, Dossier> entries = Collections.synchronizedMap(new LinkedHashMap<>(1024, 0.75f, true) {

		@Override
		protected boolean removeEldestEntry(Map.Entry<String, Dossier> eldest) {
			return size() > CAPACITY;
		}

	});

	/** @return a fresh aggregate copied from the remembered state, if any. */
	Optional<Dossier> get(String code) {
		return Optional.ofNullable(this.entries.get(code)).map(d -> d.copyAt(d.version()));
	}

	/**
	 * Remembers {@code dossier} as stored at {@code version} (a copy taken now), once the
	 * transaction commits: an action rolled back leaves nothing behind.
	 */
	void rememberAfterCommit(Dossier dossier, long version) {
		Dossier snapshot = dossier.copyAt(version);
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					RecentDossiers.this.entries.put(snapshot.code(), snapshot);
				}
			});
		}
	}

	void forget(String code) {
		this.entries.remove(code);
	}

}
