package vn.motcua.calendar.domain;

import java.time.LocalDate;

/**
 * One day that an official decision (or, for a year without one, the Labour Code's default)
 * makes a day off or a working day, with its reason and the document that decided it.
 */
public record OfficialDay(LocalDate date, boolean dayOff, String name, String decision) {
}
