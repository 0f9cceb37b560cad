package vn.motcua.monitoring.board;

import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.jspecify.annotations.Nullable;
import vn.motcua.shared.ReadsFromReplica;
import vn.motcua.monitoring.statistics.Breakdowns;
import vn.motcua.monitoring.statistics.Category;
import vn.motcua.monitoring.statistics.DrillDown;
import vn.motcua.monitoring.statistics.Item;
import vn.motcua.monitoring.statistics.Questions;
import vn.motcua.monitoring.statistics.Selection;
import vn.motcua.monitoring.statistics.Summary;
import vn.motcua.shared.DomainException;
import vn.motcua.shared.DomainException.Kind;
import vn.motcua.shared.Vietnam;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The public board (Công khai kết quả giải quyết hồ sơ) of a unit: this month and this year,
 * received, resolved, on-time rate and overdue, and the dossiers resolved late or overdue with the
 * apology given.
 */
@ReadsFromReplica
@Component
class PublicBoard {

	/** Late dossiers listed on the board at most. */
	static final int LATE_SHOWN = DrillDown.PAGE_SIZE;

	private final Questions questions;

	private final Breakdowns statistics;

	/** The first month a board shows: none has dossiers before (and a month is one key of the cache). */
	static final YearMonth FIRST = YearMonth.of(2015, 1);

	/** Boards kept at most; the oldest computed goes first. */
	private static final int CACHED = 2000;

	private final DrillDown drillDown;

	private final long ttlNanos;

	/** Each board for {@code motcua.board.cache} (a minute): anyone may ask, a board is several aggregations. */
	private final Map<String, Cached> cache = new ConcurrentHashMap<>();

	private record Cached(Board board, long at) {
	}

	PublicBoard(Questions questions, Breakdowns statistics, DrillDown drillDown,
			@Value("${motcua.board.cache:60s}") Duration ttl) {
		this.questions = questions;
		this.statistics = statistics;
		this.drillDown = drillDown;
		this.ttlNanos = ttl.toNanos();
	}

	/**
	 * @param month {@code 2024-12}, or blank for this month.
	 * @throws DomainException {@code month-invalid}, {@code month-out-of-range} (before 2015 or after
	 * this month), and those of {@link Questions#selectPublic}.
	 */
	Board of(String unitCode, @Nullable String month) {
		YearMonth m = month(month);
		String key = unitCode + "|" + m + "|" + this.questions.today();
		long now = System.nanoTime();
		Cached cached = this.cache.get(key);
		if (cached != null && now - cached.at() < this.ttlNanos) {
			return cached.board();
		}
		Board board = compute(unitCode, m);
		if (this.ttlNanos > 0) {
			if (this.cache.size() >= CACHED) {
				this.cache.entrySet().stream().min(Comparator.comparingLong(e -> e.getValue().at()))
					.ifPresent(oldest -> this.cache.remove(oldest.getKey()));
			}
			this.cache.put(key, new Cached(board, now));
		}
		return board;
	}

	/**
	 * @param m from {@link #FIRST} to this month.
	 * @throws DomainException those of {@link Questions#selectPublic}.
	 */
	private Board compute(String unitCode, YearMonth m) {
		LocalDate today = this.questions.today();
		LocalDate monthEnd = m.atEndOfMonth().isAfter(today) && !m.atDay(1).isAfter(today) ? today : m.atEndOfMonth();
		Selection ofMonth = this.questions.selectPublic(unitCode, m.atDay(1), monthEnd);
		Selection ofYear = this.questions.selectPublic(unitCode, m.atDay(1).withDayOfYear(1), monthEnd);
		List<Summary> figures = this.statistics.summaries(List.of(ofMonth, ofYear));
		return new Board(ofMonth.unit().code(), ofMonth.unit().name(), m.toString(), figures.get(0).counts(),
				figures.get(1).counts(), figures.get(0).bySubUnit(), figures.get(1).bySubUnit(), late(ofMonth));
	}

	private YearMonth month(@Nullable String month) {
		YearMonth now = YearMonth.from(this.questions.today());
		try {
			YearMonth m = month == null || month.isBlank() ? now : YearMonth.parse(month);
			if (m.isBefore(FIRST) || m.isAfter(now)) {
				throw new DomainException(Kind.INVALID, "month-out-of-range", month);
			}
			return m;
		}
		catch (DateTimeParseException ex) {
			throw new DomainException(Kind.INVALID, "month-invalid", month);
		}
	}

	/** @return the month's late results, then its overdue dossiers, {@link #LATE_SHOWN} at most. */
	private List<LateDossier> late(Selection ofMonth) {
		List<LateDossier> late = new ArrayList<>();
		for (Category category : List.of(Category.LATE, Category.OVERDUE)) {
			if (late.size() >= LATE_SHOWN) {
				break; // a page of late results fills the list: the overdue ones would not be shown
			}
			for (Item i : this.drillDown.dossiers(ofMonth, category, null, 0)) {
				late.add(new LateDossier(i.code(), i.procedureName(), day(i.dueAt()), day(i.endedAt()),
						category == Category.LATE, i.apologyNote()));
			}
		}
		return late.size() > LATE_SHOWN ? late.subList(0, LATE_SHOWN) : late;
	}

	private static @Nullable String day(@Nullable OffsetDateTime moment) {
		return moment == null ? null : Vietnam.DAY.format(moment);
	}

}
