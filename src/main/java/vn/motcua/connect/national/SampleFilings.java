package vn.motcua.connect.national;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import vn.motcua.shared.HmacSignature;

/**
 * The stand-in portal filing a sample birth registration with MotCua, as the real portal pushes a
 * dossier filed there: for the demo, so that a dossier from the national portal can be clicked
 * through to the desk's queue.
 */
final class SampleFilings {

	private static final String PROCEDURE = "1.001193";

	private static final Pattern POSITION = Pattern.compile("\"position\":(\\d+)");

	private static final AtomicInteger NUMBERS = new AtomicInteger();

	private static final HttpClient HTTP = HttpClient.newHttpClient();

	private SampleFilings() {
	}

	/**
	 * Files a sample at the one-stop desk {@code deskCode} of the MotCua at {@code motcua}, a file for
	 * each document the procedure requires there. @return the portal's code of the filing.
	 */
	static String file(URI motcua, String deskCode, String key, String day) throws IOException, InterruptedException {
		String procedure = HTTP.send(HttpRequest.newBuilder(motcua.resolve("api/v1/public/procedures/" + PROCEDURE)).build(),
				HttpResponse.BodyHandlers.ofString()).body();
		String documents = POSITION.matcher(procedure.substring(Math.max(0, procedure.indexOf("\"documents\""))))
			.results()
			.map(m -> "{\"position\":%s,\"fileName\":\"giay-to-%s.pdf\",\"contentBase64\":\"%s\"}".formatted(m.group(1),
					m.group(1), Base64.getEncoder().encodeToString(("%PDF-1.4 DVCQG " + m.group(1)).getBytes(StandardCharsets.UTF_8))))
			.distinct()
			.collect(Collectors.joining(","));
		String code = "G22.99-%s-%06d".formatted(day, NUMBERS.incrementAndGet());
		String body = """
				{"nationalCode":"%s","procedureCode":"%s","agencyCode":"%s","fullName":"Nguyễn Thị Mô Phỏng",
				 "idNumber":"019300004321","email":"dvcqg.mo.phong@example.vn","address":"Xóm Đồng Kem",
				 "resultDelivery":"ONLINE","documents":[%s]}""".formatted(code, PROCEDURE, deskCode, documents);
		HttpResponse<String> filed = HTTP.send(HttpRequest.newBuilder(motcua.resolve("api/v1/public/national/dossiers"))
			.header("Content-Type", "application/json")
			.header("X-Signature", HmacSignature.sign(key, body))
			.POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
			.build(), HttpResponse.BodyHandlers.ofString());
		if (filed.statusCode() / 100 != 2) {
			throw new IOException("MotCua answered " + filed.statusCode() + ": " + filed.body());
		}
		return code;
	}

}
