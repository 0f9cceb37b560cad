package vn.motcua.portal.lookup;

import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;
import vn.motcua.dossier.PublicDossierView;
import vn.motcua.dossier.ResultDelivery;
import vn.motcua.shared.DomainException;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/** The public dossier lookup page, and the rating of a returned dossier from it. */
@Controller
class PublicLookupPageController {

	private final PublicLookup lookup;

	PublicLookupPageController(PublicLookup lookup) {
		this.lookup = lookup;
	}

	/** The lookup form; with {@code ma} and a factor ({@code k} the receipt's secret, as in its QR code) it looks up. */
	@GetMapping("/tra-cuu-ho-so")
	String lookup(@RequestParam(required = false) @Nullable String ma,
			@RequestParam(required = false) @Nullable String phone,
			@RequestParam(required = false) @Nullable String k, HttpServletRequest request, Model model) {
		model.addAttribute("ma", ma == null ? "" : LookupCodes.normalize(ma));
		model.addAttribute("phone", phone == null ? "" : phone);
		model.addAttribute("k", k == null ? "" : k);
		if (ma != null && !ma.isBlank()) {
			if ((phone == null || phone.isBlank()) && (k == null || k.isBlank())) {
				model.addAttribute("problem", "lookup.needFactor");
			}
			else {
				try {
					PublicDossierView d = this.lookup.lookup(ma, phone, k, request.getRemoteAddr());
					model.addAttribute("d", d);
					model.addAttribute("returnedKey", returnedKey(d.returnedVia()));
				}
				catch (DomainException ex) {
					model.addAttribute("problem", "lookup." + ex.code());
				}
			}
		}
		return "public/lookup";
	}

	/** @return the key of the sentence that says where the result was returned. */
	static String returnedKey(ResultDelivery via) {
		return "public.returned." + via.name();
	}

	@PostMapping("/tra-cuu-ho-so/danh-gia")
	String rate(@RequestParam String ma, @RequestParam(required = false) @Nullable String phone,
			@RequestParam(required = false) @Nullable String k, @RequestParam int score,
			@RequestParam(required = false) @Nullable String comment, HttpServletRequest request,
			RedirectAttributes redirect) {
		try {
			this.lookup.rate(ma, phone, k, score, comment, request.getRemoteAddr());
			redirect.addFlashAttribute("rated", true);
		}
		catch (DomainException ex) {
			redirect.addFlashAttribute("problem", "lookup." + ex.code());
		}
		return UriComponentsBuilder.fromPath("redirect:/tra-cuu-ho-so")
			.queryParam("ma", LookupCodes.normalize(ma))
			.queryParamIfPresent("phone", Optional.ofNullable(phone).filter(p -> !p.isBlank()))
			.queryParamIfPresent("k", Optional.ofNullable(k).filter(p -> !p.isBlank()))
			.encode()
			.toUriString();
	}

}
