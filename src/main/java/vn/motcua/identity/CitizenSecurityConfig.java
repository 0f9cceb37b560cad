package vn.motcua.identity;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The citizens' part of the site ({@code /cong-dan/**}): its own login form against the citizen
 * accounts (not a bean, so the officials' login stays as it is), the session shared with the rest
 * of the site. Registration, verification and the login page are open.
 */
@Configuration(proxyBeanMethods = false)
class CitizenSecurityConfig {

	static final String LOGIN_PAGE = "/cong-dan/dang-nhap";

	@Bean
	@Order(0)
	SecurityFilterChain citizenChain(HttpSecurity http, CitizenAccounts accounts, PasswordEncoder encoder)
			throws Exception {
		DaoAuthenticationProvider citizens = new DaoAuthenticationProvider(
				contact -> accounts.forLogin(contact).orElseThrow(() -> new UsernameNotFoundException(contact)));
		citizens.setPasswordEncoder(encoder);
		http.securityMatcher("/cong-dan/**")
			.authenticationManager(new ProviderManager(citizens))
			.authorizeHttpRequests(auth -> auth.requestMatchers(LOGIN_PAGE, "/cong-dan/dang-ky", "/cong-dan/xac-thuc")
				.permitAll()
				.anyRequest()
				.hasAuthority(CitizenPrincipal.ROLE))
			.formLogin(form -> form.loginPage(LOGIN_PAGE)
				.loginProcessingUrl(LOGIN_PAGE)
				.defaultSuccessUrl("/cong-dan/ho-so")
				.failureUrl(LOGIN_PAGE + "?error")
				.permitAll());
		return http.build();
	}

}
