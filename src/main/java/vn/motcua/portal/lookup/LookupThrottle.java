package vn.motcua.portal.lookup;

import java.time.Clock;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.TimeMeter;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Limits failed public lookups per client, so that dossier codes cannot be enumerated: after
 * {@code motcua.lookup.failures-allowed} failures the client is refused until the window has
 * given tokens back. Successful lookups cost nothing. Kept per node, in memory, for the most
 * recent 100,000 clients. The feedback follow-up counts its failures here too, so that register
 * numbers cannot be enumerated either.
 */
@Component
public class LookupThrottle {

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

	LookupThrottle(@Value("${motcua.lookup.failures-allowed:10}") int allowed,
			@Value("${motcua.lookup.window:15m}") Duration window, Clock clock) {
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

	/** @return whether {@code client} has used up its failures. */
	public boolean blocked(String client) {
		Bucket bucket = this.buckets.get(client);
		if (bucket == null) {
			return false;
		}
		long available = bucket.getAvailableTokens();
		if (available >= this.allowed) {
			// the window gave every try back: forget the client (also when the clock was set back since)
			this.buckets.remove(client);
			return false;
		}
		return available <= 0;
	}

	/** Counts a failed lookup (unknown code or wrong second factor) against {@code client}. */
	public void failed(String client) {
		this.buckets
			.computeIfAbsent(client, c -> Bucket.builder()
				.addLimit(limit -> limit.capacity(this.allowed).refillGreedy(this.allowed, this.window))
				.withCustomTimePrecision(this.time)
				.build())
			.tryConsume(1);
	}

	/** @return how long a blocked client waits for its next try. */
	public Duration retryAfter() {
		return this.window.dividedBy(this.allowed);
	}

}
