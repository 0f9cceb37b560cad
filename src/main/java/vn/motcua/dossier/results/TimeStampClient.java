package vn.motcua.dossier.results;

import java.io.IOException;
import java.math.BigInteger;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.SecureRandom;
import java.time.Duration;

import org.bouncycastle.tsp.TSPAlgorithms;
import org.bouncycastle.tsp.TSPException;
import org.bouncycastle.tsp.TimeStampRequest;
import org.bouncycastle.tsp.TimeStampRequestGenerator;
import org.bouncycastle.tsp.TimeStampResponse;
import org.bouncycastle.tsp.TimeStampToken;

/** An RFC 3161 time-stamp authority over HTTP ({@code application/timestamp-query}), its answer checked against the request. */
final class TimeStampClient {

	private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	private static final SecureRandom NONCES = new SecureRandom();

	private TimeStampClient() {
	}

	/** Asks the authority at {@code tsa} to stamp {@code signature}. @return the token, DER. */
	static byte[] token(URI tsa, byte[] signature) throws IOException {
		TimeStampRequestGenerator requests = new TimeStampRequestGenerator();
		requests.setCertReq(true);
		TimeStampRequest request = requests.generate(TSPAlgorithms.SHA256, TimeStamps.sha256(signature),
				new BigInteger(64, NONCES));
		try {
			HttpResponse<byte[]> answer = HTTP.send(HttpRequest.newBuilder(tsa)
				.timeout(Duration.ofSeconds(15))
				.header("Content-Type", "application/timestamp-query")
				.POST(HttpRequest.BodyPublishers.ofByteArray(request.getEncoded()))
				.build(), HttpResponse.BodyHandlers.ofByteArray());
			if (answer.statusCode() != 200) {
				throw new IOException("Time-stamp authority answered HTTP " + answer.statusCode());
			}
			TimeStampResponse response = new TimeStampResponse(answer.body());
			response.validate(request);
			TimeStampToken token = response.getTimeStampToken();
			if (token == null) {
				throw new IOException("Time-stamp authority refused: " + response.getStatusString());
			}
			return token.getEncoded();
		}
		catch (TSPException ex) {
			throw new IOException("Time-stamp authority's answer is not valid: " + ex.getMessage(), ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IOException("Interrupted while time-stamping", ex);
		}
	}

}
