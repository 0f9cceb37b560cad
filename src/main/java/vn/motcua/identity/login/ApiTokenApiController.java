package vn.motcua.identity.login;

import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import vn.motcua.identity.login.ApiTokens.Issued;
import vn.motcua.identity.login.ApiTokens.TokenView;
import vn.motcua.shared.Actor;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * An official's own API tokens: issue one (with HTTP Basic, never with a token; the page
 * {@code /quan-tri/ma-truy-cap} does it in a session), list them, revoke one.
 */
@RestController
@RequestMapping("/api/v1/me/tokens")
class ApiTokenApiController {

	/** Days a token lasts when the request does not say. */
	static final int DEFAULT_DAYS = 90;

	private final ApiTokens tokens;

	ApiTokenApiController(ApiTokens tokens) {
		this.tokens = tokens;
	}

	record NewToken(@Nullable String name, @Nullable Integer days) {
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	Issued issue(@RequestBody NewToken request, @AuthenticationPrincipal Actor actor, Authentication authentication) {
		return this.tokens.issue(actor, request.name(), request.days() == null ? DEFAULT_DAYS : request.days(),
				TokenAuthentication.byToken(authentication));
	}

	@GetMapping
	List<TokenView> list(@AuthenticationPrincipal Actor actor) {
		return this.tokens.list(actor);
	}

	@DeleteMapping("/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void revoke(@PathVariable UUID id, @AuthenticationPrincipal Actor actor) {
		this.tokens.revoke(actor, id);
	}

}
