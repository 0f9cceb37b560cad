package vn.motcua.dossier.demo;

import java.util.List;

import org.junit.jupiter.api.Test;
import vn.motcua.MotCuaTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/** The demo's dossiers cover every state a real office sees. */
@MotCuaTest
class DemoDossiersIntegrationTests {

	@Autowired
	DemoDossiers demo;

	@Autowired
	JdbcClient jdbc;

	@Test
	void generatedDossiersCoverEveryStateAndEveryTimeliness() {
		long before = this.jdbc.sql("select count(*) from dossier").query(Long.class).single();

		this.demo.generate(300);

		assertThat(this.jdbc.sql("select count(*) from dossier").query(Long.class).single()).isEqualTo(before + 300);
		List<String> statuses = this.jdbc.sql("select distinct status from dossier where received_by = 'demo'")
			.query(String.class)
			.list();
		assertThat(statuses).contains("RESULT_RETURNED", "RESOLVED", "SUPPLEMENT_REQUESTED", "REFUSED", "WITHDRAWN")
			.containsAnyOf("RECEIVED", "IN_PROGRESS");
		List<String> timeliness = this.jdbc.sql("select distinct timeliness from dossier where timeliness is not null")
			.query(String.class)
			.list();
		assertThat(timeliness).contains("EARLY", "ON_TIME", "LATE");
		assertThat(this.jdbc.sql("""
				select count(*) from dossier d where received_by = 'demo'
				and (select count(*) from dossier_event e where e.dossier_id = d.id and e.action = 'RECEIVE') <> 1""")
			.query(Long.class)
			.single()).as("each dossier received exactly once").isZero();
	}

}
