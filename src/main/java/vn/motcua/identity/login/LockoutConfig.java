package vn.motcua.identity.login;

import java.time.Duration;

import vn.motcua.identity.domain.LockoutPolicy;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** How many wrong passwords lock an official out, and for how long. */
@Configuration(proxyBeanMethods = false)
class LockoutConfig {

	@Bean
	LockoutPolicy lockoutPolicy(@Value("${motcua.security.lockout.max-attempts:5}") int maxAttempts,
			@Value("${motcua.security.lockout.duration:15m}") Duration duration) {
		return new LockoutPolicy(maxAttempts, duration);
	}

}
