package vn.motcua.portal.settings;

import jakarta.validation.Valid;
import vn.motcua.shared.Actor;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Back office: the portal's header and footer (Cài đặt cổng thông tin). */
@Controller
@RequestMapping("/quan-tri/cai-dat-cong")
@PreAuthorize("hasAnyRole('ADMIN', 'PORTAL_EDITOR')")
class SiteSettingsAdminController {

	private final SiteSettingsStore settings;

	SiteSettingsAdminController(SiteSettingsStore settings) {
		this.settings = settings;
	}

	@GetMapping
	String form(Model model) {
		model.addAttribute("settingsForm", SettingsForm.of(this.settings.current()));
		return "admin/site-settings";
	}

	@PostMapping
	String save(@Valid @ModelAttribute SettingsForm settingsForm, BindingResult result,
			@AuthenticationPrincipal Actor actor, RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return "admin/site-settings";
		}
		try {
			SiteSettings saved = this.settings.update(settingsForm.settings(), actor);
			redirect.addFlashAttribute("saved", saved.portalName());
			return "redirect:/quan-tri/cai-dat-cong";
		}
		catch (OptimisticLockingFailureException ex) {
			result.reject("error.stale-version");
			return "admin/site-settings";
		}
	}

}
