package vn.motcua.catalogue.web;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;
import vn.motcua.calendar.TimeLimitUnit;
import vn.motcua.catalogue.CatalogueImport;
import vn.motcua.catalogue.CatalogueManagement;
import vn.motcua.catalogue.OnlineLevel;
import vn.motcua.catalogue.ProcedureLevel;
import vn.motcua.catalogue.ProcedureView;
import vn.motcua.catalogue.SampleForms;
import vn.motcua.catalogue.ProcedureView.ProcessStep;
import vn.motcua.organization.AgencyView;
import vn.motcua.organization.OrganizationManagement;
import vn.motcua.organization.UnitScope;
import vn.motcua.shared.Actor;
import vn.motcua.shared.AdministratorsOnly;
import vn.motcua.shared.DomainException;
import vn.motcua.shared.MessageArguments;
import vn.motcua.shared.DomainException.Kind;
import vn.motcua.shared.Role;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Back office: the procedure catalogue, a procedure's versions, agencies' processes, Excel import. */
@Controller
@RequestMapping("/quan-tri/thu-tuc")
class CataloguePageController {

	private final CatalogueManagement catalogue;

	private final CatalogueImport importer;

	private final OrganizationManagement organization;

	private final MessageSource messages;

	private final Clock clock;

	private final SampleForms sampleForms;

	CataloguePageController(CatalogueManagement catalogue, CatalogueImport importer,
			OrganizationManagement organization, MessageSource messages, Clock clock, SampleForms sampleForms) {
		this.sampleForms = sampleForms;
		this.catalogue = catalogue;
		this.importer = importer;
		this.organization = organization;
		this.messages = messages;
		this.clock = clock;
	}

	@GetMapping
	@PreAuthorize("isAuthenticated()")
	String list(@RequestParam(required = false) @Nullable String q, Model model) {
		model.addAttribute("q", q);
		model.addAttribute("procedures", this.catalogue.search(q, LocalDate.now(this.clock)));
		model.addAttribute("today", LocalDate.now(this.clock));
		return "admin/procedures";
	}

	@PostMapping("/nhap")
	@AdministratorsOnly
	String importExcel(@RequestParam MultipartFile file,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate effectiveFrom,
			@AuthenticationPrincipal Actor actor, Model model) throws IOException {
		model.addAttribute("report", this.importer.importExcel(file.getInputStream(), effectiveFrom, actor));
		return list(null, model);
	}

	@GetMapping("/mau-nhap.xlsx")
	@AdministratorsOnly
	ResponseEntity<byte[]> template() {
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("mau-nhap-thu-tuc.xlsx").build().toString())
			.body(this.importer.template());
	}

	@GetMapping("/{code}")
	@PreAuthorize("isAuthenticated()")
	String procedure(@PathVariable String code, Model model) {
		List<ProcedureView> versions = this.catalogue.versions(code);
		if (versions.isEmpty()) {
			throw new DomainException(Kind.NOT_FOUND, "procedure-not-found", code);
		}
		LocalDate today = LocalDate.now(this.clock);
		ProcedureView shown = this.catalogue.procedureOn(code, today)
			.or(() -> this.catalogue.procedure(versions.get(0).id()))
			.orElseThrow();
		model.addAttribute("procedure", shown);
		model.addAttribute("sampleForms", this.sampleForms.of(code));
		model.addAttribute("versions", versions);
		if (!model.containsAttribute("procedureForm")) {
			model.addAttribute("procedureForm", ProcedureForm.of(shown, today.plusDays(1)));
		}
		model.addAttribute("levels", ProcedureLevel.values());
		model.addAttribute("units", TimeLimitUnit.values());
		model.addAttribute("onlineLevels", OnlineLevel.values());
		return "admin/procedure";
	}

	/** Sets the sample form of a required document. */
	@PostMapping("/{code}/mau/{position}")
	@AdministratorsOnly
	String sampleForm(@PathVariable String code, @PathVariable int position, @RequestParam MultipartFile file,
			@AuthenticationPrincipal Actor actor, RedirectAttributes redirect) throws IOException {
		try {
			this.sampleForms.attach(code, position, file.getOriginalFilename() == null ? "mau" : file.getOriginalFilename(),
					file.getSize(), file.getInputStream(), actor);
			redirect.addFlashAttribute("saved", file.getOriginalFilename());
		}
		catch (DomainException ex) {
			redirect.addFlashAttribute("failure", MessageArguments.text(this.messages, ex));
		}
		return "redirect:/quan-tri/thu-tuc/" + code;
	}

	@PostMapping("/{code}")
	@AdministratorsOnly
	String newVersion(@PathVariable String code, @Valid @ModelAttribute ProcedureForm procedureForm,
			BindingResult result, @AuthenticationPrincipal Actor actor, Model model, RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				this.catalogue.newVersion(procedureForm.draft(code), actor);
				redirect.addFlashAttribute("saved", procedureForm.getName());
				return "redirect:/quan-tri/thu-tuc/" + code;
			}
			catch (DomainException ex) {
				result.reject(ex.messageKey(), ex.args(), ex.code());
			}
		}
		return procedure(code, model);
	}

	@GetMapping("/{code}/quy-trinh")
	@AdministratorsOnly
	String process(@PathVariable String code, @RequestParam(required = false) @Nullable String agency,
			@AuthenticationPrincipal Actor actor, Model model) {
		ProcedureView procedure = this.catalogue.require(code, LocalDate.now(this.clock));
		UnitScope scope = this.organization.scopeOf(actor);
		List<AgencyView> agencies = this.organization.agenciesOn(LocalDate.now(this.clock), null)
			.stream()
			.filter(a -> scope.contains(a.unitId()))
			.toList();
		AgencyView chosen = agencies.stream()
			.filter(a -> a.code().equals(agency))
			.findFirst()
			.orElse(agencies.isEmpty() ? null : agencies.get(0));
		model.addAttribute("procedure", procedure);
		model.addAttribute("agencies", agencies);
		model.addAttribute("agency", chosen);
		model.addAttribute("roles", Role.stepHolders());
		if (!model.containsAttribute("rows")) {
			model.addAttribute("rows",
					withBlankRows(chosen == null ? List.of() : this.catalogue.processFor(procedure.id(), chosen.code())));
		}
		return "admin/process";
	}

	@PostMapping("/{code}/quy-trinh")
	@AdministratorsOnly
	String saveProcess(@PathVariable String code, @RequestParam String agency, @RequestParam List<String> name,
			@RequestParam List<String> role, @RequestParam List<String> hours, @RequestParam List<String> actingAgency,
			@AuthenticationPrincipal Actor actor, Model model, RedirectAttributes redirect) {
		List<ProcessStep> steps = new ArrayList<>();
		for (int i = 0; i < name.size(); i++) {
			if (!name.get(i).isBlank()) {
				String acting = i < actingAgency.size() && !actingAgency.get(i).isBlank() ? actingAgency.get(i).strip() : null;
				steps.add(new ProcessStep(steps.size() + 1, name.get(i).strip(), role.get(i), number(hours.get(i)),
						acting != null, acting));
			}
		}
		try {
			this.catalogue.defineProcess(this.catalogue.require(code, LocalDate.now(this.clock)).id(), agency, steps,
					actor);
			redirect.addFlashAttribute("saved", agency);
			return "redirect:/quan-tri/thu-tuc/" + code + "/quy-trinh?agency=" + agency;
		}
		catch (DomainException ex) {
			model.addAttribute("failure", this.messages.getMessage(ex.messageKey(), ex.args(), ex.code(),
					LocaleContextHolder.getLocale()));
			model.addAttribute("rows", withBlankRows(steps));
			return process(code, agency, actor, model);
		}
	}

	/** The steps and three empty rows to add more. */
	private static List<ProcessStep> withBlankRows(List<ProcessStep> steps) {
		List<ProcessStep> rows = new ArrayList<>(steps);
		for (int i = 0; i < 3; i++) {
			rows.add(new ProcessStep(rows.size() + 1, "", "SPECIALIST", 1, false, null));
		}
		return rows;
	}

	private static double number(String text) {
		try {
			return Double.parseDouble(text.strip().replace(',', '.'));
		}
		catch (NumberFormatException ex) {
			return 0; // refused by the process check, with the step's number
		}
	}

}
