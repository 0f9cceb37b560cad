package vn.motcua.identity.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import vn.motcua.identity.domain.OneTimeCode.Sent;
import vn.motcua.shared.DomainException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** How a citizen's contact is written, and the code that verifies it. */
class CitizenContactUnitTests {

	@ParameterizedTest(name = "{0} → {1}")
	@CsvSource({ "0987000111, 0987000111", "'0987 000 111', 0987000111", "+84987000111, 0987000111",
			"84987000111, 0987000111", "(098) 7000-111, 0987000111", "098.700.0111, 0987000111",
			"' Tuan.Vu@Example.VN ', tuan.vu@example.vn" })
	void aContactHasOneWrittenForm(String typed, String stored) {
		assertThat(Contacts.normalize(typed)).isEqualTo(stored);
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "12345", "1987000111", "098700011", "09870001112", "8498700011", "tuan@", "a b@c.vn",
			"tuan@example" })
	void anythingElseIsNoContact(String typed) {
		assertThatThrownBy(() -> Contacts.normalize(typed)).isInstanceOf(DomainException.class)
			.hasFieldOrPropertyWithValue("code", "contact-invalid");
	}

	@Test
	void anEmailAddressHasAtMost120Characters() {
		String local = "a".repeat(120 - "@example.vn".length());

		assertThat(Contacts.normalize(local + "@example.vn")).hasSize(120);
		assertThatThrownBy(() -> Contacts.normalize(local + "a@example.vn")).isInstanceOf(DomainException.class);
	}

	@Test
	void aContactIsAnEmailAddressOrAPhoneNumber() {
		assertThat(Contacts.isEmail("tuan@example.vn")).isTrue();
		assertThat(Contacts.kind("tuan@example.vn")).isEqualTo("EMAIL");
		assertThat(Contacts.isEmail("0987000111")).isFalse();
		assertThat(Contacts.kind("0987000111")).isEqualTo("PHONE");
	}

	@Test
	void aCodeIsSixDigitsForTenMinutesAndFiveTries() {
		Instant now = Instant.parse("2026-11-28T02:00:00Z");

		OneTimeCode code = OneTimeCode.issue(new Random(7), now);

		assertThat(code.code()).matches("\\d{6}");
		assertThat(code.issuedAt()).isEqualTo(now);
		assertThat(code.expiresAt()).isEqualTo(now.plus(Duration.ofMinutes(10)));
		assertThat(OneTimeCode.TRIES).isEqualTo(5);
		assertThat(OneTimeCode.issue(fixed(42), now).code()).isEqualTo("000042");
	}

	@Test
	void aContactGetsACodeAtMostOnceAMinuteAndFiveTimesADay() {
		Instant t = Instant.parse("2026-11-28T02:00:00Z");
		Sent first = Sent.after(null, t).orElseThrow();
		assertThat(first).isEqualTo(new Sent(t, t, 1));

		assertThat(Sent.after(first, t.plusSeconds(59))).isEmpty();
		Sent sent = first;
		for (int n = 2; n <= 5; n++) {
			sent = Sent.after(sent, t.plusSeconds(60L * (n - 1))).orElseThrow();
			assertThat(sent).isEqualTo(new Sent(t.plusSeconds(60L * (n - 1)), t, n));
		}
		assertThat(Sent.after(sent, t.plus(Duration.ofHours(23)))).isEmpty();

		Instant nextDay = t.plus(Duration.ofHours(24));
		assertThat(Sent.after(sent, nextDay)).contains(new Sent(nextDay, nextDay, 1));
		assertThat(OneTimeCode.PER_DAY).isEqualTo(5);
	}

	private static Random fixed(int value) {
		return new Random() {
			@Override
			public int nextInt(int bound) {
				return value;
			}
		};
	}

}
