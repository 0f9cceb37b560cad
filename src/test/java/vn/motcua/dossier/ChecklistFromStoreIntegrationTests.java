package vn.motcua.dossier;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import vn.motcua.Http;
import vn.motcua.MotCuaTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.motcua.MotCuaTest.PASSWORD;
import static vn.motcua.dossier.DossierFixtures.XA_PHU_LUONG;
import static vn.motcua.dossier.DossierFixtures.intakeBy;

/**
 * A dossier received at the counter reuses what the applicant's data store holds (Decree 61/2018
 * Art. 17.1 as amended by Decree 107/2021): the store is found by the personal identification number
 * an identity provider vouched for; what the desk scans goes into it, and a later dossier of the
 * same person takes it instead of a new scan.
 */
@MotCuaTest
class ChecklistFromStoreIntegrationTests {

	private static final String BIRTH_REGISTRATION = "1.001193";

	private static final String MARRIAGE_REGISTRATION = "1.000894";

	private static final String IDENTITY_PAPER = "Xuất trình: Giấy tờ tùy thân";

	private static final byte[] SCAN = "%PDF-1.4 căn cước của người nộp\n%%EOF\n".getBytes();

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	private static String idNumber() {
		return "0193" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
	}

	/** @return the contact of a verified account whose ID number an identity provider vouched for. */
	private String vouchedAccount(String idNumber) {
		String contact = "kho." + idNumber + "." + ThreadLocalRandom.current().nextInt(1_000_000) + "@example.vn";
		this.jdbc.sql("""
				insert into identity_citizen (id, contact, contact_kind, full_name, password_hash, created_at, verified_at,
				  vouched_name, id_number, vouched_by, vouched_at)
				select ?, ?, 'EMAIL', 'Lý Thị Kho', password_hash, ?, ?, 'Lý Thị Kho', ?, 'https://dinhdanh.example.vn', ?
				  from identity_citizen where contact = 'congdan@example.vn'""")
			.params(UUID.randomUUID(), contact, Timestamp.from(Instant.now()), Timestamp.from(Instant.now()), idNumber,
					Timestamp.from(Instant.now()))
			.update();
		return contact;
	}

	private String receive(Http desk, String procedure, String idNumber) {
		Http.Response received = desk.postJson("/api/v1/dossiers",
				intakeBy(procedure, XA_PHU_LUONG, "DIRECT", "Lý Thị Kho", idNumber, "0912 555 000"));
		assertThat(received.status()).as(received.body()).isEqualTo(201);
		return received.json("$.code");
	}

	/** @return the position of the dossier's component that is the identity paper. */
	private static int identityPaper(Http desk, String code) {
		Http.Response checklist = desk.get("/api/v1/dossiers/" + code + "/components");
		List<String> names = checklist.json("$.components[*].name");
		List<Integer> positions = checklist.json("$.components[*].position");
		List<Integer> paper = positions.stream().filter(p -> names.get(positions.indexOf(p)).startsWith(IDENTITY_PAPER)).toList();
		assertThat(paper).as(names.toString()).hasSize(1);
		return paper.get(0);
	}

	/** The desk scans the dossier's identity paper. */
	private static void scanIdentityPaper(Http desk, String code) {
		Http.Response scanned = desk.postFile("/api/v1/dossiers/" + code + "/components/" + identityPaper(desk, code) + "/scans",
				"cc.pdf", SCAN);
		assertThat(scanned.status()).isEqualTo(201);
	}

	private static Http.Response take(Http desk, String code, int position, Object stored) {
		return desk.postJson("/api/v1/dossiers/" + code + "/components/" + position + "/stored",
				"{\"storedDocument\":\"" + stored + "\"}");
	}

	private long stored(String contact) {
		return this.jdbc.sql("""
				select count(*) from citizen_document c join identity_citizen i on i.id = c.citizen_id where i.contact = ?""")
			.param(contact).query(Long.class).single();
	}

	private long attachments(String... codes) {
		return this.jdbc.sql("select count(*) from dossier_attachment a join dossier d on d.id = a.dossier_id where d.code = any(?)")
			.param(codes).query(Long.class).single();
	}

	@Test
	void theDeskTakesTheIdentityPaperFromTheApplicantsStoreInsteadOfScanningItAgain() {
		String idNumber = idNumber();
		String contact = vouchedAccount(idNumber);
		Http desk = Http.basic(this.port, "xa.phuluong", PASSWORD);

		// the first dossier, at the counter: its scan goes into the applicant's store
		String first = receive(desk, BIRTH_REGISTRATION, idNumber);
		assertThat(desk.get("/api/v1/dossiers/" + first + "/components").<List<Object>>json("$.components[*].offers[*]"))
			.isEmpty();
		scanIdentityPaper(desk, first);
		assertThat(stored(contact)).isEqualTo(1);
		UUID stored = this.jdbc.sql("""
				select c.id from citizen_document c join identity_citizen i on i.id = c.citizen_id
				 where i.contact = ? and c.dossier_code = ? and c.document_name like ?""")
			.params(contact, first, IDENTITY_PAPER + "%").query(UUID.class).single();
		Http citizen = citizen(contact);
		assertThat(citizen.get("/cong-dan/kho-du-lieu").text()).contains(IDENTITY_PAPER, first);

		// the second, of another procedure asking for the same paper: offered first, as of its kind
		String second = receive(desk, MARRIAGE_REGISTRATION, idNumber);
		String components = "/api/v1/dossiers/" + second + "/components";
		int position = identityPaper(desk, second);
		Http.Response checklist = desk.get(components);
		String component = "$.components[?(@.position == " + position + ")]";
		assertThat(checklist.<List<String>>json(component + ".offers[0].document.id")).containsExactly(stored.toString());
		assertThat(checklist.<List<Boolean>>json(component + ".offers[0].sameKind")).containsExactly(true);
		assertThat(checklist.<List<Boolean>>json("$.components[?(@.position != " + position + ")].offers[0].sameKind"))
			.isNotEmpty().containsOnly(false);
		// the desk looks at it before taking it
		Http.Bytes looked = desk.getBytes("/api/v1/dossiers/" + second + "/stored-documents/" + stored);
		assertThat(looked.status()).isEqualTo(200);
		assertThat(looked.body()).isEqualTo(SCAN);

		// the paper was first marked only shown; taken from the store, it is digitised and the mark gone
		desk.putJson(components + "/" + position + "/reason", "{\"reason\":\"ORIGINAL_SHOWN\"}");
		Http.Response taken = take(desk, second, position, stored);
		assertThat(taken.status()).as(taken.body()).isEqualTo(201);
		assertThat(taken.<List<String>>json(component + ".state")).containsExactly("DIGITISED");
		assertThat(taken.<List<Object>>json(component + ".reason")).containsOnlyNulls();
		assertThat(taken.<List<Boolean>>json(component + ".files[*].fromStore")).containsExactly(true);
		assertThat(taken.<List<Object>>json(component + ".offers[*]")).isEmpty();
		assertThat(desk.getBytes("/api/v1/dossiers/" + second + "/attachments/"
				+ taken.<List<String>>json(component + ".files[0].id").get(0)).body()).isEqualTo(SCAN);
		// what came from the store is not kept a second time
		assertThat(stored(contact)).isEqualTo(1);

		// taken once: the component has its scan now
		Http.Response again = take(desk, second, position, stored);
		assertThat(again.status()).isEqualTo(409);
		assertThat(again.<String>json("$.code")).isEqualTo("component-has-scans");

		// she sees who looked at it and used it, and for which dossier; so does the audit log
		String mine = citizen.get("/cong-dan/kho-du-lieu").text();
		assertThat(mine).contains("Cán bộ đã xem, đã dùng giấy tờ của anh/chị", "Xem khi tiếp nhận hồ sơ " + second,
				"Dùng cho hồ sơ " + second, "Lường Văn Khánh — Xã Phú Lương", "nộp trực tiếp");
		assertThat(this.jdbc.sql("""
				select action from citizen_document_access where citizen_document_id = ? order by at, action desc""")
			.param(stored).query(String.class).list()).containsExactly("VIEWED", "TAKEN");
		assertThat(this.jdbc.sql("select count(*) from audit_entry where action = 'insert citizen_document_access' and subject = ?")
			.param(second).query(Long.class).single()).isEqualTo(2);
	}

	@Test
	void anotherPersonsExpiredOrUnknownDocumentIsRefusedAndNothingIsWritten() {
		Scanned applicant = firstDossierScanned();
		Http desk = applicant.desk();
		String first = applicant.dossier();
		UUID stored = this.jdbc.sql("""
				select c.id from citizen_document c join identity_citizen i on i.id = c.citizen_id where i.contact = ?""")
			.param(applicant.contact()).query(UUID.class).single();

		// a dossier of someone else: nothing offered, the document not theirs to take or to see
		String stranger = receive(desk, MARRIAGE_REGISTRATION, idNumber());
		int position = identityPaper(desk, stranger);
		String components = "/api/v1/dossiers/" + stranger + "/components";
		assertThat(desk.get(components).<List<Object>>json("$.components[*].offers[*]")).isEmpty();
		Http.Response foreign = take(desk, stranger, position, stored);
		assertThat(foreign.status()).isEqualTo(404);
		assertThat(foreign.<String>json("$.code")).isEqualTo("applicant-document-not-found");
		assertThat(desk.getBytes("/api/v1/dossiers/" + stranger + "/stored-documents/" + stored).status()).isEqualTo(404);

		// the applicant's own dossier: an unknown document, none chosen, no such component
		String own = receive(desk, MARRIAGE_REGISTRATION, applicant.idNumber());
		String ownComponents = "/api/v1/dossiers/" + own + "/components";
		int ownPosition = identityPaper(desk, own);
		long before = attachments(stranger, own);
		assertThat(take(desk, own, ownPosition, UUID.randomUUID()).<String>json("$.code"))
			.isEqualTo("applicant-document-not-found");
		Http.Response none = desk.postJson(ownComponents + "/" + ownPosition + "/stored", "{}");
		assertThat(none.status()).isEqualTo(400);
		assertThat(none.<String>json("$.code")).isEqualTo("applicant-document-not-chosen");
		assertThat(take(desk, own, 99, stored).<String>json("$.code"))
			.isEqualTo("component-not-found");
		// another commune's desk does not see the dossier at all
		Http other = Http.basic(this.port, "xa.votranh", PASSWORD);
		assertThat(take(other, own, ownPosition, stored).status()).isEqualTo(404);
		assertThat(other.getBytes("/api/v1/dossiers/" + own + "/stored-documents/" + stored).status()).isEqualTo(404);

		// expired: no longer offered nor taken
		this.jdbc.sql("update citizen_document set valid_until = ? where id = ?")
			.params(LocalDate.now().minusYears(1), stored).update();
		assertThat(desk.get(ownComponents).<List<Object>>json("$.components[*].offers[*]")).isEmpty();
		assertThat(take(desk, own, ownPosition, stored).status()).isEqualTo(404);
		assertThat(attachments(stranger, own)).isEqualTo(before);
		// an official who adds no files (the administrator sees every dossier) is offered nothing
		this.jdbc.sql("update citizen_document set valid_until = null where id = ?").param(stored).update();
		assertThat(desk.get(ownComponents).<List<Object>>json("$.components[*].offers[*]")).isNotEmpty();
		assertThat(Http.basic(this.port, "admin", PASSWORD).get(ownComponents).<List<Object>>json("$.components[*].offers[*]"))
			.isEmpty();

		// a closed dossier offers nothing
		assertThat(desk.postJson("/api/v1/dossiers/" + own + "/transitions", "{\"action\":\"WITHDRAW\",\"note\":\"rút\"}")
			.status()).isEqualTo(200);
		assertThat(desk.get(ownComponents).<List<Object>>json("$.components[*].offers[*]")).isEmpty();
		assertThat(take(desk, own, ownPosition, stored).<String>json("$.code")).isEqualTo("dossier-closed");
	}

	@Test
	void onlyAnIdentityProvidersWordForTheNumberAndTheNameFindsTheStore() {
		String idNumber = idNumber();
		String contact = vouchedAccount(idNumber);
		Http desk = Http.basic(this.port, "xa.phuluong", PASSWORD);
		// the number right, the name another's (a mistyped number that hits someone): not her store
		Http.Response other = desk.postJson("/api/v1/dossiers",
				intakeBy(BIRTH_REGISTRATION, XA_PHU_LUONG, "DIRECT", "Trần Văn Khác", idNumber, "0912 555 001"));
		String code = other.json("$.code");
		scanIdentityPaper(desk, code);
		assertThat(stored(contact)).isZero();
		// the name written without diacritics and in capitals is hers
		Http.Response plain = desk.postJson("/api/v1/dossiers",
				intakeBy(BIRTH_REGISTRATION, XA_PHU_LUONG, "DIRECT", "LY THI KHO", idNumber, "0912 555 002"));
		String hers = plain.json("$.code");
		scanIdentityPaper(desk, hers);
		assertThat(stored(contact)).isEqualTo(1);
		// the provider's word gone (a number the citizen typed): nothing is kept or offered
		this.jdbc.sql("update identity_citizen set vouched_by = null where contact = ?").param(contact).update();
		String again = receive(desk, MARRIAGE_REGISTRATION, idNumber);
		assertThat(desk.get("/api/v1/dossiers/" + again + "/components").<List<Object>>json("$.components[*].offers[*]"))
			.isEmpty();
		scanIdentityPaper(desk, again);
		assertThat(stored(contact)).isEqualTo(1);
	}

	/** A vouched applicant, and the desk that received her first dossier at the counter and scanned its identity paper. */
	private record Scanned(String idNumber, String contact, Http desk, String dossier) {
	}

	private Scanned firstDossierScanned() {
		String idNumber = idNumber();
		String contact = vouchedAccount(idNumber);
		Http desk = Http.basic(this.port, "xa.phuluong", PASSWORD);
		String first = receive(desk, BIRTH_REGISTRATION, idNumber);
		scanIdentityPaper(desk, first);
		return new Scanned(idNumber, contact, desk, first);
	}

	private Http citizen(String contact) {
		Http citizen = Http.anonymous(this.port);
		citizen.submitForm("/cong-dan/dang-nhap", "/cong-dan/dang-nhap", Map.of("username", contact, "password", PASSWORD));
		return citizen;
	}

	@Test
	void theVouchedPersonFindsTheirCounterDossiersAmongTheirOwnAndNoOneElseDoes() {
		Scanned applicant = firstDossierScanned();
		Http desk = applicant.desk();
		String hers = applicant.dossier();
		// her name written without diacritics and in capitals: hers too
		String plain = desk.postJson("/api/v1/dossiers",
				intakeBy(BIRTH_REGISTRATION, XA_PHU_LUONG, "DIRECT", "LY THI  KHO", applicant.idNumber(), "0912 555 004")).json("$.code");
		// the same number with another name: not hers (a number mistyped at the counter)
		String other = desk.postJson("/api/v1/dossiers",
				intakeBy(BIRTH_REGISTRATION, XA_PHU_LUONG, "DIRECT", "Trần Văn Khác", applicant.idNumber(), "0912 555 003")).json("$.code");
		// her number and name on a dossier filed from another account: that account's
		String filedByAnother = receive(desk, BIRTH_REGISTRATION, applicant.idNumber());
		this.jdbc.sql("update dossier set citizen_id = (select id from identity_citizen where contact = 'congdan@example.vn') where code = ?")
			.param(filedByAnother).update();

		Http citizen = citizen(applicant.contact());
		String mine = citizen.get("/cong-dan/ho-so").body();
		assertThat(mine).containsPattern(Pattern.quote(hers) + "</a>\\s*<span[^>]*>nộp trực tiếp</span>")
			.contains(plain).doesNotContain(other).doesNotContain(filedByAnother);
		assertThat(citizen.get("/cong-dan/ho-so/" + hers).text()).contains(hers, "Thủ tục đăng ký khai sinh");
		assertThat(citizen.getBytes("/cong-dan/ho-so/" + hers + "/mau/01").contentType()).startsWith("application/pdf");
		assertThat(citizen.get("/cong-dan/ho-so/" + other).status()).isEqualTo(404);
		assertThat(citizen.get("/cong-dan/ho-so/" + filedByAnother).status()).isEqualTo(404);
		// her store links the scan to the dossier
		assertThat(citizen.get("/cong-dan/kho-du-lieu").body()).contains("href=\"/cong-dan/ho-so/" + hers + "\"");
		// a fee the desk asks of her counter dossier can be paid online from her account
		assertThat(desk.postJson("/api/v1/dossiers/" + hers + "/transitions", "{\"action\":\"REQUEST_PAYMENT\",\"note\":\"Lệ phí\"}")
			.status()).isEqualTo(200);
		assertThat(desk.postJson("/api/v1/dossiers/" + hers + "/fee-requests", "{\"amountVnd\":8000}").status()).isEqualTo(201);
		assertThat(citizen.get("/cong-dan/ho-so/" + hers).text()).contains("Thanh toán trực tuyến 8.000 đồng");

		// an account that only typed the number sees nothing of hers; she still does
		String typed = vouchedAccount(applicant.idNumber());
		this.jdbc.sql("update identity_citizen set vouched_by = null where contact = ?").param(typed).update();
		assertThat(citizen(typed).get("/cong-dan/ho-so").text()).doesNotContain(hers);
		assertThat(citizen(typed).get("/cong-dan/ho-so/" + hers).status()).isEqualTo(404);
		assertThat(citizen.get("/cong-dan/ho-so").text()).contains(hers);

		// a newer account vouched for her: the dossier is that account's now, as her store is
		String newer = vouchedAccount(applicant.idNumber());
		this.jdbc.sql("update identity_citizen set vouched_at = vouched_at + interval '1 day' where contact = ?").param(newer)
			.update();
		assertThat(citizen(newer).get("/cong-dan/ho-so").text()).contains(hers);
		assertThat(citizen.get("/cong-dan/ho-so").text()).doesNotContain(hers);
		assertThat(citizen.get("/cong-dan/ho-so/" + hers).status()).isEqualTo(404);
		assertThat(citizen.getBytes("/cong-dan/ho-so/" + hers + "/mau/01").status()).isEqualTo(404);
		assertThat(citizen.get("/cong-dan/kho-du-lieu").body()).contains(hers).doesNotContain("href=\"/cong-dan/ho-so/" + hers);
	}

	@Test
	void theDossierPageOffersTheStoreAndSaysARefusalInVietnamese() {
		String idNumber = idNumber();
		vouchedAccount(idNumber);
		Http desk = Http.basic(this.port, "xa.phuluong", PASSWORD);
		String first = receive(desk, BIRTH_REGISTRATION, idNumber);
		scanIdentityPaper(desk, first);
		String second = receive(desk, MARRIAGE_REGISTRATION, idNumber);
		int position = identityPaper(desk, second);
		Http page = Http.session(this.port, "xa.phuluong", PASSWORD);
		String dossierPage = "/quan-tri/ho-so/" + second;
		String shown = page.html(dossierPage).body();
		assertThat(shown).contains("Lấy từ kho dữ liệu", "Kho dữ liệu của người nộp có 1 giấy tờ còn hiệu lực",
				" — " + first + " (cùng loại)", "từ hồ sơ " + first + ", lưu ngày ");
		String stored = desk.get("/api/v1/dossiers/" + second + "/components")
			.<List<String>>json("$.components[?(@.position == " + position + ")].offers[0].document.id").get(0);
		assertThat(page.getBytes(dossierPage + "/kho-du-lieu/" + stored).body()).isEqualTo(SCAN);

		Http.Response none = page.submitForm(dossierPage, dossierPage + "/thanh-phan/" + position + "/tu-kho",
				Map.of("stored", ""));
		assertThat(none.status()).isEqualTo(302);
		assertThat(page.html(dossierPage).text()).contains("Chọn một giấy tờ trong kho dữ liệu của người nộp");
		Http.Response taken = page.submitForm(dossierPage, dossierPage + "/thanh-phan/" + position + "/tu-kho",
				Map.of("stored", stored));
		assertThat(taken.status()).isEqualTo(302);
		String after = page.html(dossierPage).text();
		assertThat(after).contains("Đã cập nhật danh mục số hóa.", "1. cc.pdf", "từ kho dữ liệu");
		page.submitForm(dossierPage, dossierPage + "/thanh-phan/" + position + "/tu-kho", Map.of("stored", stored));
		assertThat(page.html(dossierPage).text()).contains("đã có bản quét; không lấy thêm giấy tờ từ kho dữ liệu");
	}

}
