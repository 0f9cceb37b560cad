package vn.motcua.notification.sms;

import java.time.Duration;
import java.util.Map;

import org.springframework.http.MediaType;
import org.springframework.http.client.SimpleClientHttpRequestFactory;
import org.springframework.web.client.RestClient;

/**
 * An SMS provider reached over HTTP: {@code POST motcua.sms.url} with a JSON body
 * {@code {"to": "...", "text": "..."}} and the key in the {@code Authorization: Bearer} header;
 * any 2xx answer counts as accepted. Brandname providers in Viet Nam offer this shape or accept
 * it through a small adapter. A gateway that does not connect or answer in time fails the attempt
 * (the delivery is retried), so a hung gateway holds no thread for long.
 */
class HttpSmsGateway implements SmsGateway {

	private final RestClient http;

	HttpSmsGateway(RestClient.Builder builder, String url, String key, Duration connectTimeout, Duration readTimeout) {
		var timeouts = new SimpleClientHttpRequestFactory();
		timeouts.setConnectTimeout(connectTimeout);
		timeouts.setReadTimeout(readTimeout);
		this.http = builder.baseUrl(url)
			.requestFactory(timeouts)
			.defaultHeader("Authorization", "Bearer " + key)
			.build();
	}

	@Override
	public void send(String phone, String text) {
		this.http.post().contentType(MediaType.APPLICATION_JSON).body(Map.of("to", phone, "text", text)).retrieve().toBodilessEntity();
	}

}
