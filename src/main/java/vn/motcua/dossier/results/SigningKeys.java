package vn.motcua.dossier.results;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.jspecify.annotations.Nullable;
import vn.motcua.dossier.results.SigningSettings.Keystore;
import vn.motcua.shared.Directories;

import org.springframework.stereotype.Component;
/**
 * The agencies' signing keys: each agency's PKCS#12 keystore from the settings; in the demo, a
 * certificate under a demo CA (labelled DEMO, kept under {@code motcua.signing.dir}; see
 * {@link DemoSigningKeys}). Also the certification authorities a verification trusts.
 */
@Component
class SigningKeys {

	/** A key and its certificate chain, the signer's certificate first. */
	record SigningKey(PrivateKey key, List<X509Certificate> chain) {

		X509Certificate certificate() {
			return this.chain.get(0);
		}

	}

	private final SigningSettings settings;

	private final Path dir;

	private final Map<String, SigningKey> keys = new ConcurrentHashMap<>();

	private final List<X509Certificate> anchors = new ArrayList<>();

	private @Nullable SigningKey demoCa;

	SigningKeys(SigningSettings settings) throws IOException, GeneralSecurityException {
		this.settings = settings;
		this.dir = settings.dir() == null || settings.dir().isBlank() ? Directories.temporary("motcua-signing")
				: Path.of(settings.dir());
		CertificateFactory x509 = CertificateFactory.getInstance("X.509");
		for (String pem : settings.trustedOrNone()) {
			try (InputStream in = Files.newInputStream(Path.of(pem))) {
				x509.generateCertificates(in).forEach(c -> this.anchors.add((X509Certificate) c));
			}
		}
		for (Keystore keystore : settings.keystoresOrNone().values()) {
			List<X509Certificate> chain = load(keystore).chain();
			this.anchors.add(chain.get(chain.size() - 1));
		}
		if (settings.demo()) {
			this.anchors.add(demoCa().certificate());
		}
	}

	/** @return the agency's key, or empty when it has none (and the demo makes none). */
	Optional<SigningKey> of(String agencyCode, String agencyName) {
		Keystore configured = this.settings.keystoresOrNone().get(agencyCode);
		if (configured != null) {
			return Optional.of(this.keys.computeIfAbsent(agencyCode, c -> load(configured)));
		}
		if (!this.settings.demo()) {
			return Optional.empty();
		}
		return Optional.of(this.keys.computeIfAbsent(agencyCode,
				c -> DemoCertificates.agency(this.dir, demoCa(), c, agencyName)));
	}

	/** @return the certification authorities whose certificates a verification accepts. */
	List<X509Certificate> anchors() {
		return List.copyOf(this.anchors);
	}

	static SigningKey load(Keystore keystore) {
		try (InputStream in = Files.newInputStream(Path.of(keystore.path()))) {
			KeyStore store = KeyStore.getInstance("PKCS12");
			char[] password = keystore.password().toCharArray();
			store.load(in, password);
			String alias = keystore.alias() != null ? keystore.alias() : store.aliases().nextElement();
			Certificate[] chain = store.getCertificateChain(alias);
			return new SigningKey((PrivateKey) store.getKey(alias, password),
					Arrays.stream(chain).map(X509Certificate.class::cast).toList());
		}
		catch (IOException | GeneralSecurityException ex) {
			throw new IllegalStateException("Cannot read the keystore " + keystore.path() + ": " + ex.getMessage(), ex);
		}
	}

	private synchronized SigningKey demoCa() {
		if (this.demoCa == null) {
			this.demoCa = DemoCertificates.authority(this.dir);
		}
		return this.demoCa;
	}

	/** @return the configured time-stamp authority's stamper, {@literal null} without one. */
	TimeStamps.@Nullable Stamper stamper() {
		return this.settings.stamper();
	}

}
