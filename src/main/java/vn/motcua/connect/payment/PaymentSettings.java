package vn.motcua.connect.payment;

import java.net.URI;

import org.jspecify.annotations.Nullable;
import vn.motcua.connect.standin.Secured;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The national payment platform connection ({@code motcua.payment.*}); off by default.
 *
 * @param url the platform's payment page, where the citizen is sent ({@code {url}/pay?…}); HTTPS
 * (plain HTTP only to this machine).
 * @param merchant the province's merchant code at the platform.
 * @param key the shared secret: MotCua signs the redirect with it and the platform its callbacks
 * (HMAC-SHA256, {@code X-Signature}).
 * @param standIn run the stand-in platform inside the application and send citizens to it (the demo;
 * never in production).
 */
@ConfigurationProperties("motcua.payment")
record PaymentSettings(boolean enabled, @Nullable URI url, @Nullable String merchant, @Nullable String key,
		boolean standIn) {

	PaymentSettings {
		Secured.requireHttps("motcua.payment.url", url);
	}

	String secret() {
		return this.key == null ? "" : this.key;
	}

}
