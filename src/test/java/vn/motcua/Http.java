package vn.motcua;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import com.jayway.jsonpath.JsonPath;

import org.springframework.web.util.HtmlUtils;

/**
 * A small real-HTTP client for tests: HTTP Basic for the API, a cookie jar and CSRF tokens for
 * the pages. No redirects are followed, so tests see them.
 */
public final class Http {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	private final String base;

	private final HttpClient client;

	private String authorization;

	private final Map<String, String> headers = new java.util.LinkedHashMap<>();

	private Http(int port, String authorization) {
		this.base = "http://localhost:" + port;
		this.authorization = authorization;
		this.client = HttpClient.newBuilder()
			.cookieHandler(new CookieManager())
			.followRedirects(HttpClient.Redirect.NEVER)
			.build();
	}

	/** A client that sends no credentials (a citizen, a browser before login). */
	public static Http anonymous(int port) {
		return new Http(port, "");
	}

	/** An API client authenticating with HTTP Basic. */
	public static Http basic(int port, String username, String password) {
		return new Http(port, "Basic " + Base64.getEncoder()
			.encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8)));
	}

	/** An API client authenticating with a bearer token (an official's API access token). */
	public static Http bearer(int port, String token) {
		return new Http(port, "Bearer " + token);
	}

	/** A browser session: logged in through the login form as {@code username}. */
	public static Http session(int port, String username, String password) {
		Http browser = anonymous(port);
		Response login = browser.login(username, password);
		if (login.status() != 302 || login.location().contains("?error")) {
			throw new AssertionError("login of " + username + " failed: " + login.location());
		}
		return browser;
	}

	/** @return the value of the cookie {@code name} this client holds, or an empty text. */
	public String cookie(String name) {
		return this.client.cookieHandler()
			.map(handler -> ((CookieManager) handler).getCookieStore().getCookies())
			.orElse(java.util.List.of())
			.stream()
			.filter(c -> c.getName().equals(name))
			.map(java.net.HttpCookie::getValue)
			.findFirst()
			.orElse("");
	}

	/** Sends {@code name: value} with every request of this client (as a proxy's {@code X-Forwarded-For}). */
	public Http with(String name, String value) {
		this.headers.put(name, value);
		return this;
	}

	public Response get(String path) {
		return send(request(path).GET());
	}

	/** GETs as a browser does, asking for a page (an error then comes as the error page). */
	public Response html(String path) {
		return send(request(path).setHeader("Accept", "text/html").GET());
	}

	/** GETs a binary body (a PDF, a spreadsheet). */
	public Bytes getBytes(String path) {
		try {
			HttpResponse<byte[]> response = this.client.send(request(path).GET().build(),
					HttpResponse.BodyHandlers.ofByteArray());
			return new Bytes(response.statusCode(), response.body(),
					response.headers().firstValue("Content-Type").orElse(""));
		}
		catch (IOException ex) {
			throw new AssertionError(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new AssertionError(ex);
		}
	}

	/** POSTs one file as multipart/form-data in the field {@code file}. */
	public Response postFile(String path, String fileName, byte[] content) {
		return postMultipart(path, Map.of(), "file", fileName, content);
	}

	/** Uploads a file through a page form, with the CSRF token of the page at {@code formPage}. */
	public Response submitFile(String formPage, String action, String fileName, byte[] content) {
		return submitMultipart(formPage, action, Map.of(), "file", fileName, content);
	}

	/** Posts a page form with fields and one file, with the CSRF token of the page at {@code formPage}. */
	public Response submitMultipart(String formPage, String action, Map<String, String> fields, String fileField,
			String fileName, byte[] content) {
		Matcher token = CSRF.matcher(get(formPage).body());
		if (!token.find()) {
			throw new AssertionError("no CSRF token on " + formPage);
		}
		Map<String, String> all = new java.util.LinkedHashMap<>(fields);
		all.put("_csrf", token.group(1));
		return postMultipart(action, all, fileField, fileName, content);
	}

	private Response postMultipart(String path, Map<String, String> fields, String fileField, String fileName,
			byte[] content) {
		String boundary = "----motcua" + System.nanoTime();
		StringBuilder parts = new StringBuilder();
		fields.forEach((name, value) -> parts.append("--").append(boundary)
			.append("\r\nContent-Disposition: form-data; name=\"").append(name).append("\"\r\n\r\n")
			.append(value).append("\r\n"));
		byte[] head = (parts + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + fileField
				+ "\"; filename=\"" + fileName + "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
			.getBytes(StandardCharsets.UTF_8);
		byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
		byte[] body = new byte[head.length + content.length + tail.length];
		System.arraycopy(head, 0, body, 0, head.length);
		System.arraycopy(content, 0, body, head.length, content.length);
		System.arraycopy(tail, 0, body, head.length + content.length, tail.length);
		return send(request(path).header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.ofByteArray(body)));
	}

	public Response postJson(String path, String json) {
		return send(request(path).header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(json)));
	}

	public Response putJson(String path, String json) {
		return send(request(path).header("Content-Type", "application/json")
			.PUT(HttpRequest.BodyPublishers.ofString(json)));
	}

	public Response delete(String path) {
		return send(request(path).DELETE());
	}

	/** Posts a page form with the CSRF token of the page at {@code formPage}. */
	public Response submitForm(String formPage, String action, Map<String, String> fields) {
		Matcher token = CSRF.matcher(get(formPage).body());
		if (!token.find()) {
			throw new AssertionError("no CSRF token on " + formPage);
		}
		String form = fields.entrySet()
			.stream()
			.map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
			.collect(Collectors.joining("&", "_csrf=" + encode(token.group(1)) + "&", ""));
		return send(request(action).header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form)));
	}

	/** Logs in through the login form; the session cookie stays in this client. */
	public Response login(String username, String password) {
		return submitForm("/dang-nhap", "/dang-nhap", Map.of("username", username, "password", password));
	}

	private HttpRequest.Builder request(String path) {
		HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(this.base + path)).header("Accept", "*/*");
		if (!this.authorization.isEmpty()) {
			builder.header("Authorization", this.authorization);
		}
		this.headers.forEach(builder::header);
		return builder;
	}

	private Response send(HttpRequest.Builder request) {
		try {
			HttpResponse<String> response = this.client.send(request.build(),
					HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
			return new Response(response.statusCode(), response.body(),
					response.headers().firstValue("Location").orElse(""),
					response.headers().firstValue("Content-Type").orElse(""), response.headers());
		}
		catch (IOException ex) {
			throw new AssertionError(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new AssertionError(ex);
		}
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

	/** What came back. */
	public record Response(int status, String body, String location, String contentType,
			java.net.http.HttpHeaders headers) {

		public Response(int status, String body, String location, String contentType) {
			this(status, body, location, contentType, java.net.http.HttpHeaders.of(Map.of(), (name, value) -> true));
		}

		/** @return the first value of the response header {@code name}, or an empty text. */
		public String header(String name) {
			return this.headers.firstValue(name).orElse("");
		}

		/** @return the body with HTML entities decoded, as a browser shows it. */
		public String text() {
			return HtmlUtils.htmlUnescape(this.body);
		}

		/** @return the value at a JSONPath of the body, e.g. {@code $.code} or {@code $[*].code}. */
		public <T> T json(String path) {
			return JsonPath.read(this.body, path);
		}

	}

	/** A binary answer. */
	public record Bytes(int status, byte[] body, String contentType) {
	}

}
