package vn.motcua.dossier.web;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import vn.motcua.catalogue.CatalogueManagement;
import vn.motcua.dossier.CitizenDossiers;
import vn.motcua.dossier.OnlineSubmissions;
import vn.motcua.dossier.SubmissionView;
import vn.motcua.identity.CitizenPrincipal;
import vn.motcua.organization.AgencyKind;
import vn.motcua.organization.OrganizationManagement;
import vn.motcua.shared.DomainException;
import vn.motcua.shared.MessageArguments;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The citizen's pages: «my dossiers», the online submission wizard (guide → applicant → documents
 * → review), a dossier with its forms, the supplement upload and the rating.
 */
@Controller
class CitizenPagesController {

	private final OnlineSubmissions submissions;

	private final CitizenDossiers dossiers;

	private final CatalogueManagement catalogue;

	private final OrganizationManagement organization;

	private final MessageSource messages;

	private final Clock clock;

	CitizenPagesController(OnlineSubmissions submissions, CitizenDossiers dossiers, CatalogueManagement catalogue,
			OrganizationManagement organization, MessageSource messages, Clock clock) {
		this.submissions = submissions;
		this.dossiers = dossiers;
		this.catalogue = catalogue;
		this.organization = organization;
		this.messages = messages;
		this.clock = clock;
	}

	@GetMapping("/cong-dan/ho-so")
	String mine(@AuthenticationPrincipal CitizenPrincipal citizen, Model model) {
		model.addAttribute("citizen", citizen);
		model.addAttribute("pending", this.submissions.pendingOf(citizen.id()));
		model.addAttribute("dossiers", this.dossiers.of(citizen.id()));
		return "citizen/dossiers";
	}

	/** Step 0: which office to file at. */
	@GetMapping("/cong-dan/nop")
	String choose(@RequestParam("thu-tuc") String procedureCode, Model model) {
		LocalDate today = LocalDate.now(this.clock);
		model.addAttribute("procedure", this.catalogue.require(procedureCode, today));
		model.addAttribute("agencies", this.organization.agenciesOn(today, null)
			.stream()
			.filter(a -> a.kind() == AgencyKind.ONE_STOP_DESK)
			.toList());
		return "citizen/choose";
	}

	@PostMapping("/cong-dan/nop")
	String start(@RequestParam String procedureCode, @RequestParam String agencyCode,
			@AuthenticationPrincipal CitizenPrincipal citizen, RedirectAttributes redirect) {
		try {
			SubmissionView draft = this.submissions.start(procedureCode, agencyCode, citizen.id(), citizen.contact(),
					citizen.fullName());
			return "redirect:/cong-dan/nop/" + draft.id() + "?buoc=2";
		}
		catch (DomainException ex) {
			redirect.addFlashAttribute("failure", text(ex));
			return "redirect:/cong-dan/ho-so";
		}
	}

	@GetMapping("/cong-dan/nop/{id}")
	String wizard(@PathVariable UUID id, @RequestParam(defaultValue = "1") int buoc,
			@AuthenticationPrincipal CitizenPrincipal citizen, Model model) {
		SubmissionView draft = this.submissions.get(id, citizen.id());
		model.addAttribute("s", draft);
		model.addAttribute("step", Math.max(1, Math.min(4, buoc)));
		model.addAttribute("procedure", this.catalogue.require(draft.procedureCode(), LocalDate.now(this.clock)));
		return "citizen/submit";
	}

	@PostMapping("/cong-dan/nop/{id}/nguoi-nop")
	String applicant(@PathVariable UUID id, @RequestParam String fullName, @RequestParam(required = false) @Nullable String idNumber,
			@RequestParam(required = false) @Nullable String phone, @RequestParam(required = false) @Nullable String email,
			@RequestParam(required = false) @Nullable String address, @AuthenticationPrincipal CitizenPrincipal citizen,
			RedirectAttributes redirect) {
		if (fullName.isBlank()) {
			redirect.addFlashAttribute("failure", this.messages.getMessage("validation.required", null,
					LocaleContextHolder.getLocale()));
			return "redirect:/cong-dan/nop/" + id + "?buoc=2";
		}
		return step(id, 3, redirect, () -> this.submissions.saveApplicant(id, citizen.id(),
				new SubmissionView.Applicant(fullName, idNumber, phone, email, address)));
	}

	@PostMapping("/cong-dan/nop/{id}/giay-to")
	String addFile(@PathVariable UUID id, @RequestParam int document, @RequestParam MultipartFile file,
			@AuthenticationPrincipal CitizenPrincipal citizen, RedirectAttributes redirect) {
		return step(id, 3, redirect, () -> {
			try {
				this.submissions.addFile(id, citizen.id(), document, name(file), file.getSize(), file.getInputStream());
			}
			catch (IOException ex) {
				throw new java.io.UncheckedIOException(ex);
			}
		});
	}

	@PostMapping("/cong-dan/nop/{id}/giay-to/{fileId}/xoa")
	String removeFile(@PathVariable UUID id, @PathVariable UUID fileId, @AuthenticationPrincipal CitizenPrincipal citizen,
			RedirectAttributes redirect) {
		return step(id, 3, redirect, () -> this.submissions.removeFile(id, citizen.id(), fileId));
	}

	@PostMapping("/cong-dan/nop/{id}/gui")
	String submit(@PathVariable UUID id, @AuthenticationPrincipal CitizenPrincipal citizen, RedirectAttributes redirect) {
		try {
			this.submissions.submit(id, citizen.id());
			redirect.addFlashAttribute("sent", true);
			return "redirect:/cong-dan/ho-so";
		}
		catch (DomainException ex) {
			redirect.addFlashAttribute("failure", text(ex));
			return "redirect:/cong-dan/nop/" + id + "?buoc=4";
		}
	}

	@GetMapping("/cong-dan/ho-so/{code}")
	String dossier(@PathVariable String code, @AuthenticationPrincipal CitizenPrincipal citizen, Model model) {
		model.addAttribute("d", this.dossiers.get(code, citizen.id()));
		model.addAttribute("files", this.dossiers.fileNames(code, citizen.id()));
		return "citizen/dossier";
	}

	@GetMapping("/cong-dan/ho-so/{code}/mau/{form}")
	ResponseEntity<byte[]> form(@PathVariable String code, @PathVariable String form,
			@AuthenticationPrincipal CitizenPrincipal citizen) {
		return Downloads.inline(this.dossiers.form(code, form, citizen.id()), "mau-" + form + "-" + code + ".pdf",
				MediaType.APPLICATION_PDF);
	}

	@PostMapping("/cong-dan/ho-so/{code}/bo-sung")
	String supplement(@PathVariable String code, @RequestParam MultipartFile file,
			@AuthenticationPrincipal CitizenPrincipal citizen, RedirectAttributes redirect) {
		return onDossier(code, redirect, "supplemented", () -> {
			try {
				this.dossiers.supplement(code, citizen.id(), citizen.contact(), name(file), file.getSize(),
						file.getInputStream());
			}
			catch (IOException ex) {
				throw new java.io.UncheckedIOException(ex);
			}
		});
	}

	@PostMapping("/cong-dan/ho-so/{code}/danh-gia")
	String rate(@PathVariable String code, @RequestParam int score, @RequestParam(required = false) @Nullable String comment,
			@AuthenticationPrincipal CitizenPrincipal citizen, RedirectAttributes redirect) {
		return onDossier(code, redirect, "rated", () -> this.dossiers.rate(code, citizen.id(), score, comment));
	}

	private String step(UUID id, int next, RedirectAttributes redirect, Runnable action) {
		try {
			action.run();
		}
		catch (DomainException ex) {
			redirect.addFlashAttribute("failure", text(ex));
		}
		return "redirect:/cong-dan/nop/" + id + "?buoc=" + next;
	}

	private String onDossier(String code, RedirectAttributes redirect, String done, Runnable action) {
		try {
			action.run();
			redirect.addFlashAttribute(done, true);
		}
		catch (DomainException ex) {
			redirect.addFlashAttribute("failure", text(ex));
		}
		return "redirect:/cong-dan/ho-so/" + code;
	}

	private static String name(MultipartFile file) {
		String name = file.getOriginalFilename();
		return name == null || name.isBlank() ? "tep" : name;
	}

	private String text(DomainException ex) {
		return MessageArguments.text(this.messages, ex);
	}

}
