package vn.motcua.connect.payment;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;
import vn.motcua.identity.CitizenPrincipal;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * The fee requests of the citizen's dossier for its page in «Hồ sơ của tôi» ({@code fees}), so the
 * applicant sees what to pay, pays, and sees the receipt; the dossier module knows nothing of payments.
 */
@ControllerAdvice(basePackages = "vn.motcua.dossier.lookup")
class CitizenFeesAdvice {

	private static final Pattern DOSSIER_PAGE = Pattern.compile("/cong-dan/ho-so/([^/]+)");

	private final FeeRequests fees;

	CitizenFeesAdvice(FeeRequests fees) {
		this.fees = fees;
	}

	@ModelAttribute("fees")
	List<Payment> fees(HttpServletRequest request, @AuthenticationPrincipal @Nullable Object principal) {
		Matcher page = DOSSIER_PAGE.matcher(request.getRequestURI().substring(request.getContextPath().length()));
		return principal instanceof CitizenPrincipal citizen && page.matches()
				? this.fees.ofCitizen(page.group(1), citizen.id()) : List.of();
	}

}
