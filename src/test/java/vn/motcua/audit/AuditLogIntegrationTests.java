package vn.motcua.audit;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import vn.motcua.Http;
import vn.motcua.MotCuaTest;
import vn.motcua.audit.chain.AuditChain;
import vn.motcua.audit.domain.AuditEntry;
import vn.motcua.audit.domain.ChainCheck.Verification;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.motcua.MotCuaTest.PASSWORD;

/**
 * The audit log: a change made over HTTP is written with who, from where and what changed (no
 * secret, no citizen's particulars), logins too; the application cannot change or delete an entry;
 * and a change made behind its back (by the database superuser) breaks the chain at that entry.
 */
@MotCuaTest
class AuditLogIntegrationTests {

	private static final String BIRTH_REGISTRATION = "1.001193";

	@LocalServerPort
	int port;

	@Autowired
	AuditChain chain;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	EmbeddedPostgres postgres;

	@Test
	void aChangeOverHttpIsWrittenWithWhoFromWhereAndWhatWithoutSecrets() {
		Http admin = Http.basic(this.port, "admin", PASSWORD);
		assertThat(admin.postJson("/api/v1/officials", """
				{"username":"nhat.ky","fullName":"Lò Văn Ký","agencyCode":"000.02.06.H55","roles":["PAR_COMMITTEE"],
				 "password":"Mat-khau-2026"}""").status()).isEqualTo(201);
		Http.Response intake = Http.basic(this.port, "motcua.phuluong", PASSWORD).postJson("/api/v1/dossiers", """
				{"procedureCode":"%s","agencyCode":"000.41.00.H55","channel":"DIRECT",
				 "applicant":{"fullName":"Hà Thị Nhật","idNumber":"019190099887","phone":"0912 000 111",
				              "address":"Xóm Na Mao, xã Phú Lương"}}""".formatted(BIRTH_REGISTRATION));
		assertThat(intake.status()).as(intake.body()).isEqualTo(201);
		String code = intake.json("$.code");

		AuditEntry official = only(this.chain.recent("admin", "insert identity_official", 50), "nhat.ky");
		assertThat(official.address()).isIn("127.0.0.1", "0:0:0:0:0:0:0:1");
		assertThat(official.details()).contains("\"full_name\": \"Lò Văn Ký\"").doesNotContain("password_hash", "$2");
		AuditEntry dossier = only(this.chain.recent("motcua.phuluong", "insert dossier", 50), code);
		assertThat(dossier.details()).contains("Hà Thị Nhật")
			.doesNotContain("019190099887", "0912000111", "Na Mao", "lookup_secret");

		Http.anonymous(this.port).login("nhat.ky", "sai-mat-khau");
		assertThat(this.chain.recent("nhat.ky", "login failed", 5)).first()
			.satisfies(e -> assertThat(e.details()).isEqualTo("BadCredentialsException"));
		assertThat(admin.get("/api/v1/audit?actor=admin&action=identity_official").<List<?>>json("$")).isNotEmpty();
		assertThat(Http.basic(this.port, "motcua.phuluong", PASSWORD).get("/api/v1/audit").status()).isEqualTo(403);
	}

	@Test
	void theApplicationCannotChangeOrDeleteAnEntry() {
		assertThatThrownBy(() -> this.jdbc.sql("update audit_entry set actor = 'ai-do'").update())
			.hasStackTraceContaining("permission denied");
		assertThatThrownBy(() -> this.jdbc.sql("delete from audit_entry").update())
			.hasStackTraceContaining("permission denied");
		assertThatThrownBy(() -> this.jdbc.sql("delete from audit_seal").update())
			.hasStackTraceContaining("permission denied");
	}

	@Test
	void aChangeBehindTheApplicationsBackBreaksTheChainAtThatEntry() throws Exception {
		Http admin = Http.session(this.port, "admin", PASSWORD);
		assertThat(admin.submitForm("/quan-tri/nhat-ky", "/quan-tri/nhat-ky/kiem-tra", Map.of()).text()).contains("Chuỗi nhật ký nguyên vẹn");
		Verification before = this.chain.verify();
		assertThat(before.valid()).isTrue();
		assertThat(before.unsealed()).isZero();
		long victim = this.jdbc.sql("select min(entry_id) + 3 from audit_seal").query(Long.class).single();
		String original = this.jdbc.sql("select actor from audit_entry where id = ?").param(victim).query(String.class).single();

		asSuperuser("update audit_entry set actor = 'nguoi-khac' where id = " + victim);
		try {
			Verification after = this.chain.verify();
			assertThat(after.valid()).isFalse();
			assertThat(after.firstBroken().entryId()).isEqualTo(victim);
			assertThat(after.firstBroken().reason()).isEqualTo("entry-changed");
			assertThat(admin.submitForm("/quan-tri/nhat-ky", "/quan-tri/nhat-ky/kiem-tra", Map.of()).text())
				.contains("Chuỗi nhật ký bị phá vỡ", "nội dung mục nhật ký đã bị sửa");
		}
		finally {
			asSuperuser("update audit_entry set actor = '" + original.replace("'", "''") + "' where id = " + victim);
		}
		assertThat(this.chain.verify().valid()).isTrue();
		assertThat(admin.get("/quan-tri/nhat-ky?action=login").text()).contains("Nhật ký hệ thống", "login");
	}

	private void asSuperuser(String sql) throws SQLException {
		try (Connection connection = this.postgres.getPostgresDatabase().getConnection();
				Statement statement = connection.createStatement()) {
			statement.execute("alter table audit_entry disable trigger audit_entry_append_only; " + sql
					+ "; alter table audit_entry enable trigger audit_entry_append_only");
		}
	}

	private static AuditEntry only(List<AuditEntry> entries, String subject) {
		List<AuditEntry> matching = entries.stream().filter(e -> subject.equals(e.subject())).toList();
		assertThat(matching).hasSize(1);
		return matching.get(0);
	}

}
