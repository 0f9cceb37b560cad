package vn.motcua.platform.security;

import java.util.Arrays;

import vn.motcua.platform.errors.DatabaseAway;
import vn.motcua.platform.errors.ProblemWriter;
import vn.motcua.shared.Actor;
import vn.motcua.shared.BearerAuthentication;
import vn.motcua.shared.Role;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;

/**
 * Four filter chains: the API's public reads (nothing to sign in), the JSON API (bearer tokens or
 * HTTP Basic, stateless, problem details), the actuator (HTTP Basic; health and info are public) and
 * the pages (form login, session, CSRF).
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfig {

	static final String LOGIN_PAGE = "/dang-nhap";

	/** Public read-only data: administrative units, agencies, the calendar, the public portal API. */
	private static final String[] PUBLIC_API = { "/api/v1/units/**", "/api/v1/agencies/**", "/api/v1/calendar/**",
			"/api/v1/public/**" };

	@Bean
	PasswordEncoder passwordEncoder() {
		// {bcrypt} today; the delegating encoder lets stored hashes move to a stronger scheme later
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

	/**
	 * Public reads of the API (the lookup, the procedures, units, agencies, the calendar, the board):
	 * nobody signs in for them, so their chain is the short one — no login, session, CSRF, request
	 * cache, logout or servlet API wrapping; the response headers as everywhere. An Authorization
	 * header sent to them is not read.
	 */
	@Bean
	@Order(0)
	SecurityFilterChain publicApiChain(HttpSecurity http) throws Exception {
		PathPatternRequestMatcher.Builder paths = PathPatternRequestMatcher.withDefaults();
		http.securityMatcher(new OrRequestMatcher(Arrays.stream(PUBLIC_API)
			.map(path -> (RequestMatcher) paths.matcher(HttpMethod.GET, path))
			.toList()))
			.authorizeHttpRequests(auth -> auth.anyRequest().permitAll())
			.csrf(csrf -> csrf.disable())
			.requestCache(cache -> cache.disable())
			.logout(logout -> logout.disable())
			.servletApi(api -> api.disable())
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS));
		return http.build();
	}

	@Bean
	@Order(1)
	SecurityFilterChain apiChain(HttpSecurity http, ProblemWriter problems, ObjectProvider<BearerAuthentication> tokens)
			throws Exception {
		http.securityMatcher("/api/**")
			// the public GETs are the short chain's (publicApiChain)
			.authorizeHttpRequests(auth -> auth.requestMatchers(HttpMethod.POST, "/api/v1/public/**")
				.permitAll()
				.anyRequest()
				.authenticated())
			.httpBasic(basic -> basic.authenticationEntryPoint((request, response, ex) -> {
				if (DatabaseAway.isCauseOf(ex)) { // the official could not be read: not a wrong password
					DatabaseAway.answer(problems, request, response, ex);
				}
				else {
					problems.write(request, response, HttpStatus.UNAUTHORIZED,
							ex instanceof LockedException ? "account-locked" : "unauthenticated");
				}
			}))
			.exceptionHandling(errors -> errors
				.authenticationEntryPoint((request, response, ex) -> problems.write(request, response,
						HttpStatus.UNAUTHORIZED, "unauthenticated"))
				.accessDeniedHandler((request, response, ex) -> problems.write(request, response, HttpStatus.FORBIDDEN,
						"forbidden")))
			.addFilterAfter(new PasswordChangeGate(problems), AnonymousAuthenticationFilter.class)
			.addFilterBefore(new CrossSiteApiGuard(problems), BasicAuthenticationFilter.class)
			.csrf(csrf -> csrf.disable()) // no cookies on this chain; a browser's cached Basic: CrossSiteApiGuard
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS));
		tokens.ifAvailable(bearer -> http.addFilterBefore(new BearerTokens(problems, bearer), BasicAuthenticationFilter.class));
		return http.build();
	}

	@Bean
	@Order(2)
	SecurityFilterChain actuatorChain(HttpSecurity http, ProblemWriter problems) throws Exception {
		http.securityMatcher("/actuator/**")
			.authorizeHttpRequests(auth -> auth.requestMatchers("/actuator/health/**", "/actuator/info")
				.permitAll()
				.anyRequest()
				.hasRole(Role.ADMIN.name()))
			.httpBasic(basic -> basic.authenticationEntryPoint(
					(request, response, ex) -> problems.write(request, response, HttpStatus.UNAUTHORIZED,
							"unauthenticated")))
			.csrf(csrf -> csrf.disable())
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS));
		return http.build();
	}

	@Bean
	@Order(3)
	SecurityFilterChain pageChain(HttpSecurity http, ProblemWriter problems) throws Exception {
		// the back office is for officials only: a citizen logged in on the same site is not an Actor
		AuthorizationManager<RequestAuthorizationContext> official = (authentication,
				context) -> new AuthorizationDecision(authentication.get() != null
						&& authentication.get().isAuthenticated() && authentication.get().getPrincipal() instanceof Actor);
		http.authorizeHttpRequests(auth -> auth.requestMatchers("/quan-tri/**").access(official).anyRequest().permitAll())
			.formLogin(form -> form.loginPage(LOGIN_PAGE)
				.loginProcessingUrl(LOGIN_PAGE)
				.defaultSuccessUrl("/quan-tri")
				.failureHandler(loginFailure())
				.permitAll())
			.logout(logout -> logout.logoutUrl("/dang-xuat").logoutSuccessUrl("/"))
			.addFilterAfter(new PasswordChangeGate(problems), AnonymousAuthenticationFilter.class);
		return http.build();
	}

	private static AuthenticationFailureHandler loginFailure() {
		return (request, response, ex) -> response.sendRedirect(request.getContextPath() + LOGIN_PAGE
				+ (ex instanceof LockedException ? "?locked" : "?error"));
	}

}
