package vn.motcua.calendar.domain;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * The national calendar of days off and swapped working days: for a year with official decisions
 * exactly those decisions (they list every day off, statutory ones included), for a year without
 * one the Labour Code's default ({@link HolidayRules}), marked provisional. Immutable apart from
 * the lazily computed provisional years; safe to share between threads.
 */
public final class HolidayCalendar {

	private final Map<LocalDate, OfficialDay> decided;

	private final Set<Integer> decidedYears;

	private final HolidayRules rules;

	private final Map<Integer, Map<LocalDate, OfficialDay>> provisional = new ConcurrentHashMap<>();

	public HolidayCalendar(Collection<OfficialDay> decisions, HolidayRules rules) {
		this.decided = new HashMap<>();
		decisions.forEach(day -> this.decided.put(day.date(), day));
		this.decidedYears = decisions.stream().map(d -> d.date().getYear()).collect(Collectors.toUnmodifiableSet());
		this.rules = rules;
	}

	/** @return the decision or default rule that makes {@code date} special, if any. */
	public Optional<OfficialDay> entry(LocalDate date) {
		if (this.decidedYears.contains(date.getYear())) {
			return Optional.ofNullable(this.decided.get(date));
		}
		return Optional.ofNullable(provisionalYear(date.getYear()).get(date));
	}

	/** @return whether {@code year} has no official decision yet, so its days off are the default. */
	public boolean isProvisional(int year) {
		return !this.decidedYears.contains(year);
	}

	/** @return the default days off of a year, whatever was decided. */
	public List<OfficialDay> defaultDaysOff(int year) {
		return this.rules.defaultDaysOff(year);
	}

	private Map<LocalDate, OfficialDay> provisionalYear(int year) {
		return this.provisional.computeIfAbsent(year, y -> this.rules.defaultDaysOff(y)
			.stream()
			.collect(Collectors.toUnmodifiableMap(OfficialDay::date, d -> d, (a, b) -> a)));
	}

}
