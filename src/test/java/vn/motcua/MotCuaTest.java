package vn.motcua;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * The one application context of the test suite: the whole application on a throw-away embedded
 * PostgreSQL with the demo district, over real HTTP on a random port, with the clock frozen at
 * {@link #NOW}. Every Spring test uses exactly this annotation, so the context (and the database)
 * is started once per test JVM.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "motcua.embedded-db.data-dir=", "motcua.demo.password=" + MotCuaTest.PASSWORD,
				"motcua.clock.fixed=" + MotCuaTest.NOW, "motcua.security.lockout.max-attempts=3",
				// the suite registers and sends feedback from one address all day long (a fixed clock)
				"motcua.citizens.registrations-per-client=30", "motcua.feedback.per-client=30",
				"motcua.rules.clock-stop.decree-118-2025=PAUSE", "motcua.demo.dossiers=0", "motcua.files.dir=", "motcua.signing.dir=", "motcua.backup.dir=", "motcua.exports.max-pdf-rows=20", "motcua.exports.max-rows=40",
				// every test sees the board as it is now (a minute's cache in production)
				"motcua.board.cache=0s", "motcua.files.max-size=1MB",
				// online payment through the stand-in platform (the national portal is tested on its own)
				"motcua.payment.enabled=true", "motcua.payment.stand-in=true", "motcua.payment.merchant=UBND-TN",
				"motcua.payment.key=khoa-thanh-toan-thu-nghiem",
				// an OpenID Connect provider that is never called: the tests check the redirect to it
				"spring.security.oauth2.client.registration.vneid.client-id=motcua-test",
				"spring.security.oauth2.client.registration.vneid.client-secret=bi-mat",
				"spring.security.oauth2.client.registration.vneid.client-name=VNeID (thử nghiệm)",
				"spring.security.oauth2.client.registration.vneid.authorization-grant-type=authorization_code",
				"spring.security.oauth2.client.registration.vneid.redirect-uri={baseUrl}/cong-dan/oauth2/code/{registrationId}",
				"spring.security.oauth2.client.registration.vneid.scope=openid,profile,email,phone",
				"spring.security.oauth2.client.provider.vneid.authorization-uri=https://sso.example.invalid/authorize",
				"spring.security.oauth2.client.provider.vneid.token-uri=https://sso.example.invalid/token",
				"spring.security.oauth2.client.provider.vneid.jwk-set-uri=https://sso.example.invalid/jwks",
				"spring.security.oauth2.client.provider.vneid.user-name-attribute=sub" })
@ActiveProfiles("demo")
@Import({ TestClock.Config.class, TestMail.Config.class })
@ExtendWith(TestClock.ResetAfterEach.class)
public @interface MotCuaTest {

	/** The demo accounts' password in tests (acceptance checks set their own). */
	String PASSWORD = "Kiem-tra-2026";

	/** The frozen clock of the tests. */
	String NOW = "2026-11-28T09:00:00+07:00";

}
