package vn.motcua.planning.reports;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.motcua.shared.Actor;
import vn.motcua.shared.DomainException;
import vn.motcua.shared.PageErrors;

/**
 * Periodic reports on pages: the register (as Excel too), a unit's report to write from its draft
 * and send, and the report sent as an administrative document (PDF).
 */
@Controller
@RequestMapping("/quan-tri/bao-cao-dinh-ky")
class ReportPageController {

	private final Register register;

	private final Reports reports;

	private final ReportDrafts drafts;

	private final ReportDocuments documents;

	private final MessageSource messages;

	ReportPageController(Register register, Reports reports, ReportDrafts drafts, ReportDocuments documents,
			MessageSource messages) {
		this.register = register;
		this.reports = reports;
		this.drafts = drafts;
		this.documents = documents;
		this.messages = messages;
	}

	@GetMapping
	String register(@RequestParam(required = false) @Nullable String period, @RequestParam(required = false) @Nullable String status,
			@AuthenticationPrincipal Actor actor, Model model) {
		model.addAttribute("period", period);
		model.addAttribute("status", status);
		try {
			model.addAttribute("lines", this.register.register(new Register.Filter(period, status), actor));
		}
		catch (DomainException ex) {
			model.addAttribute("lines", List.of());
			model.addAttribute("error", PageErrors.message(ex, this.messages));
		}
		return "planning/reports";
	}

	@GetMapping("/{id}")
	String report(@PathVariable UUID id, @AuthenticationPrincipal Actor actor, Model model) {
		ReportLine line = this.reports.line(id, actor);
		String body = this.reports.body(id);
		model.addAttribute("line", line);
		if (!model.containsAttribute("body")) {
			model.addAttribute("body", body != null ? body : this.drafts.draft(line, this.reports.today()));
		}
		model.addAttribute("draft", body == null);
		model.addAttribute("writes", line.submittedAt() == null && line.unitId().equals(actor.unitId()));
		return "planning/report";
	}

	@PostMapping("/{id}")
	String write(@PathVariable UUID id, @RequestParam(required = false) @Nullable String body, @RequestParam(defaultValue = "false") boolean send,
			@AuthenticationPrincipal Actor actor, RedirectAttributes redirect) {
		try {
			this.reports.write(id, body, send, actor);
			redirect.addFlashAttribute("done", this.messages.getMessage(send ? "report.sent" : "report.saved", null,
					LocaleContextHolder.getLocale()));
		}
		catch (DomainException ex) {
			redirect.addFlashAttribute("error", PageErrors.message(ex, this.messages));
			redirect.addFlashAttribute("body", body);
		}
		return "redirect:/quan-tri/bao-cao-dinh-ky/" + id;
	}

	@GetMapping("/{id}.pdf")
	ResponseEntity<byte[]> pdf(@PathVariable UUID id, @AuthenticationPrincipal Actor actor) {
		ReportLine line = this.reports.line(id, actor);
		String body = this.reports.body(id);
		byte[] pdf = this.documents.pdf(line, body != null ? body : this.drafts.draft(line, this.reports.today()));
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline()
				.filename("bao-cao-" + line.unitCode() + "-" + line.periodCode() + ".pdf", StandardCharsets.UTF_8).build().toString())
			.body(pdf);
	}

}
