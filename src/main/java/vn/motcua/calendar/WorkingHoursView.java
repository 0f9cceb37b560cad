package vn.motcua.calendar;

import java.time.LocalTime;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A unit's working calendar settings as pages and other modules see them.
 *
 * @param inheritedFrom the unit whose settings apply ({@literal null}: the national default).
 */
public record WorkingHoursView(LocalTime morningStart, LocalTime morningEnd, LocalTime afternoonStart,
		LocalTime afternoonEnd, boolean saturdayReception, boolean saturdayCounts, LocalTime sameDayCutoff,
		int onlineNearClosingMinutes, CountingConvention convention, @Nullable UUID inheritedFrom) {
}
