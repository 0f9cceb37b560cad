package vn.motcua.identity.web;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import vn.motcua.identity.IdentityManagement;
import vn.motcua.identity.OfficialAdministration;
import vn.motcua.identity.OfficialAdministration.Registered;
import vn.motcua.identity.OfficialDraft;
import vn.motcua.identity.OfficialView;
import vn.motcua.shared.Role;
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

	OfficialApiController(IdentityManagement identity, OfficialAdministration administration) {
		this.identity = identity;
		this.administration = administration;
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
		return Map.of("temporaryPassword", this.administration.resetPassword(username, actor));
	}

	@PostMapping("/officials/{username}/unlock")
	@AdministratorsOnly
	ResponseEntity<Void> unlock(@PathVariable String username, @AuthenticationPrincipal Actor actor) {
		this.administration.unlock(username, actor);
		return ResponseEntity.noContent().build();
	}

	record NewOfficialRequest(
			@NotBlank(message = "{validation.required}") @Pattern(regexp = "[a-zA-Z0-9._-]{3,60}",
					message = "{validation.username}") String username,
			@NotBlank(message = "{validation.required}") @Size(max = 150, message = "{validation.too-long}") String fullName,
			@Email(message = "{validation.email}") @Nullable String email, @Nullable String phone,
			@Nullable String position, @Nullable String agencyCode,
			@NotEmpty(message = "{validation.roles}") Set<Role> roles, @Nullable String password) {

		OfficialDraft draft() {
			return new OfficialDraft(this.username, this.fullName, this.email, this.phone, this.position, this.agencyCode,
					this.roles, true);
		}

	}

	record OfficialUpdateRequest(
			@NotBlank(message = "{validation.required}") @Size(max = 150, message = "{validation.too-long}") String fullName,
			@Email(message = "{validation.email}") @Nullable String email, @Nullable String phone,
			@Nullable String position, @Nullable String agencyCode,
			@NotEmpty(message = "{validation.roles}") Set<Role> roles, boolean enabled, long version) {

		OfficialDraft draft(String username) {
			return new OfficialDraft(username, this.fullName, this.email, this.phone, this.position, this.agencyCode,
					this.roles, this.enabled);
		}

	}

}
