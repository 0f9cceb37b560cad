package vn.motcua.connect.national;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpExchange;
import vn.motcua.connect.standin.LoopbackServer;
import vn.motcua.shared.HmacSignature;

/**
 * A stand-in for the national portal's synchronisation endpoint, speaking the same protocol as
 * {@link NationalSender}: {@code POST /dossiers/status} with the bearer key, the body's
 * {@code X-Signature} and an {@code Idempotency-Key}; a key seen before is answered 200 and not
 * applied again. {@code GET /dossiers/status} lists what was applied. For the tests and the demo
 * ({@code motcua.national.stand-in=true}); {@link #failNext} makes it apply a message but answer
 * 503, as when the answer is lost on the way back.
 */
public final class NationalPortalStandIn extends LoopbackServer {

	private static final String JSON = "application/json";

	private final String key;

	private final Map<String, String> applied = new LinkedHashMap<>();

	private final AtomicInteger deliveries = new AtomicInteger();

	private final AtomicInteger failures = new AtomicInteger();

	private NationalPortalStandIn(int port, String key) throws IOException {
		super(port, "/dossiers/status");
		this.key = key;
	}

	/** Starts on {@code port} (0: any free one) of the loop-back interface. */
	public static NationalPortalStandIn start(int port, String key) throws IOException {
		return new NationalPortalStandIn(port, key);
	}

	/** The next {@code count} new messages are applied but answered 503. */
	public void failNext(int count) {
		this.failures.set(count);
	}

	/** @return the bodies applied, once each, in the order they came. */
	public synchronized List<String> applied() {
		return new ArrayList<>(this.applied.values());
	}

	/** @return every delivery, repeated ones included. */
	public int deliveries() {
		return this.deliveries.get();
	}

	@Override
	protected void handle(HttpExchange exchange) throws IOException {
		try (exchange) {
			if ("GET".equals(exchange.getRequestMethod())) {
				answer(exchange, 200, JSON, "[" + String.join(",", applied()) + "]");
				return;
			}
			byte[] body = exchange.getRequestBody().readAllBytes();
			String idempotencyKey = exchange.getRequestHeaders().getFirst("Idempotency-Key");
			if (!("Bearer " + this.key).equals(exchange.getRequestHeaders().getFirst("Authorization"))
					|| !HmacSignature.verify(this.key, body, exchange.getRequestHeaders().getFirst("X-Signature"))
					|| idempotencyKey == null) {
				answer(exchange, 401, JSON, "{\"error\":\"unauthorised\"}");
				return;
			}
			this.deliveries.incrementAndGet();
			boolean fresh;
			synchronized (this) {
				fresh = this.applied.putIfAbsent(idempotencyKey, new String(body, StandardCharsets.UTF_8)) == null;
			}
			if (fresh && this.failures.getAndUpdate(n -> Math.max(n - 1, 0)) > 0) {
				answer(exchange, 503, JSON, "{\"error\":\"busy\"}");
				return;
			}
			answer(exchange, 200, JSON, "{\"applied\":" + fresh + "}");
		}
	}

}
