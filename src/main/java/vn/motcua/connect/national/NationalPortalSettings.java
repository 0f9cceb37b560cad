package vn.motcua.connect.national;

import java.net.URI;
import java.time.Duration;

import org.jspecify.annotations.Nullable;
import vn.motcua.connect.standin.Secured;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The National Public Service Portal connection ({@code motcua.national.*}); off by default.
 *
 * @param url the portal's synchronisation endpoint base ({@code POST {url}/dossiers/status}); HTTPS,
 * as the key travels with every message (plain HTTP only to this machine).
 * @param key the secret the province was given: sent as a bearer token and used to sign each body
 * (HMAC-SHA256, header {@code X-Signature}).
 * @param sendEvery how often the job sends what is waiting.
 * @param standIn run the stand-in portal inside the application and send to it (the demo; never in
 * production).
 */
@ConfigurationProperties("motcua.national")
record NationalPortalSettings(boolean enabled, @Nullable URI url, @Nullable String key,
		@DefaultValue("10s") Duration sendEvery, boolean standIn) {

	NationalPortalSettings {
		Secured.requireHttps("motcua.national.url", url);
	}

}
