package vn.motcua.dossier.processing;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;

import org.jspecify.annotations.Nullable;
import vn.motcua.dossier.DossierAction;
import vn.motcua.dossier.domain.Dossier;
import vn.motcua.dossier.files.AttachmentStore;
import vn.motcua.dossier.files.AttachmentView;
import vn.motcua.dossier.forms.FormSet;
import vn.motcua.dossier.processing.DossierDesk.ActionButton;
import vn.motcua.shared.Actor;
import vn.motcua.shared.DomainException;
import vn.motcua.shared.MessageArguments;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Back office: the dossier page with its process, files, forms and the actions on it. */
@Controller
@RequestMapping("/quan-tri/ho-so")
class DossierPageController {

	private final DossierReader reader;

	private final ActOnDossier acting;

	private final AttachmentStore files;

	private final MessageSource messages;

	private final DossierDesk desk;

	private final ZoneId zone;

	DossierPageController(DossierReader reader, ActOnDossier acting, AttachmentStore files, MessageSource messages,
			DossierDesk desk) {
		this.reader = reader;
		this.acting = acting;
		this.files = files;
		this.messages = messages;
		this.desk = desk;
		this.zone = reader.zone();
	}

	@GetMapping("/{code}")
	String dossier(@PathVariable String code, @AuthenticationPrincipal Actor actor, Model model) {
		Dossier found = this.reader.find(code, actor);
		DossierView dossier = this.reader.view(found);
		List<AttachmentView> attachments = this.files.ofDossier(dossier.id());
		List<ActionButton> buttons = this.desk.buttons(found, actor);
		model.addAttribute("dossier", dossier);
		model.addAttribute("official", actor); // the checklist (documents) reads the dossier as the official
		model.addAttribute("forms", FormSet.of(dossier.ruleVersion()).applicable(dossier, this.reader.hasReceipt(found)));
		model.addAttribute("attachments", attachments);
		model.addAttribute("buttons", buttons);
		model.addAttribute("canAssign", buttons.stream().anyMatch(b -> b.action() == DossierAction.ASSIGN));
		model.addAttribute("canApologise", buttons.stream().anyMatch(b -> b.action() == DossierAction.APOLOGISE));
		model.addAttribute("assignees", this.desk.assignees(found));
		model.addAttribute("signing", this.desk.signing(found));
		model.addAttribute("drafts", attachments.stream().filter(AttachmentView::isResult).toList());
		model.addAttribute("names",
				this.desk.names(found, attachments.stream().map(AttachmentView::uploadedBy).toList()));
		return "dossier/dossier";
	}

	@PostMapping("/{code}/thao-tac")
	String act(@PathVariable String code, @RequestParam DossierAction action,
			@RequestParam(required = false) @Nullable String note, @RequestParam(required = false) @Nullable String assignee,
			@RequestParam(required = false) @DateTimeFormat(
					iso = DateTimeFormat.ISO.DATE_TIME) @Nullable LocalDateTime newDueAt,
			@RequestParam long version, @RequestParam(required = false) @Nullable String reason,
			@AuthenticationPrincipal Actor actor, RedirectAttributes redirect) {
		try {
			this.acting.act(code, new TransitionRequest(action, note, assignee,
					newDueAt == null ? null : newDueAt.atZone(this.zone).toOffsetDateTime(), version, reason), actor);
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

}
