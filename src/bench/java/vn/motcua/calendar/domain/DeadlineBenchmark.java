package vn.motcua.calendar.domain;

import java.time.LocalDateTime;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import vn.motcua.calendar.Channel;
import vn.motcua.calendar.TimeLimitUnit;

/**
 * The due-date computation that runs for every dossier and every report row, on the in-memory
 * calendar (official 2024–2026 decisions, Labour Code rules for other years): no database.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class DeadlineBenchmark {

	private DeadlinePolicy policy;

	private WorkingTime time;

	private final LocalDateTime received = LocalDateTime.of(2025, 4, 25, 16, 0);

	private final LocalDateTime beforeTet = LocalDateTime.of(2025, 1, 20, 9, 30);

	@Setup
	public void calendar() {
		this.time = CalendarFixtures.workingTime(OfficeHours.DEFAULT);
		this.policy = new DeadlinePolicy(this.time);
	}

	@Benchmark
	public LocalDateTime threeWorkingDays() {
		return this.policy.dueAt(this.received, 3, TimeLimitUnit.WORKING_DAYS, Channel.DIRECT, Set.of());
	}

	@Benchmark
	public LocalDateTime fifteenWorkingDaysOverTet() {
		return this.policy.dueAt(this.beforeTet, 15, TimeLimitUnit.WORKING_DAYS, Channel.ONLINE, Set.of());
	}

	@Benchmark
	public LocalDateTime fifteenCalendarDays() {
		return this.policy.dueAt(this.received, 15, TimeLimitUnit.CALENDAR_DAYS, Channel.DIRECT, Set.of());
	}

	@Benchmark
	public LocalDateTime twentyFourWorkingHours() {
		return this.policy.dueAt(this.received, 24, TimeLimitUnit.WORKING_HOURS, Channel.DIRECT, Set.of());
	}

	@Benchmark
	public long workingTimeOverAMonth() {
		return this.time.between(this.beforeTet, this.beforeTet.plusDays(30)).toSeconds();
	}

}
