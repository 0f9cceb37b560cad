package vn.motcua.calendar.deadlines;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import vn.motcua.calendar.CalendarDay;
import vn.motcua.calendar.CalendarManagement;
import vn.motcua.calendar.Channel;
import vn.motcua.calendar.ClockStopPeriod;
import vn.motcua.calendar.Deadline;
import vn.motcua.calendar.LunarDate;
import vn.motcua.calendar.ReceiptRule;
import vn.motcua.calendar.TimeLimitUnit;
import vn.motcua.organization.OrganizationManagement;
import vn.motcua.shared.DomainException;
import vn.motcua.shared.DomainException.Kind;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Public calendar API: lunar dates, working days, due dates, working time. No login. */
@RestController
@RequestMapping("/api/v1/calendar")
class CalendarApiController {

	/** Longest time limit accepted: ten years of days. */
	private static final int MAX_AMOUNT = 3650;

	private final CalendarManagement calendar;

	private final OrganizationManagement organization;

	private final Clock clock;

	private final Moments moments;

	CalendarApiController(CalendarManagement calendar, OrganizationManagement organization, Clock clock) {
		this.calendar = calendar;
		this.organization = organization;
		this.clock = clock;
		this.moments = new Moments(clock.getZone());
	}

	@GetMapping("/lunar")
	LunarResponse lunar(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date) {
		LunarDate lunar = this.calendar.lunar(date);
		return new LunarResponse(date, lunar.day(), lunar.month(), lunar.year(), lunar.leap());
	}

	@GetMapping("/days")
	List<CalendarDay> days(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(required = false) @Nullable String unit) {
		return this.calendar.days(from, to, unitId(unit, from));
	}

	/**
	 * @param receivedAt ISO-8601 with offset ({@code 2025-04-25T16:00:00+07:00}) or local time in
	 * Viet Nam ({@code 2025-04-25T16:00}).
	 * @param stop clock stops as {@code stoppedAt/resumedAt} (ISO-8601), the last one may end open
	 * ({@code stoppedAt/}).
	 * @param rule the procedure's rules on when a dossier counts as received, any number.
	 */
	@GetMapping("/due-date")
	DueDateResponse dueDate(@RequestParam String receivedAt, @RequestParam int amount,
			@RequestParam TimeLimitUnit timeUnit, @RequestParam(defaultValue = "DIRECT") Channel channel,
			@RequestParam(required = false) @Nullable String unit,
			@RequestParam(required = false) @Nullable List<String> stop,
			@RequestParam(required = false) @Nullable Set<ReceiptRule> rule) {
		if (amount < 0 || amount > MAX_AMOUNT) {
			throw new DomainException(Kind.INVALID, "bad-parameter", "amount");
		}
		Instant received = this.moments.instant(receivedAt, "receivedAt");
		List<ClockStopPeriod> stops = stop == null ? List.of() : stop.stream().map(this.moments::clockStop).toList();
		UUID unitId = unitId(unit, LocalDate.ofInstant(received, this.clock.getZone()));
		Deadline deadline = this.calendar.deadline(received, amount, timeUnit, channel, rule == null ? Set.of() : rule,
				unitId, stops);
		return DueDateResponse.of(deadline, unit);
	}

	@GetMapping("/working-time")
	WorkingTimeResponse workingTime(@RequestParam String from, @RequestParam String to,
			@RequestParam(required = false) @Nullable String unit) {
		Instant start = this.moments.instant(from, "from");
		Instant end = this.moments.instant(to, "to");
		long minutes = this.calendar
			.workingTime(start, end, unitId(unit, LocalDate.ofInstant(start, this.clock.getZone())))
			.toMinutes();
		return new WorkingTimeResponse(OffsetDateTime.ofInstant(start, this.clock.getZone()),
				OffsetDateTime.ofInstant(end, this.clock.getZone()), minutes);
	}

	private @Nullable UUID unitId(@Nullable String code, LocalDate on) {
		if (code == null || code.isBlank()) {
			return null;
		}
		return this.organization.unitOn(code.strip(), on)
			.orElseThrow(() -> new DomainException(Kind.NOT_FOUND, "unit-not-found", code))
			.id();
	}

	record LunarResponse(LocalDate date, int lunarDay, int lunarMonth, int lunarYear, boolean leapMonth) {
	}

	record WorkingTimeResponse(OffsetDateTime from, OffsetDateTime to, long minutes) {
	}

}
