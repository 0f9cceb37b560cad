package vn.motcua.platform.time;

import java.time.Instant;

import org.junit.jupiter.api.Test;
import vn.motcua.shared.Vietnam;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ClockConfigUnitTests {

	private final ClockConfig config = new ClockConfig();

	@Test
	void aFixedInstantWithOffsetFreezesTimeInVietnam() {
		var clock = this.config.clock("2025-04-25T16:00:00+07:00");

		assertThat(clock.instant()).isEqualTo(Instant.parse("2025-04-25T09:00:00Z"));
		assertThat(clock.getZone()).isEqualTo(Vietnam.ZONE);
	}

	@Test
	void withoutPropertyTheClockRunsInVietnam() {
		assertThat(this.config.clock("").getZone().getId()).isEqualTo("Asia/Ho_Chi_Minh");
	}

	@Test
	void aMalformedInstantStopsTheStartWithAClearMessage() {
		assertThatThrownBy(() -> this.config.clock("25/04/2025")).isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("motcua.clock.fixed");
	}

}
