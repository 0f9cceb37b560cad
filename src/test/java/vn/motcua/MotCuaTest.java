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
				"motcua.rules.clock-stop.decree-118-2025=PAUSE", "motcua.demo.dossiers=0", "motcua.files.dir=", "motcua.files.max-size=1MB" })
@ActiveProfiles("demo")
@Import({ TestClock.Config.class, TestMail.Config.class })
@ExtendWith(TestClock.ResetAfterEach.class)
public @interface MotCuaTest {

	/** The demo accounts' password in tests (acceptance checks set their own). */
	String PASSWORD = "Kiem-tra-2026";

	/** The frozen clock of the tests. */
	String NOW = "2026-11-28T09:00:00+07:00";

}
