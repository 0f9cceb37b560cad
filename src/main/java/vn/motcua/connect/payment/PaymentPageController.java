package vn.motcua.connect.payment;

import org.jspecify.annotations.Nullable;
import vn.motcua.shared.Actor;
import vn.motcua.shared.DomainException;
import vn.motcua.shared.MessageArguments;

import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The desk asks for the fee on the dossier's page (the applicant pays from «Hồ sơ của tôi», {@link CitizenFeesAdvice}). */
@Controller
class PaymentPageController {

	private final FeeRequests fees;

	private final MessageSource messages;

	PaymentPageController(FeeRequests fees, MessageSource messages) {
		this.fees = fees;
		this.messages = messages;
	}

	@PostMapping("/quan-tri/ho-so/{code}/thu-phi")
	String request(@PathVariable String code, @RequestParam(required = false) @Nullable Long amountVnd,
			@RequestParam(required = false) @Nullable String description, @AuthenticationPrincipal Actor actor,
			RedirectAttributes redirect) {
		try {
			this.fees.request(code, amountVnd, description, actor);
			redirect.addFlashAttribute("feeRequested", true);
		}
		catch (DomainException ex) {
			redirect.addFlashAttribute("feeFailure", MessageArguments.text(this.messages, ex));
		}
		return "redirect:/quan-tri/ho-so/" + code + "#thu-phi";
	}

}
