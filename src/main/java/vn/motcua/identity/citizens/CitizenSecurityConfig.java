package vn.motcua.identity.citizens;

import java.time.Clock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.motcua.identity.CitizenPrincipal;
import vn.motcua.identity.login.CountedPasswordLogin;
import vn.motcua.identity.login.LoginAttempts;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.client.endpoint.RestClientAuthorizationCodeTokenResponseClient;
import org.springframework.security.oauth2.client.oidc.authentication.OidcAuthorizationCodeAuthenticationProvider;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The citizens' part of the site ({@code /cong-dan/**}): its own login form against the citizen
 * accounts (not a bean, so the officials' login stays as it is), the session shared with the rest
 * of the site. Registration, verification, the forgotten password and the login page are open. When an OpenID Connect
 * provider is configured ({@code spring.security.oauth2.client.registration.<id>.*}, with the
 * redirect URI {@code {baseUrl}/cong-dan/oauth2/code/{registrationId}}), the login page also
 * offers it; off by default.
 */
@Configuration(proxyBeanMethods = false)
class CitizenSecurityConfig {

	private static final Logger log = LoggerFactory.getLogger(CitizenSecurityConfig.class);

	static final String LOGIN_PAGE = "/cong-dan/dang-nhap";

	static final String HOME = "/cong-dan/ho-so";

	@Bean
	@Order(0)
	SecurityFilterChain citizenChain(HttpSecurity http, CitizenLogins accounts, PasswordEncoder encoder,
			LoginAttempts attempts, ObjectProvider<ClientRegistrationRepository> identityProviders, Clock clock,
			@Value("${motcua.citizens.id-number-claim:id_number}") String idNumberClaim) throws Exception {
		boolean oidc = identityProviders.getIfAvailable() != null;
		http.securityMatcher("/cong-dan/**")
			.authenticationManager(logins(accounts, encoder, attempts, oidc, clock))
			.authorizeHttpRequests(auth -> auth
				.requestMatchers(LOGIN_PAGE, "/cong-dan/dang-ky", "/cong-dan/xac-thuc", "/cong-dan/oauth2/**",
						PasswordResetController.FORGOT, PasswordResetController.RESET)
				.permitAll()
				.anyRequest()
				.hasAuthority(CitizenPrincipal.ROLE))
			.formLogin(form -> form.loginPage(LOGIN_PAGE)
				.loginProcessingUrl(LOGIN_PAGE)
				.defaultSuccessUrl(HOME)
				.failureHandler((request, response, ex) -> response.sendRedirect(request.getContextPath() + LOGIN_PAGE
						+ (ex instanceof LockedException ? "?locked" : "?error")))
				.permitAll());
		if (oidc) {
			http.oauth2Login(login -> login.loginPage(LOGIN_PAGE)
				.authorizationEndpoint(a -> a.baseUri("/cong-dan/oauth2/authorization"))
				.redirectionEndpoint(r -> r.baseUri("/cong-dan/oauth2/code/*"))
				.failureHandler((request, response, ex) -> {
					log.warn("Login through the identity provider failed: {}", ex.getMessage());
					response.sendRedirect(request.getContextPath() + LOGIN_PAGE + "?error");
				})
				.successHandler(IdentityProviderLogin.asCitizen(accounts, idNumberClaim)));
		}
		return http.build();
	}

	/**
	 * The chain's own logins, and no other (no parent: an official's password never opens a citizen's
	 * session; their accounts are no bean, so the officials' login stays as it is): the counted password,
	 * locked out after repeated wrong ones as officials are, and, with a provider configured, OpenID
	 * Connect's code flow, whose ID tokens are timed by the application's {@code clock}.
	 */
	private static ProviderManager logins(CitizenLogins accounts, PasswordEncoder encoder, LoginAttempts attempts,
			boolean oidc, Clock clock) {
		DaoAuthenticationProvider citizens = new DaoAuthenticationProvider(
				contact -> accounts.forLogin(contact).orElseThrow(() -> new UsernameNotFoundException(contact)));
		citizens.setPasswordEncoder(encoder);
		AuthenticationProvider password = new CountedPasswordLogin(citizens, attempts, LoginAttempts.Account.CITIZEN,
				contact -> accounts.forLogin(contact).map(CitizenPrincipal::id));
		if (!oidc) {
			return new ProviderManager(password);
		}
		OidcAuthorizationCodeAuthenticationProvider provider = new OidcAuthorizationCodeAuthenticationProvider(
				new RestClientAuthorizationCodeTokenResponseClient(), new OidcUserService());
		provider.setJwtDecoderFactory(IdentityProviderLogin.idTokens(clock));
		return new ProviderManager(password, provider);
	}

}
