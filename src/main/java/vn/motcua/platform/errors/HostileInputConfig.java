package vn.motcua.platform.errors;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * Hostile input is refused first, before every other filter ({@link HostileInput}); then a database
 * that is away answers 503 wherever a filter below meets it ({@link DatabaseAway}).
 */
@Configuration(proxyBeanMethods = false)
class HostileInputConfig {

	@Bean
	FilterRegistrationBean<HostileInput> hostileInput(ProblemWriter problems) {
		FilterRegistrationBean<HostileInput> registration = new FilterRegistrationBean<>(new HostileInput(problems));
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 5);
		registration.addUrlPatterns("/*");
		return registration;
	}

	@Bean
	FilterRegistrationBean<DatabaseAway> databaseAway(ProblemWriter problems) {
		FilterRegistrationBean<DatabaseAway> registration = new FilterRegistrationBean<>(new DatabaseAway(problems));
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 6);
		registration.addUrlPatterns("/*");
		return registration;
	}

}
