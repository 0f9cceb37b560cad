package vn.motcua.monitoring.rollups;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import vn.motcua.MotCuaTest;
import vn.motcua.TestClock;
import vn.motcua.monitoring.DeskFixtures;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/** The rollups fed by the dossier events equal those rebuilt from the dossiers (November 2024, used by no other test). */
@MotCuaTest
class RollupsIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	TestClock clock;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	RollupRebuild rollups;

	private String receive(DeskFixtures desk, String at, String channel) {
		return desk.receive(at + "+07:00", channel, DeskFixtures.applicant("Trần Văn Bình", "0912 000 111", "Xã Yên Lạc"))
			.json("$.code");
	}

	@Test
	void rollupsFedByEventsEqualRollupsRebuiltFromTheDossiers() {
		DeskFixtures desk = new DeskFixtures(this.port, this.clock);
		receive(desk, "2024-11-04T09:00:00", "ONLINE");
		String code = receive(desk, "2024-11-05T09:00:00", "DIRECT");
		desk.resolve(code, "2024-11-06", "10:00:00");
		this.clock.reset();
		List<Map<String, Object>> days = rollupRows("daily");
		List<Map<String, Object>> months = rollupRows("monthly");

		int rows = this.rollups.rebuild();

		assertThat(rollupRows("daily")).isEqualTo(days).hasSize(rows).isNotEmpty();
		assertThat(rollupRows("monthly")).isEqualTo(months).isNotEmpty();
	}

	private List<Map<String, Object>> rollupRows(String table) {
		return this.jdbc.sql("select * from monitoring_" + table + " order by 1, 2, 3").query().listOfRows();
	}

}
