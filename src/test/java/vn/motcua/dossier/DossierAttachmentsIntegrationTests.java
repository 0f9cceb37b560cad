package vn.motcua.dossier;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;

import org.junit.jupiter.api.Test;
import vn.motcua.Http;
import vn.motcua.MotCuaTest;
import vn.motcua.TestClock;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.motcua.MotCuaTest.PASSWORD;

/** Scans and results: checked by type and size, checksummed, never served outside the scope. */
@MotCuaTest
class DossierAttachmentsIntegrationTests {

	private static final byte[] PDF = "%PDF-1.4\n% bản quét giấy tờ\n%%EOF\n".getBytes(StandardCharsets.UTF_8);

	@LocalServerPort
	int port;

	@Autowired
	TestClock clock;


	private Http officer() {
		return Http.basic(this.port, "xa.phuluong", PASSWORD);
	}

	private String dossier() {
		this.clock.set("2025-11-10T09:00:00+07:00");
		return officer()
			.postJson("/api/v1/dossiers", DossierFixtures.intake(DossierFixtures.CERTIFIED_TRANSACTION,
					DossierFixtures.XA_PHU_LUONG, "DIRECT"))
			.json("$.code");
	}

	@Test
	void aScanIsStoredWithItsChecksumAndServedBackToTheScopeOnly() throws Exception {
		String code = dossier();

		Http.Response uploaded = officer().postFile("/api/v1/dossiers/" + code + "/attachments", "giấy tờ nhà đất.pdf", PDF);

		assertThat(uploaded.status()).as(uploaded.body()).isEqualTo(201);
		assertThat(uploaded.<String>json("$.sha256"))
			.isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(PDF)));
		assertThat(uploaded.<String>json("$.fileName")).isEqualTo("giấy tờ nhà đất.pdf");
		String id = uploaded.json("$.id");
		Http.Bytes download = officer().getBytes("/api/v1/dossiers/" + code + "/attachments/" + id);
		assertThat(download.body()).isEqualTo(PDF);
		assertThat(download.contentType()).isEqualTo("application/pdf");
		assertThat(Http.basic(this.port, "xa.yenlac", PASSWORD).getBytes("/api/v1/dossiers/" + code + "/attachments/" + id)
			.status()).isEqualTo(404);
		String other = dossier();
		assertThat(officer().getBytes("/api/v1/dossiers/" + other + "/attachments/" + id).status())
			.as("another dossier's file").isEqualTo(404);
	}

	@Test
	void aFileThatIsNotWhatItClaimsOrTooLargeIsRefused() {
		String code = dossier();

		Http.Response disguised = officer().postFile("/api/v1/dossiers/" + code + "/attachments", "hợp đồng.pdf",
				"MZ this is an executable".getBytes(StandardCharsets.UTF_8));
		assertThat(disguised.status()).isEqualTo(400);
		assertThat(disguised.<String>json("$.code")).isEqualTo("attachment-type");

		Http.Response script = officer().postFile("/api/v1/dossiers/" + code + "/attachments", "run.sh", PDF);
		assertThat(script.<String>json("$.code")).isEqualTo("attachment-type");

		byte[] big = new byte[1_200_000];
		System.arraycopy(PDF, 0, big, 0, PDF.length);
		Http.Response large = officer().postFile("/api/v1/dossiers/" + code + "/attachments", "scan.pdf", big);
		assertThat(large.<String>json("$.code")).isEqualTo("attachment-too-large");
		assertThat(officer().get("/api/v1/dossiers/" + code + "/attachments").<List<?>>json("$")).isEmpty();
	}

	@Test
	void anOfficerUploadsAScanOnTheDossierPage() {
		String code = dossier();
		Http browser = Http.session(this.port, "xa.phuluong", PASSWORD);
		String page = "/quan-tri/ho-so/" + code;

		Http.Response uploaded = browser.submitFile(page, page + "/tep", "bản quét.pdf", PDF);

		assertThat(uploaded.status()).isEqualTo(302);
		assertThat(browser.get(page).text()).contains("Đã tải lên «bản quét.pdf».", "bản quét.pdf");
	}

}
