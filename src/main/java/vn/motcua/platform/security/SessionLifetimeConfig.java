package vn.motcua.platform.security;

import java.time.Duration;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.web.http.SessionRepositoryFilter;

/** The sessions' absolute lifetime is checked right after the session is loaded, before security reads it. */
@Configuration(proxyBeanMethods = false)
class SessionLifetimeConfig {

	@Bean
	FilterRegistrationBean<SessionLifetime> sessionLifetime(
			@Value("${motcua.security.session-max-age:12h}") Duration maxAge) {
		FilterRegistrationBean<SessionLifetime> registration = new FilterRegistrationBean<>(new SessionLifetime(maxAge));
		registration.setOrder(SessionRepositoryFilter.DEFAULT_ORDER + 1);
		registration.addUrlPatterns("/*");
		return registration;
	}

}
