package vn.motcua.identity.officials;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import vn.motcua.shared.Actor;
import vn.motcua.shared.DomainException;
import vn.motcua.shared.PasswordChange;
import org.springframework.security.access.prepost.PreAuthorize;

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

/** The official's own password. */
@Controller
class PasswordController {

	private final OfficialPasswords passwords;

	private final UserDetailsService accounts;

	private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

	PasswordController(OfficialPasswords passwords, UserDetailsService accounts) {
		this.passwords = passwords;
		this.accounts = accounts;
	}

	@PreAuthorize("isAuthenticated()") // one's own password
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
			this.passwords.changeOwnPassword(actor.username(), passwordForm.getCurrent(), passwordForm.getNext());
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

}
