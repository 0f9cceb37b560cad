package vn.motcua.identity.citizens;

import vn.motcua.shared.DomainException;
import vn.motcua.shared.MessageArguments;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** «Quên mật khẩu»: the contact, then the code received with the new password twice. */
@Controller
class PasswordResetController {

	static final String FORGOT = "/cong-dan/quen-mat-khau";

	static final String RESET = "/cong-dan/dat-lai-mat-khau";

	private final PasswordReset reset;

	private final MessageSource messages;

	PasswordResetController(PasswordReset reset, MessageSource messages) {
		this.reset = reset;
		this.messages = messages;
	}

	@GetMapping(FORGOT)
	String forgot() {
		return "citizen/forgot";
	}

	@PostMapping(FORGOT)
	String sendCode(@RequestParam String contact, Model model) {
		model.addAttribute("contact", contact);
		try {
			model.addAttribute("contact", this.reset.sendCode(contact));
			return "citizen/reset";
		}
		catch (DomainException ex) {
			model.addAttribute("failure", MessageArguments.text(this.messages, ex));
			return "citizen/forgot";
		}
	}

	@PostMapping(RESET)
	String reset(@RequestParam String contact, @RequestParam String code, @RequestParam String password,
			@RequestParam String passwordAgain, Model model) {
		model.addAttribute("contact", contact);
		model.addAttribute("code", code);
		if (!password.equals(passwordAgain)) {
			model.addAttribute("failure",
					this.messages.getMessage("validation.password-mismatch", null, LocaleContextHolder.getLocale()));
			return "citizen/reset";
		}
		try {
			this.reset.reset(contact, code, password);
			return "redirect:/cong-dan/dang-nhap?reset";
		}
		catch (DomainException ex) {
			model.addAttribute("failure", MessageArguments.text(this.messages, ex));
			return "citizen/reset";
		}
	}

}
