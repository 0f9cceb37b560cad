package vn.motcua;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * The application's clock in tests: frozen at {@link MotCuaTest#NOW}, movable by a test that
 * needs another moment (a dossier received at 15:30, before a holiday). A test that moves it
 * resets it when done.
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

	@TestConfiguration(proxyBeanMethods = false)
	static class Config {

		@Bean
		@Primary
		TestClock testClock() {
			return new TestClock();
		}

	}

}
