package vn.motcua.monitoring.board;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import vn.motcua.monitoring.statistics.Breakdowns;
import vn.motcua.monitoring.statistics.Category;
import vn.motcua.monitoring.statistics.DrillDown;
import vn.motcua.monitoring.statistics.Item;
import vn.motcua.monitoring.statistics.Questions;
import vn.motcua.monitoring.statistics.Selection;
import vn.motcua.shared.DomainException;
import vn.motcua.shared.DomainException.Kind;
import vn.motcua.shared.Vietnam;

/**
 * The public board (Công khai kết quả giải quyết hồ sơ) of a unit: this month and this year,
 * received, resolved, on-time rate and overdue, and the dossiers resolved late or overdue with the
 * apology given.
 */
@Component
class PublicBoard {

	/** Late dossiers listed on the board at most. */
	static final int LATE_SHOWN = DrillDown.PAGE_SIZE;

	private final Questions questions;

	private final Breakdowns statistics;

	private final DrillDown drillDown;

	PublicBoard(Questions questions, Breakdowns statistics, DrillDown drillDown) {
		this.questions = questions;
		this.statistics = statistics;
		this.drillDown = drillDown;
	}

	/**
	 * @param month {@code 2024-12}, or blank for this month.
	 * @throws DomainException {@code month-invalid}, and those of {@link Questions#selectPublic}.
	 */
	Board of(String unitCode, @Nullable String month) {
		YearMonth m = month(month);
		LocalDate today = this.questions.today();
		LocalDate monthEnd = m.atEndOfMonth().isAfter(today) && !m.atDay(1).isAfter(today) ? today : m.atEndOfMonth();
		Selection ofMonth = this.questions.selectPublic(unitCode, m.atDay(1), monthEnd);
		Selection ofYear = this.questions.selectPublic(unitCode, m.atDay(1).withDayOfYear(1), monthEnd);
		return new Board(ofMonth.unit().code(), ofMonth.unit().name(), m.toString(), this.statistics.counts(ofMonth),
				this.statistics.counts(ofYear), this.statistics.bySubUnit(ofMonth), this.statistics.bySubUnit(ofYear),
				late(ofMonth));
	}

	private YearMonth month(@Nullable String month) {
		try {
			return month == null || month.isBlank() ? YearMonth.from(this.questions.today()) : YearMonth.parse(month);
		}
		catch (DateTimeParseException ex) {
			throw new DomainException(Kind.INVALID, "month-invalid", month);
		}
	}

	private List<LateDossier> late(Selection ofMonth) {
		List<LateDossier> late = new ArrayList<>();
		for (Category category : List.of(Category.LATE, Category.OVERDUE)) {
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
