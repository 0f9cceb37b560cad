package vn.motcua.citizen;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import vn.motcua.connect.standin.LoopbackServer;

/**
 * A stand-in OpenID Connect provider (authorisation code flow): {@code /authorize} sends the browser
 * back with a code, {@code /token} answers an ID token signed RS256 with the person's claims
 * ({@link #claims}, which a test changes between logins), {@code /jwks} publishes the key.
 */
final class OidcProviderStandIn implements AutoCloseable {

	private final HttpServer server;

	private final RSAKey key;

	private final Map<String, String> nonces = new HashMap<>();

	/** The claims of the person who logs in next, beside {@code iss}, {@code sub}, {@code aud} and times. */
	final Map<String, Object> claims = new HashMap<>();

	private OidcProviderStandIn(HttpServer server) throws JOSEException {
		this.server = server;
		this.key = new RSAKeyGenerator(2048).keyID("stand-in").generate();
	}

	static OidcProviderStandIn start() throws IOException, JOSEException {
		OidcProviderStandIn provider = new OidcProviderStandIn(HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0));
		provider.server.createContext("/authorize", provider::authorize);
		provider.server.createContext("/token", provider::token);
		provider.server.createContext("/jwks", e -> answer(e, 200, new JWKSet(provider.key.toPublicJWK()).toString()));
		provider.server.start();
		return provider;
	}

	String url() {
		return "http://127.0.0.1:" + this.server.getAddress().getPort();
	}

	private void authorize(HttpExchange exchange) throws IOException {
		Map<String, String> p = LoopbackServer.parameters(exchange.getRequestURI().getRawQuery());
		String code = UUID.randomUUID().toString();
		synchronized (this.nonces) {
			this.nonces.put(code, p.get("nonce"));
		}
		exchange.getResponseHeaders()
			.set("Location", p.get("redirect_uri") + "?code=" + code + "&state=" + URLEncoder.encode(p.get("state"), StandardCharsets.UTF_8));
		exchange.sendResponseHeaders(302, -1);
		exchange.close();
	}

	private void token(HttpExchange exchange) throws IOException {
		Map<String, String> p = LoopbackServer.parameters(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
		String nonce;
		synchronized (this.nonces) {
			nonce = this.nonces.remove(p.get("code"));
		}
		JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder().issuer(url())
			.subject("cccd-019300004321")
			.audience("motcua-test")
			.issueTime(Date.from(Instant.now()))
			.expirationTime(Date.from(Instant.now().plusSeconds(300)))
			.claim("nonce", nonce);
		this.claims.forEach(claims::claim);
		try {
			SignedJWT token = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID("stand-in").build(),
					claims.build());
			token.sign(new RSASSASigner(this.key));
			answer(exchange, 200, """
					{"access_token":"%s","token_type":"Bearer","expires_in":300,"scope":"openid profile email","id_token":"%s"}"""
				.formatted(UUID.randomUUID(), token.serialize()));
		}
		catch (JOSEException ex) {
			answer(exchange, 500, "{\"error\":\"server_error\"}");
		}
	}

	private static void answer(HttpExchange exchange, int status, String json) throws IOException {
		byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
		exchange.getResponseHeaders().set("Content-Type", "application/json");
		exchange.sendResponseHeaders(status, bytes.length);
		exchange.getResponseBody().write(bytes);
		exchange.close();
	}

	@Override
	public void close() {
		this.server.stop(0);
	}

}
