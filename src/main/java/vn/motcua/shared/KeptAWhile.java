package vn.motcua.shared;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;

/**
 * Values read from the database that change rarely and are asked for on every request (units,
 * agencies, unit trees), kept a while on this node. A write on this node forgets them ({@link #forget});
 * a write on another node reaches this one within the time they are kept. Nothing is kept for a key
 * that has no value, so a row added later is found at once.
 *
 * @param <K> the key, such as an id.
 * @param <V> the value.
 */
public final class KeptAWhile<K, V> {

	private final Map<K, Kept<V>> values = new ConcurrentHashMap<>();

	private final long nanos;

	/** Counts the {@link #forget}s: a value read before one is not kept after it. */
	private final AtomicLong generation = new AtomicLong();

	public KeptAWhile(Duration howLong) {
		this.nanos = howLong.toNanos();
	}

	/** @return the value kept for {@code key} if still fresh, else what {@code load} gives (kept unless {@literal null}). */
	public @Nullable V get(K key, Function<? super K, ? extends @Nullable V> load) {
		Kept<V> kept = this.values.get(key);
		long now = System.nanoTime();
		if (kept != null && now - kept.at() < this.nanos) {
			return kept.value();
		}
		long before = this.generation.get();
		V value = load.apply(key);
		if (value != null) {
			this.values.put(key, new Kept<>(value, now));
			if (this.generation.get() != before) { // forgotten while it was read: it may be the former value
				this.values.remove(key);
			}
		}
		return value;
	}

	/** Forgets every value: call it when a write is made and again when its transaction ends. */
	public void forget() {
		this.generation.incrementAndGet();
		this.values.clear();
	}

	private record Kept<V>(V value, long at) {
	}

}
