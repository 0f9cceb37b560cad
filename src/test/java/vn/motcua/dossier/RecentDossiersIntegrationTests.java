package vn.motcua.dossier;

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
import static vn.motcua.dossier.DossierFixtures.action;
import static vn.motcua.dossier.DossierFixtures.intake;

/**
 * A dossier remembered by this node after its last write, changed meanwhile by someone else (as
 * another node would): the next action is decided on the dossier as it is in the database.
 */
@MotCuaTest
class RecentDossiersIntegrationTests {

	private static final String ASSIGN = "{\"action\":\"ASSIGN\",\"assignee\":\"xa.phuluong\"}";

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Test
	void anActionOnADossierChangedElsewhereIsDecidedOnItsStoredState() {
		Http desk = Http.basic(this.port, "xa.phuluong", PASSWORD);
		String code = desk.postJson("/api/v1/dossiers", intake(CERTIFIED_TRANSACTION, XA_PHU_LUONG, "DIRECT")).json("$.code");
		assertThat(desk.postJson("/api/v1/dossiers/" + code + "/transitions", ASSIGN).status()).isEqualTo(200);

		// another node withdraws it
		int changed = this.jdbc.sql("""
				update dossier set status = 'WITHDRAWN', closed_at = received_at, version = version + 1 where code = ?""")
			.param(code)
			.update();
		assertThat(changed).isEqualTo(1);

		Http.Response refused = desk.postJson("/api/v1/dossiers/" + code + "/transitions", ASSIGN);
		assertThat(refused.status()).isEqualTo(409);
		assertThat(refused.<String>json("$.code")).isEqualTo("illegal-transition");
		assertThat(desk.get("/api/v1/dossiers/" + code).<String>json("$.status")).isEqualTo("WITHDRAWN");
	}

	@Test
	void successiveActionsOnTheSameDossierEachSeeTheLastOne() {
		Http desk = Http.basic(this.port, "xa.phuluong", PASSWORD);
		String code = desk.postJson("/api/v1/dossiers", intake(CERTIFIED_TRANSACTION, XA_PHU_LUONG, "DIRECT")).json("$.code");
		for (int i = 0; i < 3; i++) {
			assertThat(desk.postJson("/api/v1/dossiers/" + code + "/transitions", ASSIGN).status()).isEqualTo(200);
		}
		Http.Response supplement = desk.postJson("/api/v1/dossiers/" + code + "/transitions",
				action("REQUEST_SUPPLEMENT", "Thiếu giấy tờ"));
		assertThat(supplement.<String>json("$.status")).isEqualTo("SUPPLEMENT_REQUESTED");
		assertThat(desk.postJson("/api/v1/dossiers/" + code + "/transitions", ASSIGN).<String>json("$.code"))
			.isEqualTo("illegal-transition");
		assertThat(desk.get("/api/v1/dossiers/" + code).<java.util.List<String>>json("$.timeline[*].action"))
			.containsExactly("RECEIVE", "ASSIGN", "ASSIGN", "ASSIGN", "REQUEST_SUPPLEMENT");
	}

}
