package vn.motcua.portal.feedback;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import jakarta.servlet.http.HttpServletRequest;

import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;
import vn.motcua.calendar.Channel;
import vn.motcua.organization.UnitView;
import vn.motcua.shared.DomainException;
import vn.motcua.shared.Vietnam;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The public feedback form, its receipt, and the published answers. */
@Controller
class FeedbackFormController {

	private final FeedbackIntake intake;

	private final FeedbackRegister register;

	private final FeedbackUnits units;

	FeedbackFormController(FeedbackIntake intake, FeedbackRegister register, FeedbackUnits units) {
		this.intake = intake;
		this.register = register;
		this.units = units;
	}

	@ModelAttribute("units")
	List<UnitView> units() {
		return this.units.unitsToday();
	}

	@GetMapping("/phan-anh")
	String form(Model model) {
		model.addAttribute("feedbackRequest", new FeedbackRequest());
		return "public/feedback";
	}

	@PostMapping("/phan-anh")
	String submit(@Valid @ModelAttribute FeedbackRequest feedbackRequest, BindingResult result,
			@RequestParam(required = false) @Nullable List<MultipartFile> files, HttpServletRequest http,
			RedirectAttributes redirect) throws IOException {
		if (result.hasErrors()) {
			return "public/feedback";
		}
		try {
			FeedbackView f = this.intake.submit(feedbackRequest, Channel.ONLINE, attachments(files),
					http.getRemoteAddr());
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

	private static List<Attachment> attachments(@Nullable List<MultipartFile> files) throws IOException {
		List<Attachment> attachments = new ArrayList<>();
		for (MultipartFile file : files == null ? List.<MultipartFile>of() : files) {
			if (!file.isEmpty()) {
				attachments.add(new Attachment(file.getOriginalFilename() == null ? "tep" : file.getOriginalFilename(),
						file.getSize(), file.getInputStream()));
			}
		}
		return attachments;
	}

}
