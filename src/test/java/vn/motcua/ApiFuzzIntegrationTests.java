package vn.motcua;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 17's fuzzing: every operation of the OpenAPI document, called by the province's
 * administrator (who passes most rules, so the values reach the code) with hostile path and query
 * values and hostile bodies, answers 4xx or a read, never 5xx, and writes nothing; the three Excel
 * importers refuse broken workbooks, an old .xls, an XML entity and a zip bomb with 400. Bounded
 * here (about 2,500 requests); {@code -Dmotcua.fuzz.rounds=N} adds N rounds of random values.
 */
@MotCuaTest
class ApiFuzzIntegrationTests {

	private static final List<String> VALUES = List.of("%FF%FE", "%00", "%C3%28", "-1", "99999999999999999999999", "1e400",
			"9999-99-99", "2026-02-30", "a".repeat(3000), "%2E%2E%2F%2E%2E%2Fetc", "'%20OR%201=1--", "%E2%80%AE", "");

	private static final List<String> FIELD_VALUES = List.of("[]", "{}", "1e400", "\"\\u0000\"", "-92233720368547758090",
			"\"2026-02-30\"", "true", "\"\\ud800\"", "99999999999", "\"" + "x".repeat(100_000) + "\"");

	/** Tables a refused request may still write to: who asked (audit, logins) and the cost budgets. */
	private static final List<String> LOGS = List.of("audit_", "identity_login_state", "identity_citizen_login_state",
			"event_publication", "scheduled_tasks", "spring_session", "flyway_schema_history");

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	private final HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

	private final String admin = "Basic "
			+ Base64.getEncoder().encodeToString(("admin:" + MotCuaTest.PASSWORD).getBytes(StandardCharsets.UTF_8));

	@Test
	void everyOperationOfTheApiAnswersHostileValuesWith4xxAndWritesNothing() throws Exception {
		JsonNode api = JsonMapper.builder().build().readTree(send("GET", "/v3/api-docs", null, null).body());
		Map<String, Long> before = rowCounts();
		List<String> values = new ArrayList<>(VALUES);
		Random random = new Random(17);
		for (int round = 0; round < Integer.getInteger("motcua.fuzz.rounds", 0); round++) {
			values.add(randomBytes(random));
		}
		List<String> failures = new ArrayList<>();
		int requests = 0;
		for (Map.Entry<String, JsonNode> path : api.path("paths").properties()) {
			for (Map.Entry<String, JsonNode> operation : path.getValue().properties()) {
				Operation op = new Operation(operation.getKey().toUpperCase(), path.getKey(), operation.getValue(), api);
				for (Call call : op.calls(values)) {
					requests++;
					HttpResponse<String> answer = send(op.method, call.uri, call.body, call.contentType);
					if (answer.statusCode() >= 500) {
						failures.add(answer.statusCode() + " " + op.method + " " + abbreviate(call.uri) + " "
								+ abbreviate(call.body == null ? "" : call.body));
					}
				}
			}
		}
		assertThat(requests).isGreaterThan(2000);
		assertThat(failures).as("hostile requests answered 5xx").isEmpty();
		assertThat(rowCounts()).as("rows after the hostile requests").isEqualTo(before);
	}

	@Test
	void theExcelImportersRefuseBrokenWorkbooksAndZipBombsWith400() throws Exception {
		byte[] oneCell = workbook("", "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>x</t></is></c></row>", 0);
		Map<String, byte[]> files = new LinkedHashMap<>();
		files.put("random bytes", randomBytes(new Random(1)).getBytes(StandardCharsets.ISO_8859_1));
		files.put("empty", new byte[0]);
		files.put("truncated", java.util.Arrays.copyOf(oneCell, oneCell.length / 2));
		files.put("not XML inside", workbook("", "garbage<<<", 0));
		files.put("an old .xls header", new byte[] { (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A,
				(byte) 0xE1, 0, 0, 0, 0 });
		files.put("an external entity", workbook("<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>",
				"<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>&e;</t></is></c></row>", 0));
		files.put("a zip bomb (100 MB in one cell)", workbook("", "", 100_000_000));
		Map<String, Long> before = rowCounts();
		List<String> wrong = new ArrayList<>();
		for (String importer : List.of("/api/v1/procedures/import?effectiveFrom=2026-12-01",
				"/api/v1/par/sets/import?year=2027&issuerUnit=19&units=05611,05641&name=B%E1%BB%99",
				"/api/v1/plans/import?year=2027&title=K%E1%BA%BF%20ho%E1%BA%A1ch")) {
			for (Map.Entry<String, byte[]> file : files.entrySet()) {
				int status = Http.basic(this.port, "admin", MotCuaTest.PASSWORD).postFile(importer, "tep.xlsx", file.getValue())
					.status();
				if (status != 400) {
					wrong.add(importer + " ← " + file.getKey() + ": " + status);
				}
			}
		}
		assertThat(wrong).isEmpty();
		assertThat(rowCounts()).isEqualTo(before);
	}

	/** One operation of the OpenAPI document and the hostile calls made of it. */
	private record Operation(String method, String path, JsonNode spec, JsonNode api) {

		List<Call> calls(List<String> values) {
			List<Call> calls = new ArrayList<>();
			String emptyBody = this.method.equals("GET") || this.method.equals("DELETE") ? null : "{}";
			List<JsonNode> parameters = new ArrayList<>();
			this.spec.path("parameters").forEach(parameters::add);
			boolean hasPathVariable = parameters.stream().anyMatch(p -> p.path("in").asString().equals("path"));
			for (String value : values) {
				if (hasPathVariable && !value.isEmpty()) {
					calls.add(new Call(fill(parameters, value), emptyBody, "application/json"));
				}
				for (JsonNode parameter : parameters) {
					if (parameter.path("in").asString().equals("query")) {
						calls.add(new Call(fill(parameters, null) + "?" + parameter.path("name").asString() + "=" + value,
								emptyBody, "application/json"));
					}
				}
			}
			JsonNode content = this.spec.path("requestBody").path("content");
			if (content.has("application/json")) {
				for (String body : bodies(content.path("application/json").path("schema"))) {
					calls.add(new Call(fill(parameters, null), body, "application/json"));
				}
			}
			if (content.has("multipart/form-data")) {
				calls.add(new Call(fill(parameters, null), "garbage", "multipart/form-data; boundary=x"));
				calls.add(new Call(fill(parameters, null), "--x\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.xlsx\""
						+ "\r\n\r\nPK\u0003\u0004broken\r\n--x--\r\n", "multipart/form-data; boundary=x"));
			}
			return calls;
		}

		private String fill(List<JsonNode> parameters, String value) {
			String uri = this.path;
			for (JsonNode parameter : parameters) {
				if (parameter.path("in").asString().equals("path")) {
					String type = parameter.path("schema").path("type").asString();
					String sample = type.equals("integer") || type.equals("number") ? "1" : "x";
					uri = uri.replace("{" + parameter.path("name").asString() + "}", value == null ? sample : value);
				}
			}
			return uri;
		}

		private List<String> bodies(JsonNode schema) {
			JsonNode resolved = schema.has("$ref")
					? this.api.path("components").path("schemas").path(schema.path("$ref").asString().replaceFirst(".*/", ""))
					: schema;
			List<String> names = new ArrayList<>(resolved.path("properties").propertyNames());
			if (names.isEmpty()) {
				names.add("x");
			}
			List<String> bodies = new ArrayList<>(List.of("", "{", "[]", "null", "\"x\"", "[".repeat(5000) + "]".repeat(5000),
					"{\"a\":".repeat(3000) + "1" + "}".repeat(3000), "{\"" + names.get(0) + "\":\"" + "x".repeat(2_000_000) + "\"}"));
			for (String value : FIELD_VALUES) {
				bodies.add(names.stream()
					.map(name -> "\"" + name + "\":" + value)
					.collect(java.util.stream.Collectors.joining(",", "{", "}")));
			}
			return bodies;
		}

	}

	private record Call(String uri, String body, String contentType) {
	}

	private HttpResponse<String> send(String method, String uri, String body, String contentType)
			throws IOException, InterruptedException {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + uri))
			.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
			.header("Authorization", this.admin)
			// a client of its own (behind the trusted local proxy): its failed lookups spend no other test's budget
			.header("X-Forwarded-For", "198.51.100.17")
			.header("Accept", "application/json");
		if (contentType != null) {
			request.header("Content-Type", contentType);
		}
		return this.client.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	private Map<String, Long> rowCounts() {
		Map<String, Long> counts = new LinkedHashMap<>();
		for (String table : this.jdbc.sql("""
				select table_name from information_schema.tables
				where table_schema = current_schema() and table_type = 'BASE TABLE' order by table_name""")
			.query(String.class)
			.list()) {
			if (LOGS.stream().noneMatch(table::startsWith)) {
				counts.put(table, this.jdbc.sql("select count(*) from " + table).query(Long.class).single());
			}
		}
		return counts;
	}

	/** Random bytes, percent-encoded for a URL (or read as ISO-8859-1 for a file). */
	private static String randomBytes(Random random) {
		StringBuilder value = new StringBuilder();
		for (int i = 0; i < 1 + random.nextInt(64); i++) {
			value.append('%').append(String.format("%02X", random.nextInt(256)));
		}
		return value.toString();
	}

	/**
	 * A minimal .xlsx whose sheet has {@code doctype} and holds {@code rows}, and then one cell of
	 * {@code bombSize} letters (about 1,000 to 1 compressed) when that is not 0.
	 */
	private static byte[] workbook(String doctype, String rows, int bombSize) throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
			entry(zip, "[Content_Types].xml", """
					<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
					<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>\
					<Default Extension="xml" ContentType="application/xml"/>\
					<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>\
					<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>\
					</Types>""");
			entry(zip, "_rels/.rels", """
					<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
					<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" \
					Target="xl/workbook.xml"/></Relationships>""");
			entry(zip, "xl/workbook.xml", """
					<?xml version="1.0"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" \
					xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>\
					<sheet name="A" sheetId="1" r:id="rId1"/></sheets></workbook>""");
			entry(zip, "xl/_rels/workbook.xml.rels", """
					<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
					<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" \
					Target="worksheets/sheet1.xml"/></Relationships>""");
			zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
			zip.write(("<?xml version=\"1.0\"?>" + doctype
					+ "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>" + rows)
				.getBytes(StandardCharsets.UTF_8));
			if (bombSize > 0) {
				zip.write("<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>".getBytes(StandardCharsets.UTF_8));
				byte[] letters = "A".repeat(1_000_000).getBytes(StandardCharsets.US_ASCII);
				for (int written = 0; written < bombSize; written += letters.length) {
					zip.write(letters);
				}
				zip.write("</t></is></c></row>".getBytes(StandardCharsets.UTF_8));
			}
			zip.write("</sheetData></worksheet>".getBytes(StandardCharsets.UTF_8));
			zip.closeEntry();
		}
		return bytes.toByteArray();
	}

	private static void entry(ZipOutputStream zip, String name, String text) throws IOException {
		zip.putNextEntry(new ZipEntry(name));
		zip.write(text.getBytes(StandardCharsets.UTF_8));
		zip.closeEntry();
	}

	private static String abbreviate(String text) {
		return text.length() > 160 ? text.substring(0, 160) + "…" : text;
	}

}
