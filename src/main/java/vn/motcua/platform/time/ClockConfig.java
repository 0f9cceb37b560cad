package vn.motcua.platform.time;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;

import vn.motcua.shared.Vietnam;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The one {@link Clock} of the application, in Viet Nam's zone. {@code motcua.clock.fixed}
 * (an ISO-8601 instant with offset) freezes it for demos and acceptance checks.
 */
@Configuration(proxyBeanMethods = false)
class ClockConfig {

	@Bean
	Clock clock(@Value("${motcua.clock.fixed:}") String fixed) {
		if (fixed.isBlank()) {
			return Clock.system(Vietnam.ZONE);
		}
		try {
			return Clock.fixed(OffsetDateTime.parse(fixed.strip()).toInstant(), Vietnam.ZONE);
		}
		catch (DateTimeParseException ex) {
			throw new IllegalArgumentException(
					"motcua.clock.fixed must be an ISO-8601 instant such as 2025-04-25T16:00:00+07:00, was: " + fixed, ex);
		}
	}

}
