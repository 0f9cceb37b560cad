package vn.motcua.shared;

import java.util.Optional;

import org.springframework.security.core.Authentication;

/**
 * What an API client's bearer token ({@code Authorization: Bearer …}) stands for: the identity
 * module issues the tokens, the platform's API chain asks this port at every request.
 */
public interface BearerAuthentication {

	/** @return the official the token was issued to; empty for an unknown, expired or revoked token or a disabled account. */
	Optional<Authentication> authenticate(String token);

}
