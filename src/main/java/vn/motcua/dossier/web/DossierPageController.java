package vn.motcua.dossier.web;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;
import vn.motcua.calendar.Channel;
import vn.motcua.catalogue.CatalogueManagement;
import vn.motcua.dossier.DossierAction;
import vn.motcua.dossier.DossierAttachments;
import vn.motcua.dossier.DossierDocuments;
import vn.motcua.dossier.DossierManagement;
import vn.motcua.dossier.DossierQueries;
import vn.motcua.dossier.DossierStatus;
import vn.motcua.dossier.DossierView;
import vn.motcua.dossier.IntakeRequest;
import vn.motcua.dossier.TransitionRequest;
import vn.motcua.dossier.WorkQueue;
import vn.motcua.organization.OrganizationManagement;
import vn.motcua.organization.UnitScope;
import vn.motcua.shared.Actor;
import vn.motcua.shared.DomainException;
import vn.motcua.shared.MessageArguments;
import vn.motcua.shared.Uploads;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
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

/** Back office: work queues, intake at the counter, the dossier page with its actions and forms. */
@Controller
@RequestMapping("/quan-tri/ho-so")
class DossierPageController {

	private final DossierManagement dossiers;

	private final DossierQueries queries;

	private final DossierDocuments documents;

	private final DossierAttachments attachments;

	private final CatalogueManagement catalogue;

	private final OrganizationManagement organization;

	private final MessageSource messages;

	private final Clock clock;

	DossierPageController(DossierManagement dossiers, DossierQueries queries, DossierDocuments documents,
			DossierAttachments attachments, CatalogueManagement catalogue, OrganizationManagement organization,
			MessageSource messages, Clock clock) {
		this.attachments = attachments;
		this.dossiers = dossiers;
		this.queries = queries;
		this.documents = documents;
		this.catalogue = catalogue;
		this.organization = organization;
		this.messages = messages;
		this.clock = clock;
	}

	@GetMapping
	String queue(@RequestParam(defaultValue = "MY_STEPS") WorkQueue queue,
			@RequestParam(required = false) @Nullable DossierStatus status, @RequestParam(defaultValue = "0") int page,
			@AuthenticationPrincipal Actor actor, Model model) {
		model.addAttribute("queue", queue);
		model.addAttribute("status", status);
		model.addAttribute("counts", this.queries.counts(actor));
		model.addAttribute("result", this.queries.search(actor, queue, List.of(), status, page, 50));
		model.addAttribute("statuses", DossierStatus.values());
		model.addAttribute("queues", WorkQueue.values());
		return "dossier/queue";
	}

	@GetMapping("/tiep-nhan")
	String intakeForm(@AuthenticationPrincipal Actor actor, Model model) {
		if (!model.containsAttribute("intakeForm")) {
			model.addAttribute("intakeForm", new IntakeForm());
		}
		LocalDate today = LocalDate.now(this.clock);
		UnitScope scope = this.organization.scopeOf(actor);
		model.addAttribute("procedures", this.catalogue.search(null, today));
		model.addAttribute("channels", Channel.values());
		model.addAttribute("outcomes", IntakeRequest.Outcome.values());
		model.addAttribute("agencies",
				this.organization.agenciesOn(today, null).stream().filter(a -> scope.contains(a.unitId())).toList());
		return "dossier/intake";
	}

	@PostMapping("/tiep-nhan")
	String receive(@Valid @ModelAttribute IntakeForm intakeForm, BindingResult result,
			@AuthenticationPrincipal Actor actor, Model model, RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				DossierView dossier = this.dossiers.receive(intakeForm.request(), actor);
				redirect.addFlashAttribute(dossier.status() == DossierStatus.RECEIVED ? "received" : "turnedAway", true);
				return "redirect:/quan-tri/ho-so/" + dossier.code();
			}
			catch (DomainException ex) {
				result.reject(ex.messageKey(), ex.args(), ex.code());
			}
		}
		return intakeForm(actor, model);
	}

	@GetMapping("/{code}")
	String dossier(@PathVariable String code, @AuthenticationPrincipal Actor actor, Model model) {
		DossierView dossier = this.dossiers.get(code, actor);
		model.addAttribute("dossier", dossier);
		model.addAttribute("forms", applicableForms(dossier));
		model.addAttribute("attachments", this.attachments.list(code, actor));
		model.addAttribute("actions", DossierAction.values());
		return "dossier/dossier";
	}

	@PostMapping("/{code}/thao-tac")
	String act(@PathVariable String code, @RequestParam DossierAction action, @RequestParam(required = false) @Nullable String note,
			@RequestParam(required = false) @Nullable String assignee,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) @Nullable LocalDateTime newDueAt,
			@RequestParam long version, @AuthenticationPrincipal Actor actor, RedirectAttributes redirect) {
		try {
			this.dossiers.act(code, new TransitionRequest(action, note, assignee,
					newDueAt == null ? null : newDueAt.atZone(this.clock.getZone()).toOffsetDateTime(), version), actor);
			redirect.addFlashAttribute("done", action);
		}
		catch (DomainException ex) {
			redirect.addFlashAttribute("failure", MessageArguments.text(this.messages, ex));
		}
		catch (OptimisticLockingFailureException ex) {
			redirect.addFlashAttribute("failure",
					this.messages.getMessage("error.stale-version", null, LocaleContextHolder.getLocale()));
		}
		return "redirect:/quan-tri/ho-so/" + code;
	}

	/** The forms a dossier has: the receipt once received, 02–04 once their action happened. */
	private static List<String> applicableForms(DossierView dossier) {
		Set<DossierAction> done = dossier.timeline().stream().map(t -> t.action()).collect(Collectors.toSet());
		List<String> forms = new ArrayList<>();
		if (dossier.status() != DossierStatus.NOT_RECEIVED) {
			forms.add("01");
		}
		if (done.contains(DossierAction.REQUEST_SUPPLEMENT)) {
			forms.add("02");
		}
		if (done.contains(DossierAction.REFUSE)) {
			forms.add("03");
		}
		if (done.contains(DossierAction.APOLOGISE)) {
			forms.add("04");
		}
		forms.add("05");
		return forms;
	}

	@PostMapping("/{code}/tep")
	String upload(@PathVariable String code, @RequestParam MultipartFile file, @AuthenticationPrincipal Actor actor,
			RedirectAttributes redirect) throws IOException {
		try {
			this.attachments.upload(code, file.getOriginalFilename() == null ? "" : file.getOriginalFilename(), file.getSize(),
					file.getInputStream(), actor);
			redirect.addFlashAttribute("uploaded", file.getOriginalFilename());
		}
		catch (DomainException ex) {
			Locale locale = LocaleContextHolder.getLocale();
			redirect.addFlashAttribute("failure", this.messages.getMessage(ex.messageKey(), ex.args(), ex.code(), locale));
		}
		return "redirect:/quan-tri/ho-so/" + code;
	}

	@GetMapping("/{code}/tep/{id}")
	ResponseEntity<byte[]> download(@PathVariable String code, @PathVariable UUID id, @AuthenticationPrincipal Actor actor) {
		Uploads.File file = this.attachments.download(code, id, actor);
		return Downloads.attachment(file.bytes(), file.fileName(), MediaType.parseMediaType(file.contentType()));
	}

	@GetMapping("/{code}/mau/{form}.pdf")
	ResponseEntity<byte[]> form(@PathVariable String code, @PathVariable String form, @AuthenticationPrincipal Actor actor) {
		return Downloads.inline(this.documents.form(code, form, actor), "mau-" + form + "-" + code + ".pdf",
				MediaType.APPLICATION_PDF);
	}

}
