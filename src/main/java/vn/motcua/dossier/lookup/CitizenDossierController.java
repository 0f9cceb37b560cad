package vn.motcua.dossier.lookup;

import org.jspecify.annotations.Nullable;
import vn.motcua.dossier.files.Downloads;
import vn.motcua.dossier.files.Uploaded;
import vn.motcua.dossier.online.CitizenSubmissions;
import vn.motcua.identity.CitizenPrincipal;
import vn.motcua.shared.DomainException;
import vn.motcua.shared.MessageArguments;

import org.springframework.context.MessageSource;
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

/** The citizen's pages: «my dossiers», a dossier with its forms, the supplement upload and the rating. */
@Controller
class CitizenDossierController {

	private final MyDossiers dossiers;

	private final CitizenSubmissions submissions;

	private final MessageSource messages;

	CitizenDossierController(MyDossiers dossiers, CitizenSubmissions submissions, MessageSource messages) {
		this.dossiers = dossiers;
		this.submissions = submissions;
		this.messages = messages;
	}

	@GetMapping("/cong-dan/ho-so")
	String mine(@AuthenticationPrincipal CitizenPrincipal citizen, Model model) {
		model.addAttribute("citizen", citizen);
		model.addAttribute("pending", this.submissions.pendingOf(citizen.id()));
		model.addAttribute("dossiers", this.dossiers.of(citizen.id()));
		return "citizen/dossiers";
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

	@GetMapping("/cong-dan/ho-so/{code}/ket-qua.pdf")
	ResponseEntity<byte[]> result(@PathVariable String code, @AuthenticationPrincipal CitizenPrincipal citizen) {
		return Downloads.attachment(this.dossiers.result(code, citizen.id()));
	}

	@PostMapping("/cong-dan/ho-so/{code}/bo-sung")
	String supplement(@PathVariable String code, @RequestParam MultipartFile file,
			@AuthenticationPrincipal CitizenPrincipal citizen, RedirectAttributes redirect) {
		return onDossier(code, redirect, "supplemented", () -> this.dossiers.supplement(code, citizen.id(),
				citizen.contact(), Uploaded.name(file), file.getSize(), Uploaded.content(file)));
	}

	@PostMapping("/cong-dan/ho-so/{code}/danh-gia")
	String rate(@PathVariable String code, @RequestParam int score,
			@RequestParam(required = false) @Nullable String comment, @AuthenticationPrincipal CitizenPrincipal citizen,
			RedirectAttributes redirect) {
		return onDossier(code, redirect, "rated", () -> this.dossiers.rate(code, citizen.id(), score, comment));
	}

	private String onDossier(String code, RedirectAttributes redirect, String done, Runnable action) {
		try {
			action.run();
			redirect.addFlashAttribute(done, true);
		}
		catch (DomainException ex) {
			redirect.addFlashAttribute("failure", MessageArguments.text(this.messages, ex));
		}
		return "redirect:/cong-dan/ho-so/" + code;
	}

}
