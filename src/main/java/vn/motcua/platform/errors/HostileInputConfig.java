package vn.motcua.platform.errors;

import jakarta.servlet.Filter;

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
		return everywhere(new HostileInput(problems), Ordered.HIGHEST_PRECEDENCE + 5);
	}

	@Bean
	FilterRegistrationBean<DatabaseAway> databaseAway(ProblemWriter problems) {
		return everywhere(new DatabaseAway(problems), Ordered.HIGHEST_PRECEDENCE + 6);
	}

	private static <F extends Filter> FilterRegistrationBean<F> everywhere(F filter, int order) {
		FilterRegistrationBean<F> registration = new FilterRegistrationBean<>(filter);
		registration.setOrder(order);
		registration.addUrlPatterns("/*");
		return registration;
	}

}
