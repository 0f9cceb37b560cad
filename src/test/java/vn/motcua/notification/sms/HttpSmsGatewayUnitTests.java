package vn.motcua.notification.sms;

import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.Test;

import org.springframework.web.client.RestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The SMS gateway over real HTTP: the message and key as the provider expects, and no endless wait. */
class HttpSmsGatewayUnitTests {

	@Test
	void sendsTheMessageWithTheKeyAndGivesUpOnAGatewayThatDoesNotAnswer() throws Exception {
		var received = new AtomicReference<String>();
		var release = new CountDownLatch(1);
		HttpServer gateway = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		gateway.createContext("/sms", exchange -> {
			received.set(exchange.getRequestHeaders().getFirst("Authorization") + " "
					+ new String(exchange.getRequestBody().readAllBytes()));
			exchange.sendResponseHeaders(202, -1);
			exchange.close();
		});
		gateway.createContext("/treo", exchange -> {
			try {
				release.await();
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
			exchange.close();
		});
		gateway.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
		gateway.start();
		String base = "http://127.0.0.1:" + gateway.getAddress().getPort();
		try {
			new HttpSmsGateway(RestClient.builder(), base + "/sms", "khoa-bi-mat", Duration.ofSeconds(2),
					Duration.ofSeconds(2)).send("0912345678", "Ho so da co ket qua");
			assertThat(received.get()).startsWith("Bearer khoa-bi-mat ")
				.contains("\"to\":\"0912345678\"", "\"text\":\"Ho so da co ket qua\"");

			var hung = new HttpSmsGateway(RestClient.builder(), base + "/treo", "k", Duration.ofSeconds(2),
					Duration.ofMillis(300));
			// without a read timeout this would wait until the gateway is released in the finally block
			assertThatThrownBy(() -> hung.send("0912345678", "?")).hasStackTraceContaining("timed out");
		}
		finally {
			release.countDown();
			gateway.stop(0);
		}
	}

}
