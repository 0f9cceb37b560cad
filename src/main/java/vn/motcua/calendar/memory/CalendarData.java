package vn.motcua.calendar.memory;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import vn.motcua.calendar.domain.HolidayCalendar;
import vn.motcua.calendar.domain.HolidayRules;
import vn.motcua.calendar.domain.LunarCalendar;
import vn.motcua.calendar.domain.OfficeHours;
import vn.motcua.calendar.domain.WorkingTime;
import vn.motcua.organization.OrganizationManagement;
import vn.motcua.organization.UnitView;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The calendar in memory: official days and units' office hours are read once and kept, so a
 * deadline costs no database round trip. A change on this node is seen at once (after its
 * commit); other nodes see it within {@link #REFRESH}.
 */
@Component
public class CalendarData {

	/** How long another node's change may take to reach this one. */
	static final Duration REFRESH = Duration.ofSeconds(60);

	/** Parent links followed to find a unit's settings before giving up on a broken hierarchy. */
	private static final int MAX_DEPTH = 10;

	private final JdbcClient jdbc;

	private final OrganizationManagement organization;

	private final HolidayRules rules = new HolidayRules(LunarCalendar.vietnam());

	private volatile @Nullable Snapshot snapshot;

	CalendarData(JdbcClient jdbc, OrganizationManagement organization) {
		this.jdbc = jdbc;
		this.organization = organization;
	}

	/** @return the national days off and swapped working days. */
	public HolidayCalendar holidays() {
		return current().holidays();
	}

	/** @return the working time of a unit (its own settings, else its nearest ancestor's, else the default). */
	public UnitTime forUnit(@Nullable UUID unitId) {
		Snapshot current = current();
		if (unitId == null) {
			return current.national();
		}
		return current.resolved().computeIfAbsent(unitId, id -> resolve(id, current));
	}

	/** Drops the cache once the current transaction commits (at once without one). */
	public void invalidateAfterCommit() {
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					CalendarData.this.snapshot = null;
				}
			});
		}
		else {
			this.snapshot = null;
		}
	}

	private Snapshot current() {
		Snapshot current = this.snapshot;
		if (current == null || System.nanoTime() - current.loadedAt() > REFRESH.toNanos()) {
			current = load();
			this.snapshot = current;
		}
		return current;
	}

	private Snapshot load() {
		var days = this.jdbc.sql("select " + CalendarRows.OFFICIAL_DAY_COLUMNS + " from calendar_official_day")
			.query(CalendarRows::officialDay)
			.list();
		HolidayCalendar holidays = new HolidayCalendar(days, this.rules);
		Map<UUID, OfficeHours> units = this.jdbc.sql("select * from calendar_unit_hours")
			.query((rs, n) -> Map.entry(rs.getObject("unit_id", UUID.class), CalendarRows.officeHours(rs)))
			.stream()
			.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
		return new Snapshot(holidays, units, new UnitTime(new WorkingTime(holidays, OfficeHours.DEFAULT), null),
				new ConcurrentHashMap<>(), System.nanoTime());
	}

	private UnitTime resolve(UUID unitId, Snapshot snapshot) {
		UUID current = unitId;
		for (int depth = 0; current != null && depth < MAX_DEPTH; depth++) {
			OfficeHours own = snapshot.units().get(current);
			if (own != null) {
				return new UnitTime(new WorkingTime(snapshot.holidays(), own), current);
			}
			current = this.organization.unit(current).map(UnitView::parentId).orElse(null);
		}
		return snapshot.national();
	}

	private record Snapshot(HolidayCalendar holidays, Map<UUID, OfficeHours> units, UnitTime national,
			Map<UUID, UnitTime> resolved, long loadedAt) {
	}

}
