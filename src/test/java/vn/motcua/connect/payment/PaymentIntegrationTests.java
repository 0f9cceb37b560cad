package vn.motcua.connect.payment;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import vn.motcua.Http;
import vn.motcua.MotCuaTest;
import vn.motcua.TestClock;
import vn.motcua.citizen.CitizenFixtures;
import vn.motcua.shared.HmacSignature;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.motcua.MotCuaTest.PASSWORD;

/**
 * Issue 15's online payment, through the stand-in platform: the desk asks for the fee, the applicant
 * pays through the platform's page, its signed callback takes the dossier out of the financial
 * obligation once (a second identical callback changes nothing), the receipt is kept; a callback
 * with a wrong signature or amount is refused and changes nothing.
 */
@MotCuaTest
class PaymentIntegrationTests {

	private static final String INTAKE = """
			{"procedureCode":"1.001193","agencyCode":"000.41.20.H55","channel":"DIRECT",
			 "applicant":{"fullName":"Người Nộp Phí","phone":"0912 444 555"}}""";

	@LocalServerPort
	int port;

	@Autowired
	TestClock clock;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PaymentPlatformStandIn platform;

	private final HttpClient browser = HttpClient.newHttpClient();

	private Http desk() {
		return Http.basic(this.port, "xa.phuluong", PASSWORD);
	}

	private String feeAsked(String code, String amount) {
		assertThat(desk().postJson("/api/v1/dossiers/" + code + "/transitions", "{\"action\":\"REQUEST_PAYMENT\",\"note\":\"Nộp lệ phí đăng ký\"}").status())
			.isEqualTo(200);
		Http.Response asked = desk().postJson("/api/v1/dossiers/" + code + "/fee-requests", "{\"amountVnd\":" + amount + "}");
		assertThat(asked.status()).as(asked.body()).isEqualTo(201);
		return asked.json("$.reference");
	}

	private Http.Response callback(String body, String signature) {
		return Http.anonymous(this.port).with("X-Signature", signature).postJson("/api/v1/public/payments/callback", body);
	}

	private String status(String code) {
		return desk().get("/api/v1/dossiers/" + code).json("$.status");
	}

	@Test
	void theApplicantPaysThroughThePlatformAndASecondCallbackChangesNothing() throws Exception {
		this.clock.set("2026-11-30T10:00:00+07:00");
		CitizenFixtures fixtures = new CitizenFixtures(this.port);
		Http citizen = fixtures.login();
		String code = fixtures.sendAndReceive(citizen, fixtures.start(citizen, "1.001193"), List.of());
		Http.Response early = desk().postJson("/api/v1/dossiers/" + code + "/fee-requests", "{\"amountVnd\":50000}");
		assertThat(early.<String>json("$.code")).isEqualTo("payment-not-awaited");
		assertThat(Http.basic(this.port, "xa.votranh", PASSWORD)
			.postJson("/api/v1/dossiers/" + code + "/fee-requests", "{\"amountVnd\":50000}").status()).isEqualTo(404);
		String reference = feeAsked(code, "50000");
		assertThat(citizen.get("/cong-dan/ho-so/" + code).text()).contains("Thanh toán trực tuyến 50.000 đồng", reference);

		// a link to the platform's page, signed; paying there calls MotCua back and returns the citizen
		Matcher link = Pattern.compile("href=\"([^\"]+)\" id=\"pay-" + Pattern.quote(reference) + "\"")
			.matcher(citizen.get("/cong-dan/ho-so/" + code).body());
		assertThat(link.find()).isTrue();
		String toPlatform = link.group(1).replace("&amp;", "&");
		assertThat(toPlatform).startsWith(this.platform.url() + "pay?merchant=");
		String page = this.browser.send(HttpRequest.newBuilder(URI.create(toPlatform)).build(),
				HttpResponse.BodyHandlers.ofString()).body();
		assertThat(page).contains("<strong id=\"amount\">50000</strong>");
		Matcher q = Pattern.compile("name=\"q\" value=\"([^\"]+)\"").matcher(page);
		assertThat(q.find()).isTrue();
		String signedQuery = q.group(1).replace("&amp;", "&");
		HttpResponse<String> paid = this.browser.send(HttpRequest.newBuilder(this.platform.url().resolve("pay"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString("q=" + URLEncoder.encode(signedQuery, StandardCharsets.UTF_8)))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(paid.statusCode()).isEqualTo(303);
		assertThat(paid.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/cong-dan/ho-so/" + code + "?thanh-toan"));
		assertThat(status(code)).isEqualTo("IN_PROGRESS");
		assertThat(desk().get("/api/v1/dossiers/" + code + "/fee-requests").<List<String>>json("$[*].status"))
			.containsExactly("PAID");
		assertThat(citizen.get("/cong-dan/ho-so/" + code).text()).contains("Đã thanh toán", "BL");

		// the platform delivers the same callback again: applied once
		String again = this.platform.lastCallback();
		Http.Response second = callback(again, HmacSignature.sign("khoa-thanh-toan-thu-nghiem", again));
		assertThat(second.status()).as(second.body()).isEqualTo(200);
		assertThat(second.<Boolean>json("$.applied")).isFalse();
		assertThat(desk().get("/api/v1/dossiers/" + code).<List<String>>json("$.timeline[*].action"))
			.containsOnlyOnce("PAYMENT_RECEIVED");
		assertThat(this.jdbc.sql("select receipt ->> 'receiptNumber' from connect_payment where reference = ?")
			.param(reference).query(String.class).single()).startsWith("BL");
	}

	@Test
	void aCallbackWithAWrongSignatureOrAmountIsRefusedAndChangesNothing() {
		this.clock.set("2026-11-30T11:00:00+07:00");
		String code = desk().postJson("/api/v1/dossiers", INTAKE).json("$.code");
		assertThat(desk().postJson("/api/v1/dossiers/" + code + "/fee-requests", "{\"amountVnd\":0}").<String>json("$.code"))
			.isEqualTo("payment-not-awaited");
		String reference = feeAsked(code, "30000");
		Http.Response zero = desk().postJson("/api/v1/dossiers/" + code + "/fee-requests", "{\"amountVnd\":0}");
		assertThat(zero.status()).isEqualTo(400);
		assertThat(zero.<String>json("$.code")).isEqualTo("payment-amount-invalid");
		String body = """
				{"reference":"%s","transactionId":"GD99","amountVnd":%d,"status":"PAID","receiptNumber":"BL99"}""";
		String paid = body.formatted(reference, 30000);
		String before = this.jdbc.sql("select row_to_json(p)::text from connect_payment p where reference = ?")
			.param(reference).query(String.class).single();

		for (Http.Response refused : List.of(callback(paid, HmacSignature.sign("khoa-sai", paid)), callback(paid, ""),
				callback(paid.replace("30000", "3000"), HmacSignature.sign("khoa-thanh-toan-thu-nghiem", paid)))) {
			assertThat(refused.status()).isEqualTo(400);
			assertThat(refused.<String>json("$.code")).isEqualTo("payment-signature");
		}
		String cheaper = body.formatted(reference, 3000);
		Http.Response mismatch = callback(cheaper, HmacSignature.sign("khoa-thanh-toan-thu-nghiem", cheaper));
		assertThat(mismatch.status()).isEqualTo(400);
		assertThat(mismatch.<String>json("$.code")).isEqualTo("payment-amount-mismatch");
		String broken = "{\"reference\":\"" + reference + "\"}";
		assertThat(callback(broken, HmacSignature.sign("khoa-thanh-toan-thu-nghiem", broken)).<String>json("$.code"))
			.isEqualTo("payment-callback-invalid");

		assertThat(this.jdbc.sql("select row_to_json(p)::text from connect_payment p where reference = ?")
			.param(reference).query(String.class).single()).isEqualTo(before);
		assertThat(status(code)).isEqualTo("FINANCIAL_OBLIGATION");

		// birth registration has no fee: a request without an amount is refused; a new one replaces the old
		assertThat(desk().postJson("/api/v1/dossiers/" + code + "/fee-requests", "{}").<String>json("$.code"))
			.isEqualTo("payment-amount-invalid");
		assertThat(desk().postJson("/api/v1/dossiers/" + code + "/fee-requests", "{\"amountVnd\":40000}").status())
			.isEqualTo(201);
		// the replaced request was being paid: the money came, so it is paid, and the newer one cancelled
		Http.Response replaced = callback(paid, HmacSignature.sign("khoa-thanh-toan-thu-nghiem", paid));
		assertThat(replaced.status()).as(replaced.body()).isEqualTo(200);
		assertThat(status(code)).isEqualTo("IN_PROGRESS");
		// paid a second time from another window: kept, to be refunded; the dossier is not touched again
		String twice = body.formatted(reference, 30000).replace("GD99", "GD100").replace("BL99", "BL100");
		Http.Response second = callback(twice, HmacSignature.sign("khoa-thanh-toan-thu-nghiem", twice));
		assertThat(second.<String>json("$.status")).isEqualTo("REFUND_DUE");
		assertThat(desk().get("/api/v1/dossiers/" + code + "/fee-requests").<List<String>>json("$[*].status"))
			.containsExactlyInAnyOrder("PAID", "CANCELLED", "REFUND_DUE");
		assertThat(desk().get("/api/v1/dossiers/" + code).<List<String>>json("$.timeline[*].action"))
			.containsOnlyOnce("PAYMENT_RECEIVED");
	}

}
