package vn.motcua.dossier;

import org.junit.jupiter.api.Test;
import vn.motcua.Http;
import vn.motcua.MotCuaTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.motcua.MotCuaTest.PASSWORD;

/**
 * A node acts on the copy of a dossier it remembers; when another node changed the dossier
 * meanwhile, the stale attempt writes nothing and the action is taken once, on the fresh copy.
 */
@MotCuaTest
class StaleCopyIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aStaleRememberedCopyLeavesNoHalfWrittenTransition() {
		Http desk = Http.basic(this.port, "xa.phuluong", PASSWORD);
		Http.Response received = desk.postJson("/api/v1/dossiers", """
				{"procedureCode":"1.001193","agencyCode":"000.41.00.H55","channel":"DIRECT",
				 "applicant":{"fullName":"Lò Thị Cũ","phone":"0912 000 999"}}""");
		assertThat(received.status()).as(received.body()).isEqualTo(201);
		String code = received.json("$.code");
		assertThat(desk.postJson("/api/v1/dossiers/" + code + "/transitions",
				"{\"action\":\"ASSIGN\",\"assignee\":\"xa.phuluong\"}").status()).isEqualTo(200); // remembered now

		// another node changes the dossier behind this node's back
		this.jdbc.sql("update dossier set version = version + 1 where code = ?").param(code).update();
		Http.Response supplement = desk.postJson("/api/v1/dossiers/" + code + "/transitions",
				"{\"action\":\"REQUEST_SUPPLEMENT\",\"note\":\"Thiếu giấy chứng sinh\"}");

		assertThat(supplement.status()).as(supplement.body()).isEqualTo(200);
		assertThat(count("select count(*) from dossier_event e join dossier d on d.id = e.dossier_id"
				+ " where d.code = ? and e.action = 'REQUEST_SUPPLEMENT'", code)).isEqualTo(1);
		assertThat(count("select count(*) from dossier_clock_stop c join dossier d on d.id = c.dossier_id where d.code = ?",
				code)).isEqualTo(1);
	}

	private int count(String sql, String code) {
		return this.jdbc.sql(sql).param(code).query(Integer.class).single();
	}

}
