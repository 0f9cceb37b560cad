package vn.motcua.identity.officials;

import java.time.Clock;
import java.time.LocalDate;

import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;
import vn.motcua.identity.IdentityManagement;
import vn.motcua.organization.OrganizationManagement;
import vn.motcua.organization.UnitScope;
import vn.motcua.shared.Actor;
import vn.motcua.shared.AdministratorsOnly;
import vn.motcua.shared.DomainException;
import vn.motcua.shared.Role;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Back office: officials (Cán bộ) of the administrator's scope. */
@Controller
@RequestMapping("/quan-tri/can-bo")
@AdministratorsOnly
class OfficialAdminController {

	private final IdentityManagement identity;

	private final OfficialAdministration administration;

	private final OrganizationManagement organization;

	private final Clock clock;

	OfficialAdminController(IdentityManagement identity, OfficialAdministration administration,
			OrganizationManagement organization, Clock clock) {
		this.identity = identity;
		this.administration = administration;
		this.organization = organization;
		this.clock = clock;
	}

	@ModelAttribute
	void choices(@AuthenticationPrincipal Actor actor, Model model) {
		UnitScope scope = this.identity.scopeOf(actor);
		model.addAttribute("roles", Role.values());
		model.addAttribute("agencies", this.organization.agenciesOn(LocalDate.now(this.clock), null)
			.stream()
			.filter(a -> scope.contains(a.unitId()))
			.toList());
	}

	@GetMapping
	String list(@RequestParam(required = false) @Nullable String q, @AuthenticationPrincipal Actor actor, Model model) {
		model.addAttribute("q", q);
		model.addAttribute("officials", this.identity.officials(actor, q));
		return "admin/officials";
	}

	@GetMapping("/moi")
	String newOfficial(Model model) {
		model.addAttribute("officialForm", new OfficialForm());
		return "admin/official-form";
	}

	@GetMapping("/{username}")
	String edit(@PathVariable String username, @AuthenticationPrincipal Actor actor, Model model) {
		model.addAttribute("officialForm", OfficialForm.of(this.identity.official(username, actor)));
		model.addAttribute("existing", true);
		return "admin/official-form";
	}

	@PostMapping
	String create(@Valid @ModelAttribute OfficialForm officialForm, BindingResult result,
			@AuthenticationPrincipal Actor actor, RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return "admin/official-form";
		}
		try {
			Registered registered = this.administration.register(officialForm.draft(), null, actor);
			redirect.addFlashAttribute("saved", registered.official().fullName());
			redirect.addFlashAttribute("temporaryPassword", registered.temporaryPassword());
			redirect.addFlashAttribute("temporaryFor", registered.official().username());
			return "redirect:/quan-tri/can-bo";
		}
		catch (DomainException ex) {
			result.reject(ex.messageKey(), ex.args(), ex.code());
			return "admin/official-form";
		}
	}

	@PostMapping("/{username}")
	String update(@PathVariable String username, @Valid @ModelAttribute OfficialForm officialForm,
			BindingResult result, @AuthenticationPrincipal Actor actor, Model model, RedirectAttributes redirect) {
		model.addAttribute("existing", true);
		if (result.hasErrors()) {
			return "admin/official-form";
		}
		try {
			this.administration.update(username, officialForm.getVersion(), officialForm.draft(), actor);
			redirect.addFlashAttribute("saved", officialForm.getFullName());
			return "redirect:/quan-tri/can-bo";
		}
		catch (DomainException ex) {
			result.reject(ex.messageKey(), ex.args(), ex.code());
		}
		catch (OptimisticLockingFailureException ex) {
			result.reject("error.stale-version");
		}
		return "admin/official-form";
	}

}
