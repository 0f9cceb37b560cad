package vn.motcua.connect.standin;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

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
import org.springframework.web.util.HtmlUtils;

/**
 * A stand-in OpenID Connect provider (the authorisation code flow) for the citizens' login, for the
 * tests and the demo ({@code motcua.identity.stand-in=true}); no real identity is checked.
 * {@code /authorize} sends the browser back with a code, at once or, when {@link #confirming}, after
 * a page on which the person confirms who they are ({@code /approve}); {@code /token} answers an ID token signed RS256
 * with the person's {@link #claims} (which a test may change between logins; {@code sub} among them
 * replaces the one person's subject); {@code /jwks} publishes the key.
 */
public final class IdentityProviderStandIn extends LoopbackServer {

	/** The audience of the ID tokens: the client id MotCua is registered with. */
	public static final String CLIENT_ID = "motcua-stand-in";

	/**
	 * The issuer the ID tokens name: the same whatever port the stand-in has, since an account is
	 * linked to the issuer and the subject, and the demo restarts on another port.
	 */
	public static final String ISSUER = "https://dinhdanh.mo-phong.invalid";

	/** Where MotCua's citizens' login takes the code back (its registration {@code vneid}). */
	private static final String CALLBACK = "/cong-dan/oauth2/code/vneid";

	private static final Duration LIFE = Duration.ofMinutes(5);

	private final RSAKey key;

	private final boolean confirming;

	private final Clock clock;

	/** A code issued: where it goes back to, the nonce, when; exchanged once, within five minutes. */
	private record Code(String back, String nonce, Instant at) {
	}

	/** The codes confirmed and not yet exchanged for a token. */
	private final Map<String, Code> issued = new ConcurrentHashMap<>();

	/** The codes waiting for the person's confirmation. */
	private final Map<String, Code> waiting = new ConcurrentHashMap<>();

	/** The claims of the person who logs in next, beside {@code iss}, {@code sub}, {@code aud}, times and nonce. */
	public final Map<String, Object> claims = new ConcurrentHashMap<>();

	private IdentityProviderStandIn(boolean confirming, Clock clock) throws IOException, JOSEException {
		super(0, "/");
		this.key = new RSAKeyGenerator(2048).keyID("stand-in").generate();
		this.confirming = confirming;
		this.clock = clock;
	}

	/**
	 * Starts on a free port of the loop-back interface.
	 * @param confirming whether the person confirms on a page (the demo) or is sent back at once (tests).
	 * @param clock the time of the ID tokens: the application's, which times their validation.
	 */
	public static IdentityProviderStandIn start(boolean confirming, Clock clock) throws IOException {
		try {
			return new IdentityProviderStandIn(confirming, clock);
		}
		catch (JOSEException ex) {
			throw new IOException(ex);
		}
	}

	/** @return where its endpoints are, {@code http://127.0.0.1:<port>} (no trailing slash). */
	public String endpoints() {
		String url = url().toString();
		return url.substring(0, url.length() - 1);
	}

	@Override
	protected void handle(HttpExchange exchange) throws IOException {
		try (exchange) {
			switch (exchange.getRequestURI().getPath()) {
				case "/authorize" -> authorize(exchange, parameters(Objects.requireNonNullElse(
						exchange.getRequestURI().getRawQuery(), "")));
				case "/approve" -> approve(exchange, parameters(
						new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8)));
				case "/token" -> token(exchange, parameters(
						new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8)));
				case "/jwks" -> answer(exchange, 200, "application/json", new JWKSet(this.key.toPublicJWK()).toString());
				default -> answer(exchange, 404, "text/plain; charset=utf-8", "Không có trang này.");
			}
		}
	}

	private void authorize(HttpExchange exchange, Map<String, String> p) throws IOException {
		Instant now = this.clock.instant();
		this.issued.values().removeIf(c -> c.at().isBefore(now.minus(LIFE)));
		this.waiting.values().removeIf(c -> c.at().isBefore(now.minus(LIFE)));
		String redirect = Objects.requireNonNullElse(p.get("redirect_uri"), "");
		if (!redirect.endsWith(CALLBACK) || !CLIENT_ID.equals(p.get("client_id"))) {
			answer(exchange, 400, "text/plain; charset=utf-8", "Yêu cầu đăng nhập không hợp lệ.");
			return;
		}
		String code = UUID.randomUUID().toString();
		Code issued = new Code(redirect + "?code=" + code + "&state="
				+ URLEncoder.encode(Objects.requireNonNullElse(p.get("state"), ""), StandardCharsets.UTF_8),
				Objects.requireNonNullElse(p.get("nonce"), ""), now);
		if (!this.confirming) {
			this.issued.put(code, issued);
			redirect(exchange, 302, issued.back());
			return;
		}
		this.waiting.put(code, issued);
		page(exchange, 200, "Định danh điện tử (mô phỏng)", """
				<h1>Tài khoản định danh điện tử — MÔ PHỎNG, không dùng thật</h1>
				<p>Dịch vụ công MotCua xin xác nhận danh tính của anh/chị: họ tên, số định danh cá nhân, ngày sinh,
				nơi cư trú.</p><p>Đăng nhập với tư cách: <strong id="person">%s</strong>, số định danh %s</p>
				<form method="post" action="/approve"><input type="hidden" name="code" value="%s">
				<button id="approve">Đồng ý và đăng nhập</button></form>"""
			.formatted(HtmlUtils.htmlEscape(String.valueOf(this.claims.get("name")), "UTF-8"),
					HtmlUtils.htmlEscape(String.valueOf(this.claims.get("id_number")), "UTF-8"), code));
	}

	/** The person confirmed: the code may now be exchanged; back to MotCua, where it was asked from. */
	private void approve(HttpExchange exchange, Map<String, String> form) throws IOException {
		String code = Objects.requireNonNullElse(form.get("code"), "");
		Code confirmed = this.waiting.remove(code);
		if (confirmed == null) {
			answer(exchange, 400, "text/plain; charset=utf-8", "Yêu cầu đăng nhập không hợp lệ hoặc đã dùng.");
			return;
		}
		this.issued.put(code, confirmed);
		redirect(exchange, 302, confirmed.back());
	}

	private void token(HttpExchange exchange, Map<String, String> p) throws IOException {
		Code code = this.issued.remove(Objects.requireNonNullElse(p.get("code"), ""));
		if (code == null || code.at().isBefore(this.clock.instant().minus(LIFE))) {
			answer(exchange, 400, "application/json", "{\"error\":\"invalid_grant\"}");
			return;
		}
		String nonce = code.nonce();
		Map<String, Object> person = new HashMap<>(this.claims);
		JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder().issuer(ISSUER)
			.subject("stand-in-person")
			.audience(CLIENT_ID)
			.issueTime(Date.from(this.clock.instant()))
			.expirationTime(Date.from(this.clock.instant().plusSeconds(300)));
		if (!nonce.isEmpty()) {
			claims.claim("nonce", nonce);
		}
		person.forEach(claims::claim);
		try {
			SignedJWT token = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID("stand-in").build(),
					claims.build());
			token.sign(new RSASSASigner(this.key));
			answer(exchange, 200, "application/json", """
					{"access_token":"%s","token_type":"Bearer","expires_in":300,"scope":"openid profile email","id_token":"%s"}"""
				.formatted(UUID.randomUUID(), token.serialize()));
		}
		catch (JOSEException ex) {
			answer(exchange, 500, "application/json", "{\"error\":\"server_error\"}");
		}
	}

}
