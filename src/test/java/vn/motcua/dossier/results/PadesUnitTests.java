package vn.motcua.dossier.results;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.motcua.dossier.forms.ResultNotice;
import vn.motcua.dossier.results.PadesVerifier.Verification;
import vn.motcua.dossier.results.SigningKeys.SigningKey;

import static org.assertj.core.api.Assertions.assertThat;

class PadesUnitTests {

	private static final Instant SIGNED = Instant.parse("2026-11-28T02:00:00Z");

	private static byte[] notice() {
		return ResultNotice.pdf("UBND xã Phú Lương", "Ủy ban nhân dân xã Phú Lương", "Phú Lương", "000.41.00.H55-261128-0001",
				"Chứng thực chữ ký", "Nguyễn Văn An", SIGNED, ZoneId.of("Asia/Ho_Chi_Minh"));
	}

	private static SigningKeys demoKeys(Path dir) throws Exception {
		return new SigningKeys(new SigningSettings(dir.toString(), null, null, true, false, null));
	}

	@Test
	void aSignedResultVerifiesWithItsSignerTimeAndDossier(@TempDir Path dir) throws Exception {
		SigningKeys keys = demoKeys(dir);
		SigningKey key = keys.of("000.41.00.H55", "Ủy ban nhân dân xã Phú Lương").orElseThrow();
		byte[] signed = Pades.sign(notice(), key, "000.41.00.H55-261128-0001", "Kết quả", "Phú Lương", SIGNED, null);

		Verification verification = PadesVerifier.verify(signed, keys.anchors());
		assertThat(verification).isEqualTo(
				new Verification(true, "Ủy ban nhân dân xã Phú Lương (DEMO)", SIGNED, "000.41.00.H55-261128-0001"));
		// the key is kept: the same agency signs with the same certificate after a restart
		SigningKey again = demoKeys(dir).of("000.41.00.H55", "ignored").orElseThrow();
		assertThat(again.certificate()).isEqualTo(key.certificate());
		assertThat(Files.list(dir)).hasSize(2);
	}

	@Test
	void oneChangedByteAnywhereMakesItInvalid(@TempDir Path dir) throws Exception {
		SigningKeys keys = demoKeys(dir);
		byte[] signed = Pades.sign(notice(), keys.of("A", "Cơ quan A").orElseThrow(), "X-1", "Kết quả", "Nơi", SIGNED, null);
		for (int at : new int[] { 100, signed.length / 2, signed.length - 40 }) {
			byte[] changed = signed.clone();
			changed[at] ^= 0x01;
			assertThat(PadesVerifier.verify(changed, keys.anchors()).valid()).as("byte %d changed", at).isFalse();
		}
		// bytes appended after the signature are not covered by it
		byte[] appended = java.util.Arrays.copyOf(signed, signed.length + 1);
		appended[signed.length] = '\n';
		assertThat(PadesVerifier.verify(appended, keys.anchors()).valid()).isFalse();
	}

	@Test
	void aSignatureByAnUntrustedAuthorityOrNoneIsNotValid(@TempDir Path ours, @TempDir Path theirs) throws Exception {
		SigningKeys trusted = demoKeys(ours);
		SigningKeys stranger = demoKeys(theirs);
		byte[] forged = Pades.sign(notice(), stranger.of("A", "Cơ quan A").orElseThrow(), "X-1", "Kết quả", "Nơi", SIGNED, null);
		Verification verification = PadesVerifier.verify(forged, trusted.anchors());
		assertThat(verification.valid()).isFalse();
		assertThat(verification.signer()).isEqualTo("Cơ quan A (DEMO)");
		assertThat(PadesVerifier.verify(notice(), trusted.anchors())).isEqualTo(Verification.invalid());
		assertThat(PadesVerifier.verify("%PDF-1.4 garbage".getBytes(), trusted.anchors())).isEqualTo(Verification.invalid());
	}

	@Test
	void withoutKeystoreAndOutsideTheDemoAnAgencyHasNoKey(@TempDir Path dir) throws Exception {
		SigningKeys keys = new SigningKeys(new SigningSettings(dir.toString(), null, null, false, false, null));
		assertThat(keys.of("000.41.00.H55", "Xã")).isEmpty();
		assertThat(keys.anchors()).isEmpty();
	}

	@Test
	void aTimeStampedSignatureTakesTheAuthoritysTimeAndAStampOfAnotherSignatureIsNotValid(@TempDir Path dir)
			throws Exception {
		SigningKeys keys = demoKeys(dir);
		SigningKey key = keys.of("A", "Cơ quan A").orElseThrow();
		Instant stampedAt = SIGNED.plusSeconds(7);
		try (TestTsa tsa = new TestTsa(stampedAt)) {
			// over HTTP, as configured (motcua.signing.tsa-url)
			TimeStamps.Stamper configured = new SigningSettings(dir.toString(), null, null, true, false, tsa.start().toString())
				.stamper();
			byte[] signed = Pades.sign(notice(), key, "X-1", "Kết quả", "Nơi", SIGNED, configured);
			List<X509Certificate> withTsa = new ArrayList<>(keys.anchors());
			withTsa.add(tsa.certificate());
			Verification verification = PadesVerifier.verify(signed, withTsa);
			assertThat(verification.valid()).isTrue();
			assertThat(verification.signedAt()).isEqualTo(stampedAt);
			// anyone may add a token (the signature does not cover it): one of an authority not trusted is not
			assertThat(PadesVerifier.verify(signed, keys.anchors())).isEqualTo(Verification.invalid());

			byte[] elsewhere = Pades.sign(notice(), key, "X-1", "Kết quả", "Nơi", SIGNED,
					value -> tsa.token("một chữ ký khác".getBytes()));
			assertThat(PadesVerifier.verify(elsewhere, keys.anchors())).isEqualTo(Verification.invalid());
			assertThat(PadesVerifier.verify(elsewhere, withTsa)).isEqualTo(Verification.invalid());
			assertThat(new SigningSettings(dir.toString(), null, null, true, false, " ").stamper()).isNull();
		}
	}

}
