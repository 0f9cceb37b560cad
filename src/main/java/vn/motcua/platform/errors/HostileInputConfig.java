package vn.motcua.platform.errors;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/** Hostile input is refused first, before every other filter ({@link HostileInput}). */
@Configuration(proxyBeanMethods = false)
class HostileInputConfig {

	@Bean
	FilterRegistrationBean<HostileInput> hostileInput(ProblemWriter problems) {
		FilterRegistrationBean<HostileInput> registration = new FilterRegistrationBean<>(new HostileInput(problems));
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 5);
		registration.addUrlPatterns("/*");
		return registration;
	}

}
