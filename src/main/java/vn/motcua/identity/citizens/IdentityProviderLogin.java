package vn.motcua.identity.citizens;

import java.time.Clock;
import java.util.Objects;

import org.jspecify.annotations.Nullable;
import vn.motcua.identity.CitizenPrincipal;
import vn.motcua.shared.DomainException;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.client.oidc.authentication.OidcIdTokenDecoderFactory;
import org.springframework.security.oauth2.client.oidc.authentication.OidcIdTokenValidator;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;

/**
 * After an OpenID Connect provider's login, the session holds the citizen account (linked or
 * created from the provider's verified e-mail or phone), like after a password login; the
 * particulars the provider vouched for (name, birthdate and address as OpenID Connect's standard
 * claims, the personal identification number as the claim {@code motcua.citizens.id-number-claim})
 * are kept for the online forms.
 */
final class IdentityProviderLogin {

	private IdentityProviderLogin() {
	}

	/**
	 * @return the decoder of the providers' ID tokens: Spring Security's checks (the token's type, a
	 * bound certificate's thumbprint, the ID token's claims), its times (issued, expiry) against
	 * {@code clock}, the application's: a demo on a fixed clock and its stand-in provider agree.
	 */
	static OidcIdTokenDecoderFactory idTokens(Clock clock) {
		OidcIdTokenDecoderFactory tokens = new OidcIdTokenDecoderFactory();
		tokens.setJwtValidatorFactory(registration -> {
			JwtTimestampValidator times = new JwtTimestampValidator();
			times.setClock(clock);
			OidcIdTokenValidator idToken = new OidcIdTokenValidator(registration);
			idToken.setClock(clock);
			return JwtValidators.createDefaultWithValidators(times, idToken);
		});
		return tokens;
	}

	static AuthenticationSuccessHandler asCitizen(CitizenLogins accounts, String idNumberClaim) {
		SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();
		return (request, response, authentication) -> {
			OidcUser user = (OidcUser) authentication.getPrincipal();
			CitizenPrincipal citizen;
			try {
				citizen = citizenOf(user, accounts);
				accounts.vouch(subject(user), user.getFullName(), user.getClaimAsString(idNumberClaim),
						user.getBirthdate(), user.getAddress() == null ? null : user.getAddress().getFormatted(),
						String.valueOf(user.getIssuer()));
			}
			catch (DomainException ex) { // no verified e-mail or phone, or linked to another person
				response.sendRedirect(request.getContextPath() + CitizenSecurityConfig.LOGIN_PAGE + "?provider-error");
				return;
			}
			SecurityContext context = SecurityContextHolder.createEmptyContext();
			context.setAuthentication(
					UsernamePasswordAuthenticationToken.authenticated(citizen, null, citizen.getAuthorities()));
			SecurityContextHolder.setContext(context);
			contexts.saveContext(context, request, response);
			response.sendRedirect(request.getContextPath() + CitizenSecurityConfig.HOME);
		};
	}

	private static CitizenPrincipal citizenOf(OidcUser user, CitizenLogins accounts) {
		String contact = Objects.requireNonNullElse(verified(user.getEmail(), user.getEmailVerified()),
				Objects.requireNonNullElse(verified(user.getPhoneNumber(), user.getPhoneNumberVerified()), ""));
		CitizenPrincipal citizen = accounts.fromIdentityProvider(subject(user), contact,
				Objects.requireNonNullElse(user.getFullName(), contact));
		citizen.eraseCredentials();
		return citizen;
	}

	private static String subject(OidcUser user) {
		return user.getIssuer() + "|" + user.getSubject();
	}

	private static @Nullable String verified(@Nullable String value, @Nullable Boolean verified) {
		return value != null && !value.isBlank() && Boolean.TRUE.equals(verified) ? value : null;
	}

}
