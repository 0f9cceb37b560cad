package vn.motcua.calendar.deadlines;

import java.time.Instant;

import org.junit.jupiter.api.Test;
import vn.motcua.calendar.ClockStopPeriod;
import vn.motcua.shared.DomainException;
import vn.motcua.shared.Vietnam;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MomentsUnitTests {

	private final Moments moments = new Moments(Vietnam.ZONE);

	@Test
	void aMomentWithOrWithoutOffset() {
		Instant expected = Instant.parse("2025-04-25T09:00:00Z");

		assertThat(this.moments.instant("2025-04-25T16:00:00+07:00", "at")).isEqualTo(expected);
		assertThat(this.moments.instant("2025-04-25T16:00:00 07:00", "at")).as("unencoded +").isEqualTo(expected);
		assertThat(this.moments.instant(" 2025-04-25T16:00 ", "at")).isEqualTo(expected);
		assertThatThrownBy(() -> this.moments.instant("25/04/2025", "receivedAt")).isInstanceOf(DomainException.class)
			.hasFieldOrPropertyWithValue("code", "bad-parameter");
	}

	@Test
	void aClockStopMayStillBeOpen() {
		assertThat(this.moments.clockStop("2025-04-25T16:00/2025-04-28T08:00")).isEqualTo(new ClockStopPeriod(
				Instant.parse("2025-04-25T09:00:00Z"), Instant.parse("2025-04-28T01:00:00Z")));
		assertThat(this.moments.clockStop("2025-04-25T16:00/ ").resumedAt()).isNull();
		assertThatThrownBy(() -> this.moments.clockStop("2025-04-25T16:00")).isInstanceOf(DomainException.class)
			.hasFieldOrPropertyWithValue("code", "bad-parameter");
	}

}
