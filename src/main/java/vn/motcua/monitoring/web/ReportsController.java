package vn.motcua.monitoring.web;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import vn.motcua.dossier.DossierDocuments;
import vn.motcua.dossier.forms.Tabular;
import vn.motcua.monitoring.DossierCounts;
import vn.motcua.monitoring.DossierStatistics;
import vn.motcua.monitoring.DossierStatistics.Line;
import vn.motcua.monitoring.DossierStatistics.Selection;
import vn.motcua.monitoring.Evaluation;
import vn.motcua.shared.Actor;
import vn.motcua.shared.DomainException;
import vn.motcua.shared.DomainException.Kind;
import vn.motcua.shared.Vietnam;

/**
 * The regulated reports of a unit and period, as Excel and PDF in the layout submitted upward:
 * II.06a by field and by unit, the dossier log book (form 06), and the Circular 01/2018 evaluation
 * (also as a page).
 */
@Controller
class ReportsController {

	static final MediaType XLSX = MediaType
		.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

	/** Dossier rows in the evaluation workbook at most. */
	static final int MAX_DOSSIER_ROWS = 50_000;

	static final String[] II06A = { "STT", "%s", "Tổng số nhận", "Kỳ trước chuyển qua", "Mới nhận trực tuyến",
			"Mới nhận trực tiếp, bưu chính", "Tổng số đã giải quyết", "Trước hạn", "Đúng hạn", "Quá hạn",
			"Tổng số đang giải quyết", "Trong hạn", "Quá hạn", "Rút, dừng" };

	private final DossierStatistics statistics;

	private final Evaluation evaluation;

	private final DossierDocuments documents;

	private final Filters filters;

	private final MessageSource messages;

	ReportsController(DossierStatistics statistics, Evaluation evaluation, DossierDocuments documents,
			Filters filters, MessageSource messages) {
		this.statistics = statistics;
		this.evaluation = evaluation;
		this.documents = documents;
		this.filters = filters;
		this.messages = messages;
	}

	@GetMapping("/quan-tri/thong-ke/bao-cao/{report}.{format}")
	ResponseEntity<byte[]> report(@PathVariable String report, @PathVariable String format, @RequestParam String unit,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to, @AuthenticationPrincipal Actor actor) {
		if (!format.equals("xlsx") && !format.equals("pdf")) {
			throw new DomainException(Kind.NOT_FOUND, "report-not-found", report + "." + format);
		}
		boolean excel = format.equals("xlsx");
		Selection s = this.statistics.select(actor, unit, from, to, true);
		String period = " — từ ngày " + Vietnam.DAY.format(from) + " đến ngày " + Vietnam.DAY.format(to);
		byte[] body = switch (report) {
			case "ii06a-linh-vuc" -> file(ii06a(s, "Lĩnh vực", this.statistics.byField(s), period), excel);
			case "ii06a-don-vi" -> file(ii06a(s, "Đơn vị", this.statistics.bySubUnit(s), period), excel);
			case "so-theo-doi" -> this.documents.logBook(s.unit().id(), from, to, excel, actor);
			case "danh-gia" -> file(evaluation(s, period, excel), excel);
			default -> throw new DomainException(Kind.NOT_FOUND, "report-not-found", report + "." + format);
		};
		return ResponseEntity.ok()
			.contentType(excel ? XLSX : MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
				.filename(report + "-" + unit + "-" + from + "-" + to + "." + format, StandardCharsets.UTF_8)
				.build()
				.toString())
			.body(body);
	}

	private static byte[] file(Tabular table, boolean excel) {
		return excel ? table.xlsx() : table.pdf();
	}

	/** Form II.06a/VPCP/KSTT: one row per field or unit and the total. */
	static Tabular ii06a(Selection s, String rowName, List<Line> lines, String period) {
		List<String[]> rows = new ArrayList<>();
		int n = 0;
		for (Line l : lines) {
			rows.add(row(String.valueOf(++n), l.label(), l.counts()));
		}
		rows.add(cells("", "Tổng cộng", total(lines)));
		String[] headers = II06A.clone();
		headers[1] = rowName;
		return new Tabular("TỔNG HỢP TÌNH HÌNH, KẾT QUẢ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH (Biểu II.06a/VPCP/KSTT)",
				s.unit().name() + period, "II.06a",
				new float[] { 0.5f, 3.5f, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1 }, headers, rows);
	}

	private static long[] total(List<Line> lines) {
		long[] sum = new long[II06A.length - 2];
		for (Line l : lines) {
			long[] v = values(l.counts());
			for (int i = 0; i < sum.length; i++) {
				sum[i] += v[i];
			}
		}
		return sum;
	}

	private static String[] row(String number, String label, DossierCounts c) {
		return cells(number, label, values(c));
	}

	private static long[] values(DossierCounts c) {
		return new long[] { c.received().total(), c.received().carriedOver(), c.received().online(),
				c.received().direct(), c.resolved().total(), c.resolved().early(), c.resolved().onTime(),
				c.resolved().late(), c.pending().total(), c.pending().withinTime(), c.pending().overdue(), c.withdrawn() };
	}

	private static String[] cells(String number, String label, long[] values) {
		String[] cells = new String[values.length + 2];
		cells[0] = number;
		cells[1] = label;
		for (int i = 0; i < values.length; i++) {
			cells[i + 2] = String.valueOf(values[i]);
		}
		return cells;
	}

	private Tabular evaluation(Selection s, String period, boolean excel) {
		List<String[]> rows = new ArrayList<>();
		int n = 0;
		for (Evaluation.UnitScore u : this.evaluation.units(s)) {
			rows.add(new String[] { String.valueOf(++n), u.unitName(), String.valueOf(u.dossiers()), decimal(u.i1()),
					decimal(u.i2()), decimal(u.i3()), "2", "2", "2", decimal(u.i7()), "2", decimal(u.i9()),
					decimal(u.total()), grade(u.grade()) });
		}
		if (excel) {
			for (Evaluation.DossierScore d : this.evaluation.dossiers(s, MAX_DOSSIER_ROWS)) {
				rows.add(new String[] { "", d.code() + " — " + d.procedureName(), "1", String.valueOf(d.i1()),
						String.valueOf(d.i2()), String.valueOf(d.i3()), "2", "2", "2", String.valueOf(d.i7()), "2",
						String.valueOf(d.i9()), String.valueOf(d.total()), "" });
			}
		}
		return new Tabular("ĐÁNH GIÁ VIỆC GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH (Thông tư 01/2018/TT-VPCP, Điều 13)",
				s.unit().name() + period, "Danh gia",
				new float[] { 0.5f, 4, 1, 0.8f, 0.8f, 0.8f, 0.8f, 0.8f, 0.8f, 0.8f, 0.8f, 0.8f, 1, 1.2f },
				new String[] { "STT", "Đơn vị / hồ sơ", "Số hồ sơ", "(1) Tổng thời gian", "(2) Thời gian từng cơ quan",
						"(3) Số lần liên hệ", "(4) Số cơ quan", "(5) Một cửa", "(6) Công khai", "(7) Thái độ",
						"(8) Phản ánh", "(9) Trực tuyến", "Tổng điểm", "Xếp loại" },
				rows);
	}

	private String grade(Evaluation.Grade grade) {
		return this.messages.getMessage("stats.grade." + grade, null, LocaleContextHolder.getLocale());
	}

	private static String decimal(double value) {
		return String.format(java.util.Locale.ROOT, "%.2f", value);
	}

	@GetMapping("/quan-tri/thong-ke/danh-gia")
	String evaluationPage(Filters.Question question, @AuthenticationPrincipal Actor actor, Model model) {
		this.filters.select(actor, question, model).ifPresent(s -> {
			model.addAttribute("unitScores", this.evaluation.units(s));
			model.addAttribute("officialScores", this.evaluation.officials(s));
		});
		return "monitoring/evaluation";
	}

}
