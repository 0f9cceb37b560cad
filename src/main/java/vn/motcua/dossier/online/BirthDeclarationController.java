package vn.motcua.dossier.online;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import vn.motcua.dossier.domain.BirthDeclaration;
import vn.motcua.identity.CitizenPrincipal;
import vn.motcua.shared.DomainException;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The electronic birth declaration of a draft (step 3 of a birth registration): typed, checked
 * field by field, printed as the tờ khai PDF and given as the declaration document's file.
 */
@Controller
class BirthDeclarationController {

	private final BirthDeclarations declarations;

	private final WizardPage page;

	private final Clock clock;

	BirthDeclarationController(BirthDeclarations declarations, WizardPage page, Clock clock) {
		this.declarations = declarations;
		this.page = page;
		this.clock = clock;
	}

	@PostMapping("/cong-dan/nop/{id}/to-khai")
	String declare(@PathVariable UUID id, @RequestParam Map<String, String> form,
			@AuthenticationPrincipal CitizenPrincipal citizen, Model model, RedirectAttributes redirect) {
		BirthDeclaration declaration = DeclarationForm.read(form);
		Map<String, String> problems = declaration.problems(LocalDate.now(this.clock));
		if (problems.isEmpty()) {
			try {
				this.declarations.declare(id, citizen.id(), declaration);
				redirect.addFlashAttribute("declared", true);
				return "redirect:/cong-dan/nop/" + id + "?buoc=3";
			}
			catch (DomainException ex) {
				problems = Map.of("form", ex.messageKey());
			}
		}
		model.addAttribute("decl", form);
		model.addAttribute("errors", this.page.texts(problems));
		return this.page.show(id, citizen.id(), 3, model);
	}

}
