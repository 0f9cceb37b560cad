package vn.motcua.calendar.hours;

import java.time.LocalTime;

import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;
import vn.motcua.calendar.WorkingHoursView;
import vn.motcua.calendar.WorkingHoursView.CountingConvention;
import vn.motcua.calendar.domain.OfficeHours;

import org.springframework.format.annotation.DateTimeFormat;

/** A unit's working calendar being edited; mutable because the page binds to it. */
class UnitHoursForm {

	@NotNull(message = "{validation.required}")
	@DateTimeFormat(pattern = "HH:mm")
	private @Nullable LocalTime morningStart;

	@NotNull(message = "{validation.required}")
	@DateTimeFormat(pattern = "HH:mm")
	private @Nullable LocalTime morningEnd;

	@NotNull(message = "{validation.required}")
	@DateTimeFormat(pattern = "HH:mm")
	private @Nullable LocalTime afternoonStart;

	@NotNull(message = "{validation.required}")
	@DateTimeFormat(pattern = "HH:mm")
	private @Nullable LocalTime afternoonEnd;

	private boolean saturdayReception;

	private boolean saturdayCounts;

	private CountingConvention convention = CountingConvention.CIVIL_CODE;

	static UnitHoursForm of(WorkingHoursView view) {
		var form = new UnitHoursForm();
		form.morningStart = view.morningStart();
		form.morningEnd = view.morningEnd();
		form.afternoonStart = view.afternoonStart();
		form.afternoonEnd = view.afternoonEnd();
		form.saturdayReception = view.saturdayReception();
		form.saturdayCounts = view.saturdayCounts();
		form.convention = view.convention();
		return form;
	}

	/** @throws vn.motcua.calendar.domain.CalendarRuleViolated when the hours are out of order. */
	OfficeHours hours() {
		if (this.morningStart == null || this.morningEnd == null || this.afternoonStart == null
				|| this.afternoonEnd == null) {
			throw new IllegalStateException("validated form has every time");
		}
		return new OfficeHours(this.morningStart, this.morningEnd, this.afternoonStart, this.afternoonEnd,
				this.saturdayReception, this.saturdayCounts,
				this.convention);
	}

	public @Nullable LocalTime getMorningStart() {
		return this.morningStart;
	}

	public void setMorningStart(@Nullable LocalTime morningStart) {
		this.morningStart = morningStart;
	}

	public @Nullable LocalTime getMorningEnd() {
		return this.morningEnd;
	}

	public void setMorningEnd(@Nullable LocalTime morningEnd) {
		this.morningEnd = morningEnd;
	}

	public @Nullable LocalTime getAfternoonStart() {
		return this.afternoonStart;
	}

	public void setAfternoonStart(@Nullable LocalTime afternoonStart) {
		this.afternoonStart = afternoonStart;
	}

	public @Nullable LocalTime getAfternoonEnd() {
		return this.afternoonEnd;
	}

	public void setAfternoonEnd(@Nullable LocalTime afternoonEnd) {
		this.afternoonEnd = afternoonEnd;
	}

	public boolean isSaturdayReception() {
		return this.saturdayReception;
	}

	public void setSaturdayReception(boolean saturdayReception) {
		this.saturdayReception = saturdayReception;
	}

	public boolean isSaturdayCounts() {
		return this.saturdayCounts;
	}

	public void setSaturdayCounts(boolean saturdayCounts) {
		this.saturdayCounts = saturdayCounts;
	}

	public CountingConvention getConvention() {
		return this.convention;
	}

	public void setConvention(CountingConvention convention) {
		this.convention = convention;
	}

}
