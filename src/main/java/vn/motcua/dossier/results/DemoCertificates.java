package vn.motcua.dossier.results;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.concurrent.Callable;

import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.jspecify.annotations.Nullable;
import vn.motcua.dossier.results.SigningKeys.SigningKey;
import vn.motcua.dossier.results.SigningSettings.Keystore;
/**
 * The demo's certificates: a demo CA and one per agency under it (RSA 2048, valid 2015–2044 for the
 * demo's history), each made at first use and kept in a PKCS#12 file. Named DEMO; they sign nothing real.
 */
final class DemoCertificates {

	/** The demo keystores' password: their keys sign nothing real. */
	private static final char[] PASSWORD = "motcua-demo".toCharArray();

	private static final Date FROM = Date.from(Instant.parse("2015-01-01T00:00:00Z"));

	private static final Date UNTIL = Date.from(Instant.parse("2045-01-01T00:00:00Z"));

	private DemoCertificates() {
	}

	static SigningKey authority(Path dir) {
		return stored(dir, "demo-ca", () -> {
			KeyPair pair = pair();
			X509Certificate ca = certificate("MotCua DEMO CA — không dùng thật", pair, pair.getPrivate(), null, true);
			return new SigningKey(pair.getPrivate(), List.of(ca));
		});
	}

	static SigningKey agency(Path dir, SigningKey ca, String agencyCode, String agencyName) {
		return stored(dir, fileName(agencyCode), () -> {
			KeyPair pair = pair();
			X509Certificate certificate = certificate(agencyName + " (DEMO)", pair, ca.key(), ca.certificate(), false);
			return new SigningKey(pair.getPrivate(), List.of(certificate, ca.certificate()));
		});
	}

	/** @return whether the agency's key is kept in {@code dir} already. */
	static boolean kept(Path dir, String agencyCode) {
		return Files.exists(dir.resolve(fileName(agencyCode) + ".p12"));
	}

	private static String fileName(String agencyCode) {
		return agencyCode.replaceAll("[^A-Za-z0-9.]", "_");
	}

	/** The key kept in {@code <dir>/<name>.p12}, made and kept there at first use. */
	private static synchronized SigningKey stored(Path dir, String name, Callable<SigningKey> making) {
		Path file = dir.resolve(name + ".p12");
		try {
			if (Files.exists(file)) {
				return SigningKeys.load(new Keystore(file.toString(), new String(PASSWORD), null));
			}
			SigningKey made = making.call();
			KeyStore store = KeyStore.getInstance("PKCS12");
			store.load(null, null);
			store.setKeyEntry("signing", made.key(), PASSWORD, made.chain().toArray(Certificate[]::new));
			Files.createDirectories(dir);
			Path partial = dir.resolve(name + ".p12.partial");
			try (OutputStream out = Files.newOutputStream(partial)) {
				store.store(out, PASSWORD);
			}
			Files.move(partial, file, StandardCopyOption.ATOMIC_MOVE);
			return made;
		}
		catch (Exception ex) {
			throw new IllegalStateException("Cannot make the demo key " + file + ": " + ex.getMessage(), ex);
		}
	}

	private static KeyPair pair() throws GeneralSecurityException {
		KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
		generator.initialize(2048);
		return generator.generateKeyPair();
	}

	private static X509Certificate certificate(String commonName, KeyPair subject, PrivateKey issuerKey,
			@Nullable X509Certificate issuer, boolean authority)
			throws GeneralSecurityException, OperatorCreationException, IOException {
		var name = new X500NameBuilder(BCStyle.INSTANCE).addRDN(BCStyle.C, "VN").addRDN(BCStyle.O, "MotCua (demo)")
			.addRDN(BCStyle.CN, commonName).build();
		var builder = new JcaX509v3CertificateBuilder(issuer == null ? name : new JcaX509CertificateHolder(issuer).getSubject(),
				new BigInteger(64, new SecureRandom()), FROM, UNTIL, name, subject.getPublic());
		builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(authority));
		builder.addExtension(Extension.keyUsage, true, new KeyUsage(authority
				? KeyUsage.keyCertSign | KeyUsage.cRLSign : KeyUsage.digitalSignature | KeyUsage.nonRepudiation));
		return new JcaX509CertificateConverter()
			.getCertificate(builder.build(new JcaContentSignerBuilder("SHA256withRSA").build(issuerKey)));
	}

}
