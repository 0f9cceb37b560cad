package vn.motcua.notification.sms;

import java.time.Duration;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.client.RestClient;

/** The SMS gateway: over HTTP when {@code motcua.sms.url} is set, otherwise to the log. */
@Configuration(proxyBeanMethods = false)
class SmsConfig {

	@Bean
	SmsGateway smsGateway(@Value("${motcua.sms.url:}") String url, @Value("${motcua.sms.key:}") String key,
			@Value("${motcua.sms.connect-timeout:5s}") Duration connectTimeout,
			@Value("${motcua.sms.read-timeout:10s}") Duration readTimeout) {
		return url.isBlank() ? new LogSmsGateway()
				: new HttpSmsGateway(RestClient.builder(), url, key, connectTimeout, readTimeout);
	}

}
