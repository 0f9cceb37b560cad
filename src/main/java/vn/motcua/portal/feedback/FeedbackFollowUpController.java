package vn.motcua.portal.feedback;

import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;
import vn.motcua.shared.DomainException;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * Following a feedback by its register number and phone, on the portal and in the public API: 404
 * for an unknown number and a wrong phone alike, 429 after too many failures (the lookup's throttle).
 */
@Controller
class FeedbackFollowUpController {

	private final FeedbackFollowUp followUp;

	FeedbackFollowUpController(FeedbackFollowUp followUp) {
		this.followUp = followUp;
	}

	@GetMapping("/api/v1/public/feedback/{registerNo}")
	@ResponseBody
	FeedbackFollowUp.Progress progress(@PathVariable String registerNo,
			@RequestParam(required = false) @Nullable String phoneLast4, HttpServletRequest request) {
		return this.followUp.follow(registerNo, phoneLast4, request.getRemoteAddr());
	}

	/** The follow-up form; with {@code so} and {@code phone} it looks the feedback up. */
	@GetMapping("/phan-anh/theo-doi")
	String page(@RequestParam(required = false) @Nullable String so,
			@RequestParam(required = false) @Nullable String phone, HttpServletRequest request, Model model) {
		model.addAttribute("so", so == null ? "" : so.strip());
		model.addAttribute("phone", phone == null ? "" : phone.strip());
		if (so != null && !so.isBlank()) {
			if (phone == null || phone.isBlank()) {
				model.addAttribute("problem", "feedback.follow.needPhone");
			}
			else {
				try {
					model.addAttribute("f", this.followUp.follow(so, phone, request.getRemoteAddr()));
				}
				catch (DomainException ex) {
					model.addAttribute("problem", "feedback.follow." + ex.code());
				}
			}
		}
		return "public/feedback-follow";
	}

}
