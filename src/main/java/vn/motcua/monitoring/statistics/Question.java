package vn.motcua.monitoring.statistics;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * What the filter form sends (the query string of every monitoring page), all optional.
 * @param unit blank for the official's own unit (the province for a system-wide administrator).
 * @param period {@code month}, {@code quarter}, {@code year} (the default) around {@code day}
 * (today when blank), or {@code custom} from {@code from} to {@code to}.
 */
public record Question(@Nullable String unit, @Nullable String period,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate day,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to) {
}
