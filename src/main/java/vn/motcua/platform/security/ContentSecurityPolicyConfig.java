package vn.motcua.platform.security;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/** The Content-Security-Policy goes on every response, also those served from a cache or refused early. */
@Configuration(proxyBeanMethods = false)
class ContentSecurityPolicyConfig {

	@Bean
	FilterRegistrationBean<ContentSecurityPolicy> contentSecurityPolicy() {
		FilterRegistrationBean<ContentSecurityPolicy> registration = new FilterRegistrationBean<>(
				new ContentSecurityPolicy());
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
		registration.addUrlPatterns("/*");
		return registration;
	}

}
