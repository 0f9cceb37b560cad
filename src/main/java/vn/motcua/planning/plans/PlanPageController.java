package vn.motcua.planning.plans;

import java.io.IOException;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
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
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.motcua.planning.domain.Assigners;
import vn.motcua.shared.Actor;
import vn.motcua.shared.DomainException;
import vn.motcua.shared.FieldInvalid;
import vn.motcua.shared.PageErrors;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;

/**
 * Plans on pages: the list and a plan created from the unit's Excel file (a wrong row named, nothing
 * created), a plan's page with its tasks and amendments, amended with a reason.
 */
@Controller
@RequestMapping("/quan-tri/ke-hoach")
class PlanPageController {

	private final Plans plans;

	private final PlanImport imports;

	private final PlanReader reader;

	private final MessageSource messages;

	PlanPageController(Plans plans, PlanImport imports, PlanReader reader, MessageSource messages) {
		this.plans = plans;
		this.imports = imports;
		this.reader = reader;
		this.messages = messages;
	}

	@GetMapping
	String list(@AuthenticationPrincipal Actor actor, Model model) {
		model.addAttribute("plans", this.reader.list(actor));
		model.addAttribute("creates", Assigners.is(actor));
		if (!model.containsAttribute("typed")) {
			model.addAttribute("typed", Map.of());
		}
		return "planning/plans";
	}

	@PreAuthorize("isAuthenticated()") // an empty template
	@GetMapping("/mau.xlsx")
	ResponseEntity<byte[]> template() throws IOException {
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename("mau-ke-hoach.xlsx").build().toString())
			.body(PlanWorkbook.template());
	}

	@PostMapping
	String create(@RequestParam Map<String, String> form, @RequestParam(required = false) @Nullable MultipartFile file,
			@AuthenticationPrincipal Actor actor, RedirectAttributes redirect) throws IOException {
		try {
			String year = form.getOrDefault("year", "").strip();
			String issued = form.getOrDefault("issuedOn", "").strip();
			UUID id = this.imports.create(new Plan.Request(year.matches("\\d{4}") ? Integer.valueOf(year) : null, form.get("kind"),
					form.get("number"), issued.isEmpty() ? null : LocalDate.parse(issued), form.get("title"), form.get("legalBasis"),
					form.get("goals"), null, null), file == null ? java.io.InputStream.nullInputStream() : file.getInputStream(), actor);
			return "redirect:/quan-tri/ke-hoach/" + id;
		}
		catch (DomainException ex) {
			boolean row = ex instanceof FieldInvalid f && f.field().startsWith("Dòng");
			redirect.addFlashAttribute("error", row ? PageErrors.describe(ex, this.messages) : PageErrors.message(ex, this.messages));
			redirect.addFlashAttribute("typed", form);
			return "redirect:/quan-tri/ke-hoach";
		}
	}

	@GetMapping("/{id}")
	String plan(@PathVariable UUID id, @AuthenticationPrincipal Actor actor, Model model) {
		model.addAttribute("p", this.reader.plan(id, actor));
		model.addAttribute("tasks", this.reader.tasks(id, actor));
		model.addAttribute("amends", Assigners.is(actor));
		return "planning/plan";
	}

	@PostMapping("/{id}")
	String amend(@PathVariable UUID id, @RequestParam Map<String, String> form, @AuthenticationPrincipal Actor actor,
			RedirectAttributes redirect) {
		try {
			Plan p = this.reader.plan(id, actor);
			String issued = form.getOrDefault("issuedOn", "").strip();
			this.plans.amend(id, new Plan.Request(p.year(), p.kind(), form.get("number"),
					issued.isEmpty() ? null : LocalDate.parse(issued), form.get("title"), form.get("legalBasis"), form.get("goals"),
					null, form.get("reason")), actor);
			redirect.addFlashAttribute("done", this.messages.getMessage("plan.amended", null,
					LocaleContextHolder.getLocale()));
		}
		catch (DomainException ex) {
			redirect.addFlashAttribute("error", PageErrors.message(ex, this.messages));
		}
		return "redirect:/quan-tri/ke-hoach/" + id;
	}

}
