package vn.motcua.identity.citizens;

import java.util.ArrayList;
import java.util.List;
import jakarta.servlet.http.HttpServletRequest;

import org.jspecify.annotations.Nullable;
import vn.motcua.shared.DomainException;
import vn.motcua.shared.MessageArguments;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A citizen registers with a phone number or an e-mail address, types back the code, logs in. */
@Controller
class CitizenAccountController {

	private final CitizenRegistration accounts;

	private final MessageSource messages;

	private final ObjectProvider<ClientRegistrationRepository> identityProviders;

	CitizenAccountController(CitizenRegistration accounts, MessageSource messages,
			ObjectProvider<ClientRegistrationRepository> identityProviders) {
		this.accounts = accounts;
		this.messages = messages;
		this.identityProviders = identityProviders;
	}

	/** The login form, and a button per configured identity provider. */
	@GetMapping("/cong-dan/dang-nhap")
	String login(Model model) {
		List<ClientRegistration> providers = new ArrayList<>();
		if (this.identityProviders.getIfAvailable() instanceof Iterable<?> registrations) {
			registrations.forEach(r -> providers.add((ClientRegistration) r));
		}
		model.addAttribute("providers", providers);
		return "citizen/login";
	}

	@GetMapping("/cong-dan/dang-ky")
	String registration() {
		return "citizen/register";
	}

	@PostMapping("/cong-dan/dang-ky")
	String register(@RequestParam String contact, @RequestParam String fullName, @RequestParam String password,
			@RequestParam String passwordAgain, HttpServletRequest http, Model model) {
		model.addAttribute("contact", contact);
		model.addAttribute("fullName", fullName);
		if (fullName.isBlank()) {
			model.addAttribute("failure", text("validation.required"));
			return "citizen/register";
		}
		if (!password.equals(passwordAgain)) {
			model.addAttribute("failure", text("validation.password-mismatch"));
			return "citizen/register";
		}
		try {
			model.addAttribute("contact", this.accounts.register(contact, fullName, password, http.getRemoteAddr()));
			return "citizen/verify";
		}
		catch (DomainException ex) {
			model.addAttribute("failure", text(ex));
			return "citizen/register";
		}
	}

	@PostMapping("/cong-dan/xac-thuc")
	String verify(@RequestParam String contact, @RequestParam String code, @RequestParam(required = false) @Nullable String resend,
			Model model, RedirectAttributes redirect) {
		model.addAttribute("contact", contact);
		try {
			if (resend != null) {
				this.accounts.resendCode(contact);
				model.addAttribute("resent", true);
				return "citizen/verify";
			}
			this.accounts.verify(contact, code);
			return "redirect:/cong-dan/dang-nhap?verified";
		}
		catch (DomainException ex) {
			model.addAttribute("failure", text(ex));
			return "citizen/verify";
		}
	}

	private String text(String key) {
		return this.messages.getMessage(key, null, LocaleContextHolder.getLocale());
	}

	private String text(DomainException ex) {
		return MessageArguments.text(this.messages, ex);
	}

}
