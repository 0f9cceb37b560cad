package vn.motcua.connect.payment;

import java.io.IOException;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpExchange;
import org.springframework.web.util.HtmlUtils;
import vn.motcua.connect.standin.LoopbackServer;
import vn.motcua.shared.HmacSignature;

/**
 * A stand-in for the national payment platform, speaking the protocol of {@link PaymentRedirect} and
 * {@link PaymentCallbacks}: {@code GET /pay} checks the signed query and shows the amount with a
 * «Thanh toán» button; {@code POST /pay} makes a transaction and a receipt number, calls MotCua back
 * with the signed result and sends the citizen back. For the tests and the demo
 * ({@code motcua.payment.stand-in=true}); no money moves.
 */
public final class PaymentPlatformStandIn extends LoopbackServer {

	private static final String TITLE = "Cổng thanh toán";

	private final String key;

	private final AtomicInteger transactions = new AtomicInteger();

	private final HttpClient http = HttpClient.newHttpClient();

	private volatile String lastCallback = "";

	private PaymentPlatformStandIn(int port, String key) throws IOException {
		super(port, "/pay");
		this.key = key;
	}

	/** Starts on {@code port} (0: any free one) of the loop-back interface. */
	public static PaymentPlatformStandIn start(int port, String key) throws IOException {
		return new PaymentPlatformStandIn(port, key);
	}

	/** @return the body of the last callback sent, to deliver again in a test. */
	public String lastCallback() {
		return this.lastCallback;
	}

	@Override
	protected void handle(HttpExchange exchange) throws IOException {
		try (exchange) {
			boolean confirm = "POST".equals(exchange.getRequestMethod());
			// a confirmation carries the signed query as its one form field, q
			String form = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
			String query = !confirm ? exchange.getRequestURI().getRawQuery()
					: form.startsWith("q=") ? URLDecoder.decode(form.substring(2), StandardCharsets.UTF_8) : null;
			int cut = query == null ? -1 : query.lastIndexOf("&signature=");
			Map<String, String> p = cut < 0 ? Map.of() : parameters(query);
			if (cut < 0 || !HmacSignature.verify(this.key, query.substring(0, cut).getBytes(StandardCharsets.UTF_8),
					p.get("signature"))) {
				page(exchange, 400, TITLE, "<p>Yêu cầu thanh toán không hợp lệ (sai chữ ký).</p>");
				return;
			}
			if (!confirm) {
				page(exchange, 200, TITLE, """
						<h1>Cổng thanh toán — MÔ PHỎNG, không dùng thật</h1>
						<p>Đơn vị nhận: %s</p><p>Nội dung: %s</p><p>Số tiền: <strong id="amount">%s</strong> đồng</p>
						<form method="post" action="/pay"><input type="hidden" name="q" value="%s">
						<button id="pay">Thanh toán</button></form>""".formatted(HtmlUtils.htmlEscape(p.get("merchant")),
						HtmlUtils.htmlEscape(p.get("description")), HtmlUtils.htmlEscape(p.get("amount")),
						HtmlUtils.htmlEscape(query)));
				return;
			}
			int n = this.transactions.incrementAndGet();
			String body = """
					{"reference":"%s","transactionId":"GD%08d","amountVnd":%s,"status":"PAID","paidAt":"%s","receiptNumber":"BL%06d"}"""
				.formatted(p.get("reference"), n, Long.parseLong(p.get("amount")), OffsetDateTime.now(ZoneOffset.ofHours(7)), n);
			this.lastCallback = body;
			callBack(p.get("callbackUrl"), body);
			redirect(exchange, 303, p.get("returnUrl"));
		}
	}

	private void callBack(String url, String body) throws IOException {
		try {
			this.http.send(HttpRequest.newBuilder(URI.create(url))
				.header("Content-Type", "application/json")
				.header("X-Signature", HmacSignature.sign(this.key, body))
				.POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
				.build(), HttpResponse.BodyHandlers.discarding());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
