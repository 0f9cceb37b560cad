package vn.motcua.shared;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class KeptAWhileUnitTests {

	private final AtomicInteger loads = new AtomicInteger();

	private String load(String key) {
		return key + this.loads.incrementAndGet();
	}

	@Test
	void aValueIsReadOnceWhileKeptAndAgainOnceForgotten() {
		var kept = new KeptAWhile<String, String>(Duration.ofHours(1));
		assertThat(kept.get("a", this::load)).isEqualTo("a1");
		assertThat(kept.get("a", this::load)).isEqualTo("a1");
		assertThat(kept.get("b", this::load)).isEqualTo("b2");
		kept.forget();
		assertThat(kept.get("a", this::load)).isEqualTo("a3");
	}

	@Test
	void aValueIsReadAgainOnceItsTimeIsOverAndNothingIsKeptForAKeyWithoutValue() {
		var never = new KeptAWhile<String, String>(Duration.ZERO);
		assertThat(never.get("a", this::load)).isEqualTo("a1");
		assertThat(never.get("a", this::load)).isEqualTo("a2");

		var kept = new KeptAWhile<String, String>(Duration.ofHours(1));
		assertThat(kept.get("x", key -> null)).isNull();
		assertThat(kept.get("x", this::load)).as("a row added later is found at once").isEqualTo("x3");
	}

	@Test
	void aValueReadWhileTheValuesAreForgottenIsNotKept() {
		var kept = new KeptAWhile<String, String>(Duration.ofHours(1));
		assertThat(kept.get("a", key -> {
			kept.forget(); // a write committed on another thread while this one was reading
			return "former";
		})).isEqualTo("former");
		assertThat(kept.get("a", this::load)).isEqualTo("a1");
	}

}
