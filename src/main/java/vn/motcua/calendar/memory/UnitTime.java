package vn.motcua.calendar.memory;

import java.util.UUID;

import org.jspecify.annotations.Nullable;
import vn.motcua.calendar.domain.WorkingTime;

/**
 * A unit's working time and the unit whose settings it uses.
 *
 * @param settingsOf the unit with its own office hours, {@literal null} for the national default.
 */
public record UnitTime(WorkingTime time, @Nullable UUID settingsOf) {
}
