package vn.motcua.dossier.results;

import java.net.URI;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the agencies' signing keys are ({@code motcua.signing.*}).
 *
 * @param dir where demo keys are kept ({@code ./data/signing}; blank: a temporary directory).
 * @param keystores per agency identifier (e.g. {@code 000.41.00.H55}), its PKCS#12 keystore.
 * @param trusted PEM files of the certification authorities whose certificates a verification
 * accepts (the government CA's root for real keys).
 * @param demo whether an agency without a keystore signs with a demo certificate under a demo CA,
 * made at the demo's first start ({@code DemoSigningKeys}) or at its first signature (the demo
 * profile; never in production).
 * @param forms whether the forms of a dossier (the receipt, form 01, and the others) are signed
 * too, in the name of the desk that issues them (a setting: Decree 45/2020 lets the receipt be
 * electronic, it does not require a signature on it).
 * @param tsaUrl an RFC 3161 time-stamp authority: every signature is stamped there (PAdES baseline T);
 * unset, signatures carry the server's signing time only.
 */
@ConfigurationProperties("motcua.signing")
record SigningSettings(@Nullable String dir, @Nullable Map<String, Keystore> keystores, @Nullable List<String> trusted,
		boolean demo, boolean forms, @Nullable String tsaUrl) {

	/** @param alias the key's alias; {@literal null} for the keystore's first key. */
	record Keystore(String path, String password, @Nullable String alias) {
	}

	/** @return the stamper of the configured time-stamp authority, {@literal null} without one. */
	TimeStamps.@Nullable Stamper stamper() {
		String tsa = this.tsaUrl;
		return tsa == null || tsa.isBlank() ? null : value -> TimeStampClient.token(URI.create(tsa.strip()), value);
	}

	Map<String, Keystore> keystoresOrNone() {
		return this.keystores == null ? Map.of() : this.keystores;
	}

	List<String> trustedOrNone() {
		return this.trusted == null ? List.of() : this.trusted;
	}

}
