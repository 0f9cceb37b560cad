package vn.motcua.portal.lookup;

import java.time.Clock;
import java.time.Duration;

import vn.motcua.shared.ClientBudget;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Limits failed public lookups per client, so that dossier codes cannot be enumerated: after
 * {@code motcua.lookup.failures-allowed} failures the client is refused until the window has
 * given tries back. Successful lookups cost nothing. The feedback follow-up counts its failures
 * here too, so that register numbers cannot be enumerated either.
 */
@Component
public class LookupThrottle {

	private final ClientBudget failures;

	LookupThrottle(@Value("${motcua.lookup.failures-allowed:10}") int allowed,
			@Value("${motcua.lookup.window:15m}") Duration window, Clock clock) {
		this.failures = new ClientBudget(allowed, window, clock);
	}

	/** @return whether {@code client} has used up its failures. */
	public boolean blocked(String client) {
		return this.failures.exhausted(client);
	}

	/** Counts a failed lookup (unknown code or wrong second factor) against {@code client}. */
	public void failed(String client) {
		this.failures.spend(client);
	}

	/** @return how many minutes a blocked client waits for its next try. */
	public long minutesToWait() {
		return this.failures.minutesToWait();
	}

}
