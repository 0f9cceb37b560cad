package vn.motcua.identity;

import java.util.Objects;

import org.jspecify.annotations.Nullable;
import vn.motcua.shared.DomainException;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;

/**
 * The citizens' part of the site ({@code /cong-dan/**}): its own login form against the citizen
 * accounts (not a bean, so the officials' login stays as it is), the session shared with the rest
 * of the site. Registration, verification and the login page are open. When an OpenID Connect
 * provider is configured ({@code spring.security.oauth2.client.registration.<id>.*}, with the
 * redirect URI {@code {baseUrl}/cong-dan/oauth2/code/{registrationId}}), the login page also
 * offers it; off by default.
 */
@Configuration(proxyBeanMethods = false)
class CitizenSecurityConfig {

	static final String LOGIN_PAGE = "/cong-dan/dang-nhap";

	static final String HOME = "/cong-dan/ho-so";

	@Bean
	@Order(0)
	SecurityFilterChain citizenChain(HttpSecurity http, CitizenAccounts accounts, PasswordEncoder encoder,
			ObjectProvider<ClientRegistrationRepository> identityProviders) throws Exception {
		DaoAuthenticationProvider citizens = new DaoAuthenticationProvider(
				contact -> accounts.forLogin(contact).orElseThrow(() -> new UsernameNotFoundException(contact)));
		citizens.setPasswordEncoder(encoder);
		http.securityMatcher("/cong-dan/**")
			.authenticationManager(new ProviderManager(citizens))
			.authorizeHttpRequests(auth -> auth
				.requestMatchers(LOGIN_PAGE, "/cong-dan/dang-ky", "/cong-dan/xac-thuc", "/cong-dan/oauth2/**")
				.permitAll()
				.anyRequest()
				.hasAuthority(CitizenPrincipal.ROLE))
			.formLogin(form -> form.loginPage(LOGIN_PAGE)
				.loginProcessingUrl(LOGIN_PAGE)
				.defaultSuccessUrl(HOME)
				.failureUrl(LOGIN_PAGE + "?error")
				.permitAll());
		if (identityProviders.getIfAvailable() != null) {
			SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();
			http.oauth2Login(oidc -> oidc.loginPage(LOGIN_PAGE)
				.authorizationEndpoint(a -> a.baseUri("/cong-dan/oauth2/authorization"))
				.redirectionEndpoint(r -> r.baseUri("/cong-dan/oauth2/code/*"))
				.failureUrl(LOGIN_PAGE + "?error")
				.successHandler(asCitizen(accounts, contexts)));
		}
		return http.build();
	}

	/**
	 * After the provider's login, the session holds the citizen account (linked or created from
	 * the provider's verified e-mail or phone), like after a password login.
	 */
	private static AuthenticationSuccessHandler asCitizen(CitizenAccounts accounts, SecurityContextRepository contexts) {
		return (request, response, authentication) -> {
			OidcUser user = (OidcUser) authentication.getPrincipal();
			CitizenPrincipal citizen;
			try {
				citizen = citizenOf(user, accounts);
			}
			catch (DomainException ex) { // no verified e-mail or phone, or linked to another person
				response.sendRedirect(request.getContextPath() + LOGIN_PAGE + "?provider-error");
				return;
			}
			SecurityContext context = SecurityContextHolder.createEmptyContext();
			context.setAuthentication(
					UsernamePasswordAuthenticationToken.authenticated(citizen, null, citizen.getAuthorities()));
			SecurityContextHolder.setContext(context);
			contexts.saveContext(context, request, response);
			response.sendRedirect(request.getContextPath() + HOME);
		};
	}

	private static CitizenPrincipal citizenOf(OidcUser user, CitizenAccounts accounts) {
		String contact = Objects.requireNonNullElse(verified(user.getEmail(), user.getEmailVerified()),
				Objects.requireNonNullElse(verified(user.getPhoneNumber(), user.getPhoneNumberVerified()), ""));
		CitizenPrincipal citizen = accounts.fromIdentityProvider(user.getIssuer() + "|" + user.getSubject(), contact,
				Objects.requireNonNullElse(user.getFullName(), contact));
		citizen.eraseCredentials();
		return citizen;
	}

	private static @Nullable String verified(@Nullable String value, @Nullable Boolean verified) {
		return value != null && !value.isBlank() && Boolean.TRUE.equals(verified) ? value : null;
	}

}
