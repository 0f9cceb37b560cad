package vn.motcua.calendar;

import java.time.OffsetDateTime;

import org.junit.jupiter.api.Test;
import vn.motcua.shared.DomainException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AppointmentUnitTests {

	private final Appointment due = Appointment.of(OffsetDateTime.parse("2025-04-29T17:00:00+07:00"));

	@Test
	void resultsBeforeOnAndAfterTheDueDate() {
		assertThat(this.due.judge(OffsetDateTime.parse("2025-04-28T16:00:00+07:00"))).isEqualTo(Timeliness.EARLY);
		assertThat(this.due.judge(OffsetDateTime.parse("2025-04-29T08:00:00+07:00"))).isEqualTo(Timeliness.ON_TIME);
		assertThat(this.due.judge(OffsetDateTime.parse("2025-04-29T17:00:00+07:00"))).isEqualTo(Timeliness.ON_TIME);
		assertThat(this.due.judge(OffsetDateTime.parse("2025-04-29T17:01:00+07:00"))).isEqualTo(Timeliness.LATE);
		assertThat(this.due.pendingAt(OffsetDateTime.parse("2025-04-29T10:00:00+07:00"))).isEqualTo(Timeliness.WITHIN_TIME);
		assertThat(this.due.pendingAt(OffsetDateTime.parse("2025-04-30T08:00:00+07:00"))).isEqualTo(Timeliness.OVERDUE);
	}

	@Test
	void oneNewAppointmentOnlyAndTheDossierStaysLate() {
		Appointment moved = this.due.reschedule(OffsetDateTime.parse("2025-05-06T17:00:00+07:00"));

		assertThat(moved.current()).isEqualTo(OffsetDateTime.parse("2025-05-06T17:00:00+07:00"));
		assertThat(moved.judge(OffsetDateTime.parse("2025-05-05T10:00:00+07:00"))).isEqualTo(Timeliness.LATE);
		assertThatThrownBy(() -> moved.reschedule(OffsetDateTime.parse("2025-05-08T17:00:00+07:00")))
			.isInstanceOf(DomainException.class)
			.hasMessageContaining("already-rescheduled");
		assertThatThrownBy(() -> this.due.reschedule(OffsetDateTime.parse("2025-04-29T12:00:00+07:00")))
			.hasMessageContaining("new-appointment-not-later");
	}

}
