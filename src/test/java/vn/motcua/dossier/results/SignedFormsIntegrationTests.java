package vn.motcua.dossier.results;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.motcua.Http;
import vn.motcua.MotCuaApplication;
import vn.motcua.MotCuaTest;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With {@code motcua.signing.forms}, the receipt (form 01) comes signed in the name of the desk's
 * People's Committee and verifies; the suite's other tests run with the setting off, as by default.
 */
class SignedFormsIntegrationTests {

	@TempDir
	Path dir;

	@Test
	void theReceiptIsSignedByTheDesksCommitteeWhenTheSettingIsOn() {
		try (ConfigurableApplicationContext app = SpringApplication.run(MotCuaApplication.class,
				"--spring.profiles.active=demo", "--server.port=0", "--motcua.embedded-db.data-dir=",
				"--motcua.files.dir=" + this.dir.resolve("files"), "--motcua.signing.dir=" + this.dir.resolve("signing"),
				"--motcua.signing.forms=true", "--motcua.demo.password=" + MotCuaTest.PASSWORD, "--motcua.demo.dossiers=0",
				"--motcua.clock.fixed=" + MotCuaTest.NOW, "--logging.level.root=WARN",
				"--motcua.admin.password-file=" + this.dir.resolve("admin.txt"))) {
			int port = ((WebServerApplicationContext) app).getWebServer().getPort();
			Http desk = Http.basic(port, "xa.phuluong", MotCuaTest.PASSWORD);
			String code = desk.postJson("/api/v1/dossiers", """
					{"procedureCode":"1.001193","agencyCode":"000.41.20.H55","channel":"DIRECT",
					 "applicant":{"fullName":"Người Nhận Giấy Hẹn","phone":"0912 555 666"}}""").json("$.code");
			Http.Bytes receipt = desk.getBytes("/api/v1/dossiers/" + code + "/forms/01.pdf");
			assertThat(receipt.status()).isEqualTo(200);
			Http.Response verified = Http.anonymous(port).postFile("/api/v1/public/verification", "mau-01.pdf",
					receipt.body());
			assertThat(verified.<Boolean>json("$.valid")).as(verified.body()).isTrue();
			assertThat(verified.<String>json("$.signer")).isEqualTo("UBND xã Phú Lương (DEMO)");
			assertThat(verified.<String>json("$.dossierCode")).isEqualTo(code);
		}
	}

}
