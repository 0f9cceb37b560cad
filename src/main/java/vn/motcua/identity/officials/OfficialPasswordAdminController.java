package vn.motcua.identity.officials;

import vn.motcua.shared.Actor;
import vn.motcua.shared.AdministratorsOnly;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Back office: an administrator resets an official's password or lifts a lockout. */
@Controller
@RequestMapping("/quan-tri/can-bo/{username}")
@AdministratorsOnly
class OfficialPasswordAdminController {

	private final OfficialPasswords passwords;

	OfficialPasswordAdminController(OfficialPasswords passwords) {
		this.passwords = passwords;
	}

	@PostMapping("/dat-lai-mat-khau")
	String resetPassword(@PathVariable String username, @AuthenticationPrincipal Actor actor,
			RedirectAttributes redirect) {
		redirect.addFlashAttribute("temporaryPassword", this.passwords.resetPassword(username, actor));
		redirect.addFlashAttribute("temporaryFor", username);
		return "redirect:/quan-tri/can-bo";
	}

	@PostMapping("/mo-khoa")
	String unlock(@PathVariable String username, @AuthenticationPrincipal Actor actor, RedirectAttributes redirect) {
		this.passwords.unlock(username, actor);
		redirect.addFlashAttribute("unlocked", username);
		return "redirect:/quan-tri/can-bo";
	}

}
