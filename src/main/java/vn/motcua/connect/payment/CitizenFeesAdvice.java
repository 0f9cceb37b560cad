package vn.motcua.connect.payment;

import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;
import vn.motcua.identity.CitizenPrincipal;
import vn.motcua.shared.DomainException;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The fee requests of the citizen's dossier for its page in «Hồ sơ của tôi» and where to pay them, so the applicant sees what to pay, pays, and sees the receipt; the
 * dossier module knows nothing of payments.
 */
@ControllerAdvice(basePackages = "vn.motcua.dossier.lookup")
class CitizenFeesAdvice {

	private static final Pattern DOSSIER_PAGE = Pattern.compile("/cong-dan/ho-so/([^/]+)");

	private final FeeRequests fees;

	private final PaymentRedirect redirects;

	CitizenFeesAdvice(FeeRequests fees, PaymentRedirect redirects) {
		this.fees = fees;
		this.redirects = redirects;
	}

	/**
	 * Puts {@code fees} and {@code payLinks} on the page: where to pay each fee request waiting for payment
	 * is a link to the platform, signed, rather than a form redirected there (the pages' content security
	 * policy lets forms post to this site only).
	 */
	@ModelAttribute
	void fees(HttpServletRequest request, @AuthenticationPrincipal @Nullable Object principal, Model model) {
		Matcher page = DOSSIER_PAGE.matcher(request.getRequestURI().substring(request.getContextPath().length()));
		List<Payment> fees = principal instanceof CitizenPrincipal citizen && page.matches()
				? this.fees.ofCitizen(page.group(1), citizen.id()) : List.of();
		model.addAttribute("fees", fees);
		model.addAttribute("payLinks", fees.isEmpty() ? Map.of() : payLinks(fees, (CitizenPrincipal) principal));
	}

	private Map<String, URI> payLinks(List<Payment> fees, CitizenPrincipal citizen) {
		if (!this.fees.enabled()) {
			return Map.of();
		}
		String base = ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
		Map<String, URI> links = new HashMap<>();
		for (Payment fee : fees) {
			try {
				if (fee.isRequested()) {
					links.put(fee.reference(), this.redirects.to(fee.dossierCode(), fee.reference(), citizen.id(), base));
				}
			}
			catch (DomainException ex) { // payment on without a platform: the page shows the fee, no link
				return Map.of();
			}
		}
		return links;
	}

}
