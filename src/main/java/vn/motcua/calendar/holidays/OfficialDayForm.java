package vn.motcua.calendar.holidays;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import vn.motcua.calendar.domain.OfficialDay;

import org.springframework.format.annotation.DateTimeFormat;

/** A day off or swapped working day being entered; mutable because the page binds to it. */
class OfficialDayForm {

	@NotNull(message = "{validation.required}")
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private @Nullable LocalDate date;

	private boolean dayOff = true;

	@NotBlank(message = "{validation.required}")
	@Size(max = 200, message = "{validation.too-long}")
	private String name = "";

	@NotBlank(message = "{validation.required}")
	@Size(max = 200, message = "{validation.too-long}")
	private String decision = "";

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private @Nullable LocalDate replacing;

	OfficialDay day() {
		if (this.date == null) {
			throw new IllegalStateException("validated form has a date");
		}
		return new OfficialDay(this.date, this.dayOff, this.name, this.decision);
	}

	public @Nullable LocalDate getDate() {
		return this.date;
	}

	public void setDate(@Nullable LocalDate date) {
		this.date = date;
	}

	public boolean isDayOff() {
		return this.dayOff;
	}

	public void setDayOff(boolean dayOff) {
		this.dayOff = dayOff;
	}

	public String getName() {
		return this.name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public String getDecision() {
		return this.decision;
	}

	public void setDecision(String decision) {
		this.decision = decision;
	}

	public @Nullable LocalDate getReplacing() {
		return this.replacing;
	}

	public void setReplacing(@Nullable LocalDate replacing) {
		this.replacing = replacing;
	}

}
