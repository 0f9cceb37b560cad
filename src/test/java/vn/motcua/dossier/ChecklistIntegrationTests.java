package vn.motcua.dossier;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import vn.motcua.Http;
import vn.motcua.MotCuaTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.motcua.MotCuaTest.PASSWORD;
import static vn.motcua.dossier.DossierFixtures.CERTIFIED_TRANSACTION;
import static vn.motcua.dossier.DossierFixtures.XA_PHU_LUONG;
import static vn.motcua.dossier.DossierFixtures.intake;

/**
 * The digitisation checklist at the counter: each required document of the procedure scanned as its
 * own component or marked with the reason it is not; the dossier counts as digitised (Decision 766)
 * only when every component is scanned or its data already held.
 */
@MotCuaTest
class ChecklistIntegrationTests {

	private static final byte[] SCAN = "%PDF-1.4 bản quét\n%%EOF\n".getBytes();

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	private boolean digitisedInFacts(String code) {
		return this.jdbc.sql("select digitised from dossier_fact where code = ?").param(code).query(Boolean.class).single();
	}

	private long marks() {
		return this.jdbc.sql("select count(*) from dossier_component_mark").query(Long.class).single();
	}

	@Test
	void oneComponentOnlyShownKeepsTheDossierFromTheDigitisedCount() {
		Http desk = Http.basic(this.port, "xa.phuluong", PASSWORD);
		String code = desk.postJson("/api/v1/dossiers", intake(CERTIFIED_TRANSACTION, XA_PHU_LUONG, "DIRECT")).json("$.code");
		String components = "/api/v1/dossiers/" + code + "/components";
		Http.Response checklist = desk.get(components);
		assertThat(checklist.status()).isEqualTo(200);
		List<Integer> positions = checklist.json("$.components[*].position");
		assertThat(positions).hasSizeGreaterThanOrEqualTo(2);
		assertThat(checklist.<List<String>>json("$.components[*].state")).containsOnly("MISSING");
		assertThat(checklist.<Boolean>json("$.digitised")).isFalse();
		assertThat(this.jdbc.sql("select required_components from dossier where code = ?").param(code).query(Integer.class)
			.single()).isEqualTo(positions.size());

		// every component scanned but the last, which is only shown
		for (int p : positions.subList(0, positions.size() - 1)) {
			assertThat(desk.postFile(components + "/" + p + "/scans", "thanh-phan-" + p + ".pdf", SCAN).status()).isEqualTo(201);
		}
		int last = positions.get(positions.size() - 1);
		Http.Response shown = desk.putJson(components + "/" + last + "/reason", "{\"reason\":\"ORIGINAL_SHOWN\"}");
		assertThat(shown.status()).isEqualTo(200);
		assertThat(shown.<String>json("$.components[-1].state")).isEqualTo("NOT_DIGITISED");
		assertThat(shown.<String>json("$.components[-1].reason")).isEqualTo("ORIGINAL_SHOWN");
		assertThat(shown.<List<String>>json("$.components[0].files[*].fileName")).containsExactly("thanh-phan-1.pdf");
		assertThat(shown.<Boolean>json("$.digitised")).isFalse();
		assertThat(digitisedInFacts(code)).isFalse();

		// its data is already held electronically: now the dossier counts
		assertThat(desk.putJson(components + "/" + last + "/reason", "{\"reason\":\"ELECTRONIC_HELD\"}").<Boolean>json("$.digitised"))
			.isTrue();
		assertThat(digitisedInFacts(code)).isTrue();
		// the mark withdrawn: missing again
		assertThat(desk.delete(components + "/" + last + "/reason").<String>json("$.components[-1].state")).isEqualTo("MISSING");
		assertThat(digitisedInFacts(code)).isFalse();
		// a scan replaces a mark
		desk.putJson(components + "/" + last + "/reason", "{\"reason\":\"CONFIDENTIAL\"}");
		Http.Response scanned = desk.postFile(components + "/" + last + "/scans", "cuoi.pdf", SCAN);
		assertThat(scanned.<String>json("$.components[-1].state")).isEqualTo("DIGITISED");
		assertThat(scanned.<String>json("$.components[-1].reason")).isNull();
		assertThat(digitisedInFacts(code)).isTrue();
		assertThat(this.jdbc.sql("select count(*) from dossier_attachment a join dossier d on d.id = a.dossier_id"
				+ " where d.code = ? and a.kind = 'SCAN' and a.document_name is not null").param(code).query(Long.class)
			.single()).isEqualTo(positions.size());
	}

	@Test
	void badMarksAreRefusedAndWriteNothing() {
		Http desk = Http.basic(this.port, "xa.phuluong", PASSWORD);
		String code = desk.postJson("/api/v1/dossiers", intake(CERTIFIED_TRANSACTION, XA_PHU_LUONG, "DIRECT")).json("$.code");
		String components = "/api/v1/dossiers/" + code + "/components";
		desk.postFile(components + "/1/scans", "to-khai.pdf", SCAN);
		long before = marks();

		Http.Response scannedAlready = desk.putJson(components + "/1/reason", "{\"reason\":\"ORIGINAL_SHOWN\"}");
		assertThat(scannedAlready.status()).isEqualTo(409);
		assertThat(scannedAlready.<String>json("$.code")).isEqualTo("component-scanned");
		Http.Response noSuch = desk.putJson(components + "/99/reason", "{\"reason\":\"ORIGINAL_SHOWN\"}");
		assertThat(noSuch.status()).isEqualTo(404);
		assertThat(noSuch.<String>json("$.code")).isEqualTo("component-not-found");
		assertThat(desk.postFile(components + "/99/scans", "x.pdf", SCAN).status()).isEqualTo(404);
		assertThat(desk.putJson(components + "/2/reason", "{\"reason\":\"LOST\"}").status()).isEqualTo(400);
		assertThat(desk.postFile(components + "/2/scans", "virus.exe", "MZ".getBytes()).<String>json("$.code"))
			.isEqualTo("attachment-type");
		// another commune's desk does not see the dossier
		Http other = Http.basic(this.port, "xa.votranh", PASSWORD);
		assertThat(other.get(components).status()).isEqualTo(404);
		assertThat(other.putJson(components + "/2/reason", "{\"reason\":\"ORIGINAL_SHOWN\"}").status()).isEqualTo(404);
		assertThat(marks()).isEqualTo(before);
		assertThat(desk.get(components).<Integer>json("$.components[1].files.length()")).isZero();
	}

	@Test
	void aDossierReceivedBeforeTheChecklistIsJudgedAsTheStatisticsJudgeIt() {
		Http desk = Http.basic(this.port, "xa.phuluong", PASSWORD);
		String code = desk.postJson("/api/v1/dossiers", intake(CERTIFIED_TRANSACTION, XA_PHU_LUONG, "DIRECT")).json("$.code");
		this.jdbc.sql("update dossier set required_components = null where code = ?").param(code).update();
		desk.postFile("/api/v1/dossiers/" + code + "/components/1/scans", "to-khai.pdf", SCAN);
		Http.Response checklist = desk.get("/api/v1/dossiers/" + code + "/components");
		assertThat(checklist.<Boolean>json("$.digitised")).isNull();
		assertThat(digitisedInFacts(code)).isTrue(); // «has a file»
		assertThat(Http.session(this.port, "xa.phuluong", PASSWORD).html("/quan-tri/ho-so/" + code).text())
			.contains("Hồ sơ tiếp nhận trước khi có danh mục số hóa");
	}

	@Test
	void theDossierPageShowsTheChecklistAndTakesScansAndReasons() {
		Http desk = Http.basic(this.port, "xa.phuluong", PASSWORD);
		String code = desk.postJson("/api/v1/dossiers", intake(CERTIFIED_TRANSACTION, XA_PHU_LUONG, "DIRECT")).json("$.code");
		Http page = Http.session(this.port, "xa.phuluong", PASSWORD);
		String dossierPage = "/quan-tri/ho-so/" + code;
		assertThat(page.html(dossierPage).text()).contains("Thành phần hồ sơ — số hóa", "Chưa số hóa");

		Http.Response scanned = page.submitMultipart(dossierPage, dossierPage + "/thanh-phan/1/quet", Map.of(), "file",
				"to-khai.pdf", SCAN);
		assertThat(scanned.status()).isEqualTo(302);
		Http.Response marked = page.submitForm(dossierPage, dossierPage + "/thanh-phan/2/ly-do",
				Map.of("reason", "ORIGINAL_SHOWN"));
		assertThat(marked.status()).isEqualTo(302);
		String shown = page.html(dossierPage).text();
		assertThat(shown).contains("Đã cập nhật danh mục số hóa.", "Đã số hóa", "1. to-khai.pdf",
				"Chỉ xuất trình bản chính để đối chiếu");
		// a refusal is said on the page, in Vietnamese
		page.submitForm(dossierPage, dossierPage + "/thanh-phan/1/ly-do", Map.of("reason", "CONFIDENTIAL"));
		assertThat(page.html(dossierPage).text()).contains("đã có bản quét nên đã được số hóa");
	}

}
