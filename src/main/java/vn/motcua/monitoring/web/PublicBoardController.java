package vn.motcua.monitoring.web;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import vn.motcua.monitoring.DossierCounts;
import vn.motcua.monitoring.DossierStatistics;
import vn.motcua.monitoring.DossierStatistics.Category;
import vn.motcua.monitoring.DossierStatistics.Item;
import vn.motcua.monitoring.DossierStatistics.Line;
import vn.motcua.monitoring.DossierStatistics.Selection;
import vn.motcua.organization.OrganizationManagement;
import vn.motcua.organization.UnitView;
import vn.motcua.shared.DomainException;
import vn.motcua.shared.DomainException.Kind;
import vn.motcua.shared.MessageArguments;
import vn.motcua.shared.Vietnam;

/**
 * The public board (Công khai kết quả giải quyết hồ sơ): per unit, this month and this year,
 * received, resolved, on-time rate and overdue, and the dossiers resolved late or overdue with the
 * apology given. Codes and procedures only: no applicant's name or contact leaves this way.
 */
@Controller
class PublicBoardController {

	/** Late dossiers listed on the board at most. */
	static final int LATE_SHOWN = DossierStatistics.PAGE_SIZE;

	private final DossierStatistics statistics;

	private final OrganizationManagement organization;

	private final MessageSource messages;

	PublicBoardController(DossierStatistics statistics, OrganizationManagement organization, MessageSource messages) {
		this.statistics = statistics;
		this.organization = organization;
		this.messages = messages;
	}

	/** A late dossier as the public sees it. */
	record LateDossier(String code, String procedureName, @Nullable String dueAt, @Nullable String endedAt,
			boolean resolved, @Nullable String apologyNote) {
	}

	/** The board of a unit for a month and its year to date. */
	record Board(String unitCode, String unitName, String month, DossierCounts monthCounts, DossierCounts yearCounts,
			List<Line> monthByUnit, List<Line> yearByUnit, List<LateDossier> late) {
	}

	@GetMapping("/cong-khai-ket-qua")
	String page(@RequestParam(required = false) @Nullable String unit,
			@RequestParam(required = false) @Nullable String month, Model model) {
		String code = unit == null || unit.isBlank() ? this.statistics.topUnitCode() : unit.strip();
		model.addAttribute("units", units());
		try {
			model.addAttribute("board", board(code, month));
		}
		catch (DomainException ex) {
			model.addAttribute("error", MessageArguments.text(this.messages, ex));
		}
		model.addAttribute("unit", code);
		return "monitoring/board";
	}

	@GetMapping("/api/v1/public/board")
	@ResponseBody
	Board api(@RequestParam(required = false) @Nullable String unit,
			@RequestParam(required = false) @Nullable String month) {
		return board(unit == null || unit.isBlank() ? this.statistics.topUnitCode() : unit.strip(), month);
	}

	private Board board(String unitCode, @Nullable String month) {
		YearMonth m;
		try {
			m = month == null || month.isBlank() ? YearMonth.from(this.statistics.today()) : YearMonth.parse(month);
		}
		catch (DateTimeParseException ex) {
			throw new DomainException(Kind.INVALID, "month-invalid", month);
		}
		LocalDate today = this.statistics.today();
		LocalDate monthEnd = m.atEndOfMonth().isAfter(today) && !m.atDay(1).isAfter(today) ? today : m.atEndOfMonth();
		Selection ofMonth = this.statistics.selectPublic(unitCode, m.atDay(1), monthEnd);
		Selection ofYear = this.statistics.selectPublic(unitCode, m.atDay(1).withDayOfYear(1), monthEnd);
		List<LateDossier> late = new ArrayList<>();
		for (Category category : List.of(Category.LATE, Category.OVERDUE)) {
			for (Item i : this.statistics.dossiers(ofMonth, category, null, 0)) {
				late.add(new LateDossier(i.code(), i.procedureName(), day(i.dueAt()), day(i.endedAt()),
						category == Category.LATE, i.apologyNote()));
			}
		}
		return new Board(ofMonth.unit().code(), ofMonth.unit().name(), m.toString(), this.statistics.counts(ofMonth),
				this.statistics.counts(ofYear), this.statistics.bySubUnit(ofMonth), this.statistics.bySubUnit(ofYear),
				late.size() > LATE_SHOWN ? late.subList(0, LATE_SHOWN) : late);
	}

	private static @Nullable String day(@Nullable OffsetDateTime moment) {
		return moment == null ? null : Vietnam.DAY.format(moment);
	}

	private List<UnitView> units() {
		return this.organization.unitsOn(this.statistics.today(), null);
	}

}
