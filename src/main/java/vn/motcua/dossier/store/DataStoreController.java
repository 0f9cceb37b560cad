package vn.motcua.dossier.store;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import vn.motcua.dossier.files.Downloads;
import vn.motcua.dossier.store.CitizenDataStore.StoredDocument;
import vn.motcua.identity.CitizenPrincipal;
import vn.motcua.shared.DomainException;
import vn.motcua.shared.MessageArguments;

import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
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

/** «Kho dữ liệu của tôi»: the citizen's stored documents, each to open and to date. */
@Controller
@RequestMapping("/cong-dan/kho-du-lieu")
class DataStoreController {

	private final CitizenDataStore store;

	private final StoreOwners owners;

	private final StoreAccesses accesses;

	private final MessageSource messages;

	DataStoreController(CitizenDataStore store, StoreOwners owners, StoreAccesses accesses, MessageSource messages) {
		this.store = store;
		this.owners = owners;
		this.accesses = accesses;
		this.messages = messages;
	}

	@GetMapping
	String mine(@AuthenticationPrincipal CitizenPrincipal citizen, Model model) {
		model.addAttribute("citizen", citizen);
		List<StoredDocument> documents = this.store.of(citizen.id());
		model.addAttribute("documents", documents);
		// a counter dossier is linked only while the account is the one vouched for its applicant
		model.addAttribute("mine", this.owners.belonging(citizen.id(), documents.stream().map(StoredDocument::dossierCode).toList()));
		model.addAttribute("accesses", this.accesses.of(citizen.id()));
		return "citizen/store";
	}

	@GetMapping("/{id}")
	ResponseEntity<byte[]> file(@PathVariable UUID id, @AuthenticationPrincipal CitizenPrincipal citizen) {
		return Downloads.attachment(this.store.file(citizen.id(), id));
	}

	@PostMapping("/{id}/hieu-luc")
	String validUntil(@PathVariable UUID id,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate validUntil,
			@AuthenticationPrincipal CitizenPrincipal citizen, RedirectAttributes redirect) {
		try {
			this.store.setValidUntil(citizen.id(), id, validUntil);
			redirect.addFlashAttribute("saved", true);
		}
		catch (DomainException ex) {
			redirect.addFlashAttribute("failure", MessageArguments.text(this.messages, ex));
		}
		return "redirect:/cong-dan/kho-du-lieu";
	}

}
