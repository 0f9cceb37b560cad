package vn.motcua.portal.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;
import vn.motcua.calendar.Channel;
import vn.motcua.organization.OrganizationManagement;
import vn.motcua.portal.FeedbackCategory;
import vn.motcua.portal.FeedbackRegister;
import vn.motcua.portal.FeedbackRequest;
import vn.motcua.portal.FeedbackStatus;
import vn.motcua.portal.FeedbackView;
import vn.motcua.shared.Actor;
import vn.motcua.shared.DomainException;
import vn.motcua.shared.MessageArguments;
import vn.motcua.shared.Uploads;
import vn.motcua.shared.Vietnam;

import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The public feedback form, the published answers, and the officials' register. */
@Controller
class FeedbackPagesController {

	private final FeedbackRegister register;

	private final OrganizationManagement organization;

	private final Clock clock;

	private final MessageSource messages;

	FeedbackPagesController(FeedbackRegister register, OrganizationManagement organization, Clock clock,
			MessageSource messages) {
		this.register = register;
		this.organization = organization;
		this.clock = clock;
		this.messages = messages;
	}

	@ModelAttribute("units")
	Object units() {
		return this.organization.unitsOn(LocalDate.now(this.clock), null);
	}

	@GetMapping("/phan-anh")
	String form(Model model) {
		model.addAttribute("feedbackRequest", new FeedbackRequest());
		return "public/feedback";
	}

	@PostMapping("/phan-anh")
	String submit(@Valid @ModelAttribute FeedbackRequest feedbackRequest, BindingResult result,
			@RequestParam(required = false) @Nullable List<MultipartFile> files, RedirectAttributes redirect)
			throws IOException {
		if (result.hasErrors()) {
			return "public/feedback";
		}
		List<FeedbackRegister.Attachment> attachments = new ArrayList<>();
		for (MultipartFile file : files == null ? List.<MultipartFile>of() : files) {
			if (!file.isEmpty()) {
				attachments.add(new FeedbackRegister.Attachment(
						file.getOriginalFilename() == null ? "tep" : file.getOriginalFilename(), file.getSize(),
						file.getInputStream()));
			}
		}
		try {
			FeedbackView f = this.register.submit(feedbackRequest, Channel.ONLINE, attachments);
			// flash attributes live in the JDBC session: plain strings only
			redirect.addFlashAttribute("registerNo", f.registerNo());
			redirect.addFlashAttribute("receivedAt", Vietnam.TIME_AND_DAY.format(f.receivedAt()));
			redirect.addFlashAttribute("forwardDue", Vietnam.DAY.format(f.forwardDueAt()));
			return "redirect:/phan-anh/da-gui";
		}
		catch (DomainException ex) {
			result.reject(ex.messageKey(), ex.args(), ex.code());
			return "public/feedback";
		}
	}

	@GetMapping("/phan-anh/da-gui")
	String sent(Model model) {
		return model.containsAttribute("registerNo") ? "public/feedback-sent" : "redirect:/phan-anh";
	}

	@GetMapping("/phan-anh/da-tra-loi")
	String answered(Model model) {
		model.addAttribute("answers", this.register.published(100));
		return "public/feedback-answers";
	}

	@GetMapping("/quan-tri/phan-anh")
	String list(@RequestParam(required = false) @Nullable FeedbackStatus status, @AuthenticationPrincipal Actor actor,
			Model model) {
		model.addAttribute("feedback", this.register.register(actor, status));
		model.addAttribute("status", status);
		model.addAttribute("statuses", FeedbackStatus.values());
		return "admin/feedback-list";
	}

	@GetMapping("/quan-tri/phan-anh/{id}")
	String show(@PathVariable UUID id, @AuthenticationPrincipal Actor actor, Model model) {
		model.addAttribute("f", this.register.get(id, actor));
		model.addAttribute("files", this.register.attachments(id, actor));
		model.addAttribute("categories", FeedbackCategory.values());
		return "admin/feedback";
	}

	@GetMapping("/quan-tri/phan-anh/{id}/tep/{fileId}")
	ResponseEntity<byte[]> file(@PathVariable UUID id, @PathVariable UUID fileId, @AuthenticationPrincipal Actor actor) {
		Uploads.File file = this.register.file(id, fileId, actor);
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(file.contentType()))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(file.fileName(), StandardCharsets.UTF_8).build().toString())
			.body(file.bytes());
	}

	@PostMapping("/quan-tri/phan-anh/{id}/phan-loai")
	String classify(@PathVariable UUID id, @RequestParam FeedbackCategory category,
			@RequestParam(required = false) @Nullable String unitCode,
			@RequestParam(defaultValue = "false") boolean interAgency, @AuthenticationPrincipal Actor actor,
			RedirectAttributes redirect) {
		return act(id, redirect, () -> this.register.classify(id, category, unitCode, interAgency, actor));
	}

	@PostMapping("/quan-tri/phan-anh/{id}/chuyen")
	String forward(@PathVariable UUID id, @RequestParam String forwardedTo, @AuthenticationPrincipal Actor actor,
			RedirectAttributes redirect) {
		return act(id, redirect, () -> this.register.forward(id, forwardedTo, actor));
	}

	@PostMapping("/quan-tri/phan-anh/{id}/tra-loi")
	String answer(@PathVariable UUID id, @RequestParam String answer,
			@RequestParam(defaultValue = "false") boolean publish, @AuthenticationPrincipal Actor actor,
			RedirectAttributes redirect) {
		return act(id, redirect, () -> this.register.answer(id, answer, publish, actor));
	}

	private String act(UUID id, RedirectAttributes redirect, Runnable action) {
		try {
			action.run();
			redirect.addFlashAttribute("saved", true);
		}
		catch (DomainException ex) {
			redirect.addFlashAttribute("failure", MessageArguments.text(this.messages, ex));
		}
		return "redirect:/quan-tri/phan-anh/" + id;
	}

}
