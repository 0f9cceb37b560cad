package vn.motcua.connect.standin;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A stand-in's HTTP server (the JDK's), on {@code 127.0.0.1} only, serving one path with
 * {@link #handle}; for the tests and the demo, never a production endpoint.
 */
public abstract class LoopbackServer implements AutoCloseable {

	private final HttpServer server;

	/** Starts serving {@code path} on {@code port} (0: any free one). */
	protected LoopbackServer(int port, String path) throws IOException {
		this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
		this.server.createContext(path, this::handle);
		this.server.start();
	}

	protected abstract void handle(HttpExchange exchange) throws IOException;

	/** @return the server's root, {@code http://127.0.0.1:<port>/}. */
	public URI url() {
		return URI.create("http://127.0.0.1:" + this.server.getAddress().getPort() + "/");
	}

	/** @return the parameters of a query or a form body ({@code a=1&b=2}), decoded; the last of a name wins. */
	public static Map<String, String> parameters(String query) {
		Map<String, String> parameters = new LinkedHashMap<>();
		for (String pair : query.split("&")) {
			int eq = pair.indexOf('=');
			if (eq > 0) {
				parameters.put(pair.substring(0, eq), URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
			}
		}
		return parameters;
	}

	/** Answers a small page in Vietnamese, titled {@code title}; {@code html} is the body, already escaped. */
	protected static void page(HttpExchange exchange, int status, String title, String html) throws IOException {
		answer(exchange, status, "text/html; charset=utf-8", "<!DOCTYPE html><html lang=\"vi\"><meta charset=\"utf-8\">"
				+ "<title>" + title + "</title><body>" + html + "</body></html>");
	}

	/** Sends the browser on to {@code location} ({@code status} 302 or 303). */
	protected static void redirect(HttpExchange exchange, int status, String location) throws IOException {
		exchange.getResponseHeaders().set("Location", location);
		exchange.sendResponseHeaders(status, -1);
	}

	protected static void answer(HttpExchange exchange, int status, String contentType, String body) throws IOException {
		byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
		exchange.getResponseHeaders().set("Content-Type", contentType);
		exchange.sendResponseHeaders(status, bytes.length);
		exchange.getResponseBody().write(bytes);
	}

	@Override
	public void close() {
		this.server.stop(0);
	}

}
