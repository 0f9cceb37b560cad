package vn.motcua.parindex.sets;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import vn.motcua.organization.OrganizationManagement;
import vn.motcua.organization.UnitView;
import vn.motcua.shared.Actor;
import vn.motcua.shared.DomainException;
import vn.motcua.shared.FieldInvalid;
import vn.motcua.shared.PageErrors;
import vn.motcua.shared.Role;
import vn.motcua.shared.Vietnam;

import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The committee creates a year's set on a page: its own unit issues it, the units below it in force
 * today are ticked, the criteria come from a workbook (last year's {@code bo-tieu-chi.xlsx}, edited).
 */
@Controller
class SetImportPageController {

	private static final String PAGE = "/quan-tri/chi-so-cchc/nhap";

	private final SetWorkbooks workbooks;

	private final OrganizationManagement organization;

	private final MessageSource messages;

	private final Clock clock;

	SetImportPageController(SetWorkbooks workbooks, OrganizationManagement organization, MessageSource messages,
			Clock clock) {
		this.workbooks = workbooks;
		this.organization = organization;
		this.messages = messages;
		this.clock = clock;
	}

	@GetMapping(PAGE)
	String form(@AuthenticationPrincipal Actor actor, Model model) {
		UnitView issuer = issuer(actor);
		LocalDate today = LocalDate.ofInstant(this.clock.instant(), Vietnam.ZONE);
		model.addAttribute("issuer", issuer);
		model.addAttribute("units", this.organization.unitsOn(today, issuer.code()));
		model.addAttribute("year", today.getYear());
		return "parindex/import";
	}

	@PostMapping(PAGE)
	String create(@RequestParam int year, @RequestParam String name, @RequestParam(required = false) @Nullable List<String> units,
			@RequestParam MultipartFile file, @AuthenticationPrincipal Actor actor, RedirectAttributes redirect)
			throws IOException {
		try {
			if (name.isBlank() || units == null || units.isEmpty()) {
				throw new FieldInvalid(name.isBlank() ? "name" : "units", "par.import.required");
			}
			SetRequest header = new SetRequest(year, name.strip(), issuer(actor).code(), units, null, List.of(), null, null,
					null, null);
			UUID id = this.workbooks.importSet(header, file.getInputStream(), actor);
			return "redirect:/quan-tri/chi-so-cchc/" + id;
		}
		catch (DomainException ex) {
			redirect.addFlashAttribute("error", PageErrors.describe(ex, this.messages));
			return "redirect:" + PAGE;
		}
	}

	/** @throws DomainException {@code forbidden} for an official outside a PAR committee, or without a unit. */
	private UnitView issuer(Actor actor) {
		if (!actor.hasRole(Role.PAR_COMMITTEE) && !actor.hasRole(Role.ADMIN)) {
			throw new DomainException(DomainException.Kind.FORBIDDEN, "forbidden");
		}
		return Optional.ofNullable(actor.unitId())
			.flatMap(this.organization::unit)
			.orElseThrow(() -> new DomainException(DomainException.Kind.FORBIDDEN, "forbidden"));
	}

}
