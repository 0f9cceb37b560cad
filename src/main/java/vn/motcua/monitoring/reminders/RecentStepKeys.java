package vn.motcua.monitoring.reminders;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Step reminders this node made lately (committed), so that the same step given again to the same
 * official with the same due moment costs no statement; forgotten all at once past
 * {@link #CAPACITY}.
 */
final class RecentStepKeys {

	static final int CAPACITY = 20_000;

	private final Set<String> keys = ConcurrentHashMap.newKeySet();

	boolean contains(String key) {
		return this.keys.contains(key);
	}

	void remember(String key) {
		if (this.keys.size() >= CAPACITY) {
			this.keys.clear();
		}
		this.keys.add(key);
	}

}
