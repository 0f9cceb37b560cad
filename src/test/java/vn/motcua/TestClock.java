package vn.motcua;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * The application's clock in tests: frozen at {@link MotCuaTest#NOW}, movable by a test that
 * needs another moment (a dossier received at 15:30, before a holiday); it is reset after every
 * test.
 */
public final class TestClock extends Clock {

	private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

	private volatile Instant now = OffsetDateTime.parse(MotCuaTest.NOW).toInstant();

	/** Moves the clock to {@code moment} (ISO-8601 with offset, e.g. {@code 2025-08-04T14:00:00+07:00}). */
	public void set(String moment) {
		this.now = OffsetDateTime.parse(moment).toInstant();
	}

	/** Back to {@link MotCuaTest#NOW}. */
	public void reset() {
		this.now = OffsetDateTime.parse(MotCuaTest.NOW).toInstant();
	}

	@Override
	public ZoneId getZone() {
		return VIETNAM;
	}

	@Override
	public Clock withZone(ZoneId zone) {
		return Clock.fixed(this.now, zone);
	}

	@Override
	public Instant instant() {
		return this.now;
	}

	/** Puts the clock back after every test of the suite, so a test that moved it leaves no trace. */
	static class ResetAfterEach implements AfterEachCallback {

		@Override
		public void afterEach(ExtensionContext context) {
			SpringExtension.getApplicationContext(context).getBean(TestClock.class).reset();
		}

	}

	@TestConfiguration(proxyBeanMethods = false)
	static class Config {

		@Bean
		@Primary
		TestClock testClock() {
			return new TestClock();
		}

	}

}
