package vn.motcua.dossier.online;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import vn.motcua.catalogue.CatalogueManagement;
import vn.motcua.dossier.ResultDelivery;
import vn.motcua.dossier.domain.SubmissionApplicant;
import vn.motcua.dossier.store.StoreOffers;
import vn.motcua.identity.CitizenParticulars;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * The wizard's page at one of its steps: the draft, the procedure, and for step 3 the electronic
 * declaration and, for each required document, what the citizen's data store offers for it.
 */
@Component
class WizardPage {

	static final String VIEW = "citizen/submit";

	private final CitizenSubmissions submissions;

	private final CatalogueManagement catalogue;

	private final MessageSource messages;

	private final StoreOffers store;

	private final CitizenParticulars particulars;

	private final Clock clock;

	WizardPage(CitizenSubmissions submissions, CatalogueManagement catalogue, MessageSource messages,
			StoreOffers store, CitizenParticulars particulars, Clock clock) {
		this.submissions = submissions;
		this.particulars = particulars;
		this.store = store;
		this.catalogue = catalogue;
		this.messages = messages;
		this.clock = clock;
	}

	/** Fills the model for step {@code step} of the citizen's draft; the model's typed values, if any, stay. */
	String show(UUID id, UUID citizenId, int step, Model model) {
		SubmissionView draft = this.submissions.get(id, citizenId);
		model.addAttribute("s", draft);
		model.addAttribute("step", Math.max(1, Math.min(4, step)));
		model.addAttribute("procedure", this.catalogue.require(draft.procedureCode(), LocalDate.now(this.clock)));
		boolean declaration = BirthDeclarations.offeredFor(draft.procedureName()) && !draft.documents().isEmpty();
		model.addAttribute("declarationOffered", declaration);
		if (declaration) {
			model.addAttribute("declarationDocument", BirthDeclarations.documentOf(draft));
			if (!model.containsAttribute("decl")) {
				model.addAttribute("decl", DeclarationForm.write(draft.declaration()));
			}
		}
		model.addAttribute("offers", step != 3 ? Map.of() : draft.documents().stream()
			.collect(Collectors.toMap(d -> d.required().position(),
					d -> this.store.offersFor(citizenId, d.required().name()))));
		model.addAttribute("vouched", this.particulars.of(citizenId).orElse(null));
		model.addAttribute("deliveries", ResultDelivery.values());
		if (!model.containsAttribute("errors")) {
			model.addAttribute("errors", Map.of());
		}
		return VIEW;
	}

	/**
	 * @return what the citizen typed, with what the account's identity provider vouched for in its place:
	 * that is not asked again, and cannot be changed.
	 */
	SubmissionApplicant withVouched(UUID citizenId, SubmissionApplicant typed) {
		return this.particulars.of(citizenId)
			.map(v -> typed.vouched(v.fullName(), v.idNumber(), v.address()))
			.orElse(typed);
	}

	/** @return the problems as texts, field by field. */
	Map<String, String> texts(Map<String, String> problems) {
		Map<String, String> texts = new LinkedHashMap<>();
		problems.forEach((field, key) -> texts.put(field, text(key)));
		return texts;
	}

	String text(String key, Object... args) {
		return this.messages.getMessage(key, args, LocaleContextHolder.getLocale());
	}

}
