package vn.motcua.citizen;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import vn.motcua.Http;
import vn.motcua.MotCuaTest;
import vn.motcua.TestClock;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.motcua.MotCuaTest.PASSWORD;

/**
 * «Kho dữ liệu của tôi»: what the desk received from a citizen's online dossier and its signed result
 * are kept in the account's store; a second submission, of another procedure asking for the same
 * identity paper, takes it from the store without an upload, and the desk sees where it came from.
 */
@MotCuaTest
class CitizenDataStoreIntegrationTests {

	private static final String BIRTH_REGISTRATION = "1.001193";

	private static final String MARRIAGE_REGISTRATION = "1.000894";

	private static final String IDENTITY_PAPER = "Xuất trình: Giấy tờ tùy thân";

	@LocalServerPort
	int port;

	@Autowired
	TestClock clock;

	@Autowired
	JdbcClient jdbc;

	private CitizenFixtures fixtures() {
		return new CitizenFixtures(this.port);
	}

	private void resolve(String code) {
		for (int i = 0; i < 8; i++) {
			String by = i % 2 == 0 ? "xa.phuluong" : "chutich.phuluong";
			if (Http.basic(this.port, "xa.phuluong", PASSWORD)
				.postJson("/api/v1/dossiers/" + code + "/transitions", "{\"action\":\"RESOLVE\"}")
				.status() == 200) {
				return;
			}
			Http.basic(this.port, by, PASSWORD).postJson("/api/v1/dossiers/" + code + "/transitions",
					"{\"action\":\"COMPLETE_STEP\"}");
		}
		throw new AssertionError("not resolved: " + code);
	}

	@Test
	void aSecondSubmissionTakesTheIdentityPaperFromTheStoreAndTheDeskSeesIt() throws InterruptedException {
		this.clock.set("2026-11-30T08:00:00+07:00");
		Http citizen = fixtures().login();
		String first = fixtures().sendAndReceive(citizen, fixtures().start(citizen, BIRTH_REGISTRATION), List.of());
		resolve(first);

		// the received components and, once signed, the result are in the store
		String store = citizen.get("/cong-dan/kho-du-lieu").text();
		assertThat(store).contains("Kho dữ liệu của tôi", IDENTITY_PAPER, first, "Bản số hóa", "Không thời hạn");
		for (int i = 0; i < 100 && !citizen.get("/cong-dan/kho-du-lieu").text().contains("Kết quả điện tử (ký số)"); i++) {
			Thread.sleep(100); // signed after the resolution commits
		}
		assertThat(citizen.get("/cong-dan/kho-du-lieu").text()).contains("Kết quả điện tử (ký số)");
		assertThat(this.jdbc.sql("select count(*) from citizen_document where dossier_code = ? and kind = 'RESULT'")
			.param(first).query(Integer.class).single()).isEqualTo(1);

		// the marriage registration asks for the same identity paper: offered first, as of the same kind
		String draft = fixtures().start(citizen, MARRIAGE_REGISTRATION);
		Matcher offer = Pattern.compile("id=\"stored-(\\d+)\"[^>]*>\\s*<option value=\"([0-9a-f-]{36})\">([^<]*)</option>")
			.matcher(citizen.get(draft + "?buoc=3").body());
		assertThat(offer.find()).isTrue();
		while (!offer.group(3).contains("cùng loại") && offer.find()) {
			// the identity paper's select
		}
		assertThat(offer.group(3)).startsWith(IDENTITY_PAPER).endsWith(" (cùng loại)");
		int position = Integer.parseInt(offer.group(1));
		String stored = offer.group(2);
		Http.Response reused = citizen.submitForm(draft + "?buoc=3", draft + "/giay-to/tu-kho",
				Map.of("document", String.valueOf(position), "stored", stored));
		assertThat(reused.status()).isEqualTo(302);
		assertThat(citizen.get(draft + "?buoc=3").text()).contains("từ kho dữ liệu");
		citizen.submitForm(draft + "?buoc=3", draft + "/giay-to/tu-kho",
				Map.of("document", String.valueOf(position), "stored", stored));
		assertThat(citizen.get(draft + "?buoc=3").text()).contains("Giấy tờ này đã được chọn cho hồ sơ đang soạn.");

		// removed from the draft and taken again: the stored bytes stay
		UUID file = this.jdbc.sql("select id from dossier_submission_file where stored_document = ? and submission_id = ?")
			.params(UUID.fromString(stored), UUID.fromString(draft.substring(draft.lastIndexOf('/') + 1)))
			.query(UUID.class).single();
		citizen.submitForm(draft + "?buoc=3", draft + "/giay-to/" + file + "/xoa", Map.of());
		assertThat(citizen.getBytes("/cong-dan/kho-du-lieu/" + stored).status()).isEqualTo(200);
		citizen.submitForm(draft + "?buoc=3", draft + "/giay-to/tu-kho",
				Map.of("document", String.valueOf(position), "stored", stored));

		String second = fixtures().sendAndReceive(citizen, draft, List.of(position));
		Http desk = Http.basic(this.port, "xa.phuluong", PASSWORD);
		List<Boolean> fromStore = desk.get("/api/v1/dossiers/" + second + "/components")
			.json("$.components[?(@.position == " + position + ")].files[*].fromStore");
		assertThat(fromStore).containsExactly(true);
		assertThat(Http.session(this.port, "xa.phuluong", PASSWORD).get("/quan-tri/ho-so/" + second).text())
			.contains("từ kho dữ liệu");
		// what came from the store is not kept a second time
		assertThat(this.jdbc.sql("select count(*) from citizen_document where dossier_code = ? and document_name like ?")
			.params(second, IDENTITY_PAPER + "%").query(Integer.class).single()).isZero();
	}

	@Test
	void anExpiredOrForeignDocumentIsNotTakenAndTheDraftKeepsWhatItHad() {
		this.clock.set("2026-11-30T09:00:00+07:00");
		Http citizen = fixtures().login();
		String first = fixtures().sendAndReceive(citizen, fixtures().start(citizen, BIRTH_REGISTRATION), List.of());
		UUID stored = this.jdbc.sql("select id from citizen_document where dossier_code = ? order by document_name limit 1")
			.param(first).query(UUID.class).single();

		Http.Response dated = citizen.submitForm("/cong-dan/kho-du-lieu", "/cong-dan/kho-du-lieu/" + stored + "/hieu-luc",
				Map.of("validUntil", "2026-11-29"));
		assertThat(citizen.get(URI.create(dated.location()).getRawPath()).text()).contains("Đã lưu thời hạn hiệu lực",
				"2026-11-29");
		String draft = fixtures().start(citizen, MARRIAGE_REGISTRATION);
		assertThat(citizen.get(draft + "?buoc=3").body()).doesNotContain(stored.toString());
		Http.Response refused = citizen.submitForm(draft + "?buoc=3", draft + "/giay-to/tu-kho",
				Map.of("document", "1", "stored", stored.toString()));
		assertThat(citizen.get(URI.create(refused.location()).getRawPath() + "?buoc=3").text())
			.contains("Không tìm thấy giấy tờ này trong kho dữ liệu");
		Http.Response none = citizen.submitForm(draft + "?buoc=3", draft + "/giay-to/tu-kho",
				Map.of("document", "1", "stored", ""));
		assertThat(citizen.get(URI.create(none.location()).getRawPath() + "?buoc=3").text())
			.contains("Chọn một giấy tờ trong kho dữ liệu");
		// another account's document is not found either
		UUID foreign = UUID.randomUUID();
		this.jdbc.sql("""
				insert into citizen_document (id, citizen_id, document_name, kind, attachment_id, dossier_code, stored_at)
				select ?, gen_random_uuid(), document_name, kind, attachment_id, dossier_code, stored_at
				  from citizen_document where id = ?""").params(foreign, stored).update();
		for (UUID other : List.of(foreign, UUID.randomUUID())) {
			assertThat(citizen.submitForm(draft + "?buoc=3", draft + "/giay-to/tu-kho",
					Map.of("document", "1", "stored", other.toString())).status()).isEqualTo(302);
			assertThat(citizen.getBytes("/cong-dan/kho-du-lieu/" + other).status()).isEqualTo(404);
		}
		assertThat(this.jdbc.sql("select count(*) from dossier_submission_file where submission_id = ?")
			.param(UUID.fromString(draft.substring(draft.lastIndexOf('/') + 1))).query(Integer.class).single()).isZero();
	}

}
