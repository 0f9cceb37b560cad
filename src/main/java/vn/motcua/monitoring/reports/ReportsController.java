package vn.motcua.monitoring.reports;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import vn.motcua.dossier.DossierDocuments;
import vn.motcua.dossier.forms.GroupedReport;
import vn.motcua.dossier.forms.Tabular;
import vn.motcua.monitoring.statistics.Breakdowns;
import vn.motcua.monitoring.statistics.Questions;
import vn.motcua.monitoring.statistics.Selection;
import vn.motcua.shared.Actor;
import vn.motcua.shared.DomainException;
import vn.motcua.shared.DomainException.Kind;
import vn.motcua.shared.Vietnam;

/**
 * The regulated reports of a unit and period, as Excel and PDF in the layout submitted upward:
 * II.06a by field and by unit, the dossier log book (form 06), and the Circular 01/2018 evaluation.
 */
@Controller
class ReportsController {

	static final MediaType XLSX = MediaType
		.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

	private final Questions questions;

	private final Breakdowns statistics;

	private final EvaluationReport evaluation;

	private final DossierDocuments documents;

	ReportsController(Questions questions, Breakdowns statistics, EvaluationReport evaluation,
			DossierDocuments documents) {
		this.questions = questions;
		this.statistics = statistics;
		this.evaluation = evaluation;
		this.documents = documents;
	}

	@GetMapping("/quan-tri/thong-ke/bao-cao/{report}.{format}")
	ResponseEntity<byte[]> report(@PathVariable String report, @PathVariable String format, @RequestParam String unit,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to, @AuthenticationPrincipal Actor actor) {
		if (!format.equals("xlsx") && !format.equals("pdf")) {
			throw new DomainException(Kind.NOT_FOUND, "report-not-found", report + "." + format);
		}
		boolean excel = format.equals("xlsx");
		Selection s = this.questions.select(actor, unit, from, to, true);
		String period = "từ ngày " + Vietnam.DAY.format(from) + " đến ngày " + Vietnam.DAY.format(to);
		byte[] body = switch (report) {
			case "ii06a-linh-vuc" -> file(Ii06aReport.of(s, "Lĩnh vực giải quyết", this.statistics.byField(s), period), excel);
			case "ii06a-don-vi" -> file(Ii06aReport.of(s, "Đơn vị", this.statistics.bySubUnit(s), period), excel);
			case "so-theo-doi" -> this.documents.logBook(s.unit().id(), from, to, excel, actor);
			case "danh-gia" -> file(this.evaluation.of(s, period, excel), excel);
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

	private static byte[] file(GroupedReport report, boolean excel) {
		return excel ? report.xlsx() : report.pdf();
	}

}
