package vn.motcua.dossier.results;

import java.io.IOException;
import java.math.BigInteger;
import java.net.InetSocketAddress;
import java.net.URI;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import com.sun.net.httpserver.HttpServer;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.oiw.OIWObjectIdentifiers;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoGeneratorBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import org.bouncycastle.tsp.TSPAlgorithms;
import org.bouncycastle.tsp.TimeStampRequest;
import org.bouncycastle.tsp.TimeStampRequestGenerator;
import org.bouncycastle.tsp.TimeStampResponse;
import org.bouncycastle.tsp.TimeStampResponseGenerator;
import org.bouncycastle.tsp.TimeStampTokenGenerator;

/** A stand-in RFC 3161 time-stamp authority whose clock says {@code time}: in process, or over HTTP. */
final class TestTsa implements AutoCloseable {

	private final KeyPair keys;

	private final X509Certificate certificate;

	private final Instant time;

	private final AtomicLong serials = new AtomicLong();

	private HttpServer server;

	TestTsa(Instant time) throws Exception {
		this.time = time;
		KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
		generator.initialize(2048);
		this.keys = generator.generateKeyPair();
		X500Name name = new X500Name("CN=TSA thử nghiệm");
		JcaX509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(name, BigInteger.ONE,
				Date.from(time.minus(Duration.ofDays(365))), Date.from(time.plus(Duration.ofDays(365))), name,
				this.keys.getPublic());
		builder.addExtension(Extension.extendedKeyUsage, true, new ExtendedKeyUsage(KeyPurposeId.id_kp_timeStamping));
		this.certificate = new JcaX509CertificateConverter()
			.getCertificate(builder.build(new JcaContentSignerBuilder("SHA256withRSA").build(this.keys.getPrivate())));
	}

	X509Certificate certificate() {
		return this.certificate;
	}

	/** @return the authority's answer (DER) to a request (DER). */
	byte[] respond(byte[] request) throws Exception {
		TimeStampTokenGenerator tokens = new TimeStampTokenGenerator(
				new JcaSimpleSignerInfoGeneratorBuilder().build("SHA256withRSA", this.keys.getPrivate(), this.certificate),
				new JcaDigestCalculatorProviderBuilder().build().get(new AlgorithmIdentifier(OIWObjectIdentifiers.idSHA1)),
				new ASN1ObjectIdentifier("1.2.3.4.1"));
		tokens.addCertificates(new JcaCertStore(List.of(this.certificate)));
		return new TimeStampResponseGenerator(tokens, TSPAlgorithms.ALLOWED)
			.generate(new TimeStampRequest(request), BigInteger.valueOf(this.serials.incrementAndGet()), Date.from(this.time))
			.getEncoded();
	}

	/** Stamps {@code value} in process. @return the token, DER. */
	byte[] token(byte[] value) {
		try {
			TimeStampRequestGenerator requests = new TimeStampRequestGenerator();
			requests.setCertReq(true);
			TimeStampRequest request = requests.generate(TSPAlgorithms.SHA256,
					MessageDigest.getInstance("SHA-256").digest(value), BigInteger.TEN);
			return new TimeStampResponse(respond(request.getEncoded())).getTimeStampToken().getEncoded();
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** Serves {@code POST /tsa} on a free loop-back port. @return its address. */
	URI start() throws IOException {
		this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		this.server.createContext("/tsa", exchange -> {
			try (exchange) {
				byte[] answer = respond(exchange.getRequestBody().readAllBytes());
				exchange.getResponseHeaders().set("Content-Type", "application/timestamp-reply");
				exchange.sendResponseHeaders(200, answer.length);
				exchange.getResponseBody().write(answer);
			}
			catch (Exception ex) {
				exchange.sendResponseHeaders(500, -1);
			}
		});
		this.server.start();
		return URI.create("http://127.0.0.1:" + this.server.getAddress().getPort() + "/tsa");
	}

	@Override
	public void close() {
		if (this.server != null) {
			this.server.stop(0);
		}
	}

}
