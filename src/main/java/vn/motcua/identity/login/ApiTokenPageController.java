package vn.motcua.identity.login;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;
import vn.motcua.identity.login.ApiTokens.Issued;
import vn.motcua.identity.login.ApiTokens.TokenView;
import vn.motcua.shared.Actor;
import vn.motcua.shared.DomainException;
import vn.motcua.shared.Vietnam;

import org.springframework.http.HttpHeaders;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * «Mã truy cập API»: an official issues a token for an integration (shown once, to copy), sees his
 * tokens with their expiry, and revokes one.
 */
@Controller
@PreAuthorize("isAuthenticated()")
class ApiTokenPageController {

	static final String PAGE = "/quan-tri/ma-truy-cap";

	private final ApiTokens tokens;

	private final Clock clock;

	ApiTokenPageController(ApiTokens tokens, Clock clock) {
		this.tokens = tokens;
		this.clock = clock;
	}

	@GetMapping(PAGE)
	String page(@AuthenticationPrincipal Actor actor, Model model) {
		Instant now = this.clock.instant();
		model.addAttribute("tokens", this.tokens.list(actor).stream().map(t -> Row.of(t, now)).toList());
		if (!model.containsAttribute("name")) {
			model.addAttribute("name", "");
			model.addAttribute("days", ApiTokenApiController.DEFAULT_DAYS);
		}
		return "admin/tokens";
	}

	/**
	 * Issues a token and shows it in this answer only (never kept in the session, which is stored in
	 * the database, nor in the browser's cache); a refusal goes back to the page with the form kept.
	 */
	@PostMapping(PAGE)
	String issue(@RequestParam(required = false) @Nullable String name,
			@RequestParam(required = false) @Nullable String days, @AuthenticationPrincipal Actor actor, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		Issued issued;
		try {
			int lasting = days == null || days.isBlank() ? ApiTokenApiController.DEFAULT_DAYS : Integer.parseInt(days.strip());
			issued = this.tokens.issue(actor, name, lasting, false);
		}
		catch (NumberFormatException ex) {
			return refused(redirect, "token-days", name, days);
		}
		catch (DomainException ex) {
			return refused(redirect, ex.code(), name, days);
		}
		response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
		model.addAttribute("issuedName", issued.view().name());
		model.addAttribute("issuedToken", issued.token());
		return page(actor, model);
	}

	@PostMapping(PAGE + "/{id}/thu-hoi")
	String revoke(@PathVariable UUID id, @AuthenticationPrincipal Actor actor, RedirectAttributes redirect) {
		this.tokens.revoke(actor, id);
		redirect.addFlashAttribute("revoked", true);
		return "redirect:" + PAGE;
	}

	/** A token as the page lists it: times in Vietnam, its state ({@code active}, {@code expired}, {@code revoked}). */
	record Row(UUID id, String name, String hint, String created, String expires, String state) {

		static Row of(TokenView token, Instant now) {
			String state = token.revokedAt() != null ? "revoked" : token.active(now) ? "active" : "expired";
			return new Row(token.id(), token.name(), token.hint(), at(token.createdAt()), at(token.expiresAt()), state);
		}

		private static String at(Instant instant) {
			return Vietnam.TIME_AND_DAY.format(instant.atZone(Vietnam.ZONE));
		}

	}

	private static String refused(RedirectAttributes redirect, String code, @Nullable String name, @Nullable String days) {
		redirect.addFlashAttribute("error", "error." + code);
		redirect.addFlashAttribute("errorArgs", new Object[] { code.equals("token-limit") ? ApiTokens.MAX_ACTIVE : ApiTokens.MAX_DAYS });
		redirect.addFlashAttribute("name", name == null ? "" : name);
		redirect.addFlashAttribute("days", days == null ? "" : days);
		return "redirect:" + PAGE;
	}

}
