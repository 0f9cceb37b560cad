package vn.motcua.identity.officials;

import java.net.URI;
import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;
import vn.motcua.identity.IdentityManagement;
import vn.motcua.identity.OfficialView;
import vn.motcua.shared.Actor;
import vn.motcua.shared.AdministratorsOnly;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Officials, scoped to the caller's unit; changes by administrators only. */
@RestController
@RequestMapping("/api/v1")
class OfficialApiController {

	private final IdentityManagement identity;

	private final OfficialAdministration administration;

	private final OfficialPasswords passwords;

	OfficialApiController(IdentityManagement identity, OfficialAdministration administration,
			OfficialPasswords passwords) {
		this.identity = identity;
		this.administration = administration;
		this.passwords = passwords;
	}

	@GetMapping("/me")
	OfficialView me(@AuthenticationPrincipal Actor actor) {
		return this.identity.official(actor.username(), actor);
	}

	@GetMapping("/officials")
	List<OfficialView> officials(@RequestParam(required = false) @Nullable String q,
			@AuthenticationPrincipal Actor actor) {
		return this.identity.officials(actor, q);
	}

	@GetMapping("/officials/{username}")
	OfficialView official(@PathVariable String username, @AuthenticationPrincipal Actor actor) {
		return this.identity.official(username, actor);
	}

	@PostMapping("/officials")
	@AdministratorsOnly
	ResponseEntity<Registered> register(@Valid @RequestBody NewOfficialRequest request,
			@AuthenticationPrincipal Actor actor) {
		Registered registered = this.administration.register(request.draft(), request.password(), actor);
		return ResponseEntity.created(URI.create("/api/v1/officials/" + registered.official().username()))
			.body(registered);
	}

	@PutMapping("/officials/{username}")
	@AdministratorsOnly
	OfficialView update(@PathVariable String username, @Valid @RequestBody OfficialUpdateRequest request,
			@AuthenticationPrincipal Actor actor) {
		return this.administration.update(username, request.version(), request.draft(username), actor);
	}

	@PostMapping("/officials/{username}/password-reset")
	@AdministratorsOnly
	Map<String, String> resetPassword(@PathVariable String username, @AuthenticationPrincipal Actor actor) {
		return Map.of("temporaryPassword", this.passwords.resetPassword(username, actor));
	}

	@PostMapping("/officials/{username}/unlock")
	@AdministratorsOnly
	ResponseEntity<Void> unlock(@PathVariable String username, @AuthenticationPrincipal Actor actor) {
		this.passwords.unlock(username, actor);
		return ResponseEntity.noContent().build();
	}

}
