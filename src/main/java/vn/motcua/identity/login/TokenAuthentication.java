package vn.motcua.identity.login;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import org.jspecify.annotations.Nullable;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.UserDetails;

/** An official signed in by an API token ({@link ApiTokenLogins}). */
final class TokenAuthentication extends UsernamePasswordAuthenticationToken {

	private static final long serialVersionUID = 1L;

	TokenAuthentication(UserDetails official) {
		super(official, null, official.getAuthorities());
	}

	/** @return whether the request was authenticated by a token (a token does not issue tokens). */
	static boolean byToken(@Nullable Authentication authentication) {
		return authentication instanceof TokenAuthentication;
	}

	/** @return the SHA-256 of a token, as stored: the token itself never is. */
	static String digest(String token) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.US_ASCII)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
