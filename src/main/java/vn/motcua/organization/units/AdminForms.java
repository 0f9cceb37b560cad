package vn.motcua.organization.units;

import java.util.function.Supplier;

import vn.motcua.organization.AgencyKind;
import vn.motcua.organization.OrganizationManagement;
import vn.motcua.organization.UnitType;
import vn.motcua.shared.DomainException;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** What the unit and agency edit pages share: the choices of their selects, and how a save ends. */
public final class AdminForms {

	private AdminForms() {
	}

	/** Adds the unit types, agency kinds and units of every era that the edit forms choose from. */
	public static void addChoices(Model model, OrganizationManagement organization) {
		model.addAttribute("unitTypes", UnitType.values());
		model.addAttribute("agencyKinds", AgencyKind.values());
		model.addAttribute("allUnits", organization.allUnits());
	}

	/**
	 * Saves unless the form is invalid; a refusal goes back to the form with what was typed.
	 * @param action the save, returning the name to show as saved.
	 * @return {@code success} after a save, else {@code form}.
	 */
	public static String save(BindingResult result, String form, RedirectAttributes redirect, Supplier<String> action,
			String success) {
		if (result.hasErrors()) {
			return form;
		}
		try {
			redirect.addFlashAttribute("saved", action.get());
			return success;
		}
		catch (DomainException ex) {
			result.reject(ex.messageKey(), ex.args(), ex.code());
		}
		catch (OptimisticLockingFailureException ex) {
			result.reject("error.stale-version");
		}
		return form;
	}

}
