package vn.motcua.shared;

import java.time.Clock;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.TimeMeter;

/**
 * How many times a client (its address, as the proxy gave it) may do something costly in a window:
 * {@code allowed} uses, given back evenly over {@code window}. Kept per node, in memory, for the
 * most recent 100,000 clients; time from the application's clock.
 */
public final class ClientBudget {

	private static final int CLIENTS = 100_000;

	private final Map<String, Bucket> buckets = Collections.synchronizedMap(new LinkedHashMap<>(256, 0.75f, true) {

		@Override
		protected boolean removeEldestEntry(Map.Entry<String, Bucket> eldest) {
			return size() > CLIENTS;
		}

	});

	private final int allowed;

	private final Duration window;

	private final TimeMeter time;

	public ClientBudget(int allowed, Duration window, Clock clock) {
		if (allowed < 1 || window.isNegative() || window.isZero()) {
			throw new IllegalArgumentException("a budget needs at least one use and a positive window");
		}
		this.allowed = allowed;
		this.window = window;
		this.time = new TimeMeter() {

			@Override
			public long currentTimeNanos() {
				return clock.millis() * 1_000_000L;
			}

			@Override
			public boolean isWallClockBased() {
				return true;
			}

		};
	}

	/** @return whether {@code client} has used up its budget. */
	public boolean exhausted(String client) {
		Bucket bucket = this.buckets.get(client);
		if (bucket == null) {
			return false;
		}
		long available = bucket.getAvailableTokens();
		if (available >= this.allowed) {
			// the window gave every use back: forget the client (also when the clock was set back since)
			this.buckets.remove(client);
			return false;
		}
		return available <= 0;
	}

	/** Counts one use by {@code client}. */
	public void spend(String client) {
		this.buckets
			.computeIfAbsent(client, c -> Bucket.builder()
				.addLimit(limit -> limit.capacity(this.allowed).refillGreedy(this.allowed, this.window))
				.withCustomTimePrecision(this.time)
				.build())
			.tryConsume(1);
	}

	/** @return how long an exhausted client waits for its next use, in whole minutes rounded up. */
	public long minutesToWait() {
		return this.window.dividedBy(this.allowed).toMinutes() + 1;
	}

}
