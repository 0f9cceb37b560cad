package vn.motcua.identity.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import vn.motcua.shared.Actor;
import vn.motcua.shared.DomainException;
import vn.motcua.shared.PasswordChange;
import vn.motcua.identity.OfficialAdministration;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The login page and the official's own password. */
@Controller
class AccountController {

	private final OfficialAdministration administration;

	private final UserDetailsService accounts;

	private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

	AccountController(OfficialAdministration administration, UserDetailsService accounts) {
		this.administration = administration;
		this.accounts = accounts;
	}

	@GetMapping("/dang-nhap")
	String login() {
		return "login";
	}

	@GetMapping(PasswordChange.PAGE)
	String passwordForm(@ModelAttribute PasswordForm passwordForm) {
		return "admin/password";
	}

	@PostMapping(PasswordChange.PAGE)
	String changePassword(@Valid @ModelAttribute PasswordForm passwordForm, BindingResult result,
			@AuthenticationPrincipal Actor actor, HttpServletRequest request, HttpServletResponse response,
			RedirectAttributes redirect) {
		if (!result.hasErrors() && !passwordForm.getNext().equals(passwordForm.getConfirmation())) {
			result.rejectValue("confirmation", "validation.password-mismatch");
		}
		if (result.hasErrors()) {
			return "admin/password";
		}
		try {
			this.administration.changeOwnPassword(actor.username(), passwordForm.getCurrent(), passwordForm.getNext());
		}
		catch (DomainException ex) {
			result.reject(ex.messageKey(), ex.args(), ex.code());
			return "admin/password";
		}
		refreshLogin(actor.username(), request, response);
		redirect.addFlashAttribute("passwordChanged", true);
		return "redirect:/quan-tri";
	}

	/** The session keeps the principal: load it again, now without the password-change gate. */
	private void refreshLogin(String username, HttpServletRequest request, HttpServletResponse response) {
		UserDetails fresh = this.accounts.loadUserByUsername(username);
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(fresh, null, fresh.getAuthorities()));
		SecurityContextHolder.setContext(context);
		this.contexts.saveContext(context, request, response);
	}

	/** Mutable: the page binds to it. Passwords are never echoed back into the page. */
	static class PasswordForm {

		@NotBlank(message = "{validation.required}")
		private String current = "";

		@NotBlank(message = "{validation.required}")
		private String next = "";

		@NotBlank(message = "{validation.required}")
		private String confirmation = "";

		public String getCurrent() {
			return this.current;
		}

		public void setCurrent(String current) {
			this.current = current;
		}

		public String getNext() {
			return this.next;
		}

		public void setNext(String next) {
			this.next = next;
		}

		public String getConfirmation() {
			return this.confirmation;
		}

		public void setConfirmation(String confirmation) {
			this.confirmation = confirmation;
		}

	}

}
