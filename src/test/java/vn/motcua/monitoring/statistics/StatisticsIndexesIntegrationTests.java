package vn.motcua.monitoring.statistics;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import vn.motcua.MotCuaTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The statistics' questions reach the dossiers through the indexes made for them (migration
 * 20261204020000): an index on an expression serves only a query that writes it the same way, so a
 * change to {@code dossier_fact} or to the conditions would silently turn them into table scans
 * (550 ms instead of 13 ms for a district's late dossiers of a month, on a million dossiers). With
 * the demo's few dossiers the planner prefers a scan anyway, so scans are switched off here.
 */
@MotCuaTest
class StatisticsIndexesIntegrationTests {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TransactionTemplate transactions;

	@Test
	void resultsAreReadByUnitAndResultMoment() {
		assertThat(plan(DrillDown.condition(Category.LATE))).contains("dossier_unit_result_idx");
		assertThat(plan(DrillDown.condition(Category.RESOLVED))).contains("dossier_unit_result_idx");
	}

	@Test
	void openDossiersAreReadByUnitAndOpenInterval() {
		assertThat(plan(DrillDown.condition(Category.PENDING))).contains("dossier_unit_open_idx");
		assertThat(plan(DrillDown.condition(Category.CARRIED_OVER))).contains("dossier_unit_open_idx");
		assertThat(plan(DrillDown.condition(Category.OVERDUE, FactSql.OPEN_NOW))).contains("dossier_unit_open_idx");
	}

	@Test
	void openCountsAreReadFromTheOpenIntervalIndexAloneUnitByUnit() {
		for (boolean now : List.of(false, true)) {
			for (boolean overdue : List.of(false, true)) {
				String plan = this.transactions.execute(status -> {
					this.jdbc.sql("set local enable_seqscan = off").update();
					this.jdbc.sql("set local enable_bitmapscan = off").update();
					return String.join("\n", this.jdbc.sql("explain " + OpenDossiers.sql(By.PROCEDURE.factKey, now, overdue))
						.param("units", List.of(UUID.randomUUID(), UUID.randomUUID()))
						.param("at", OffsetDateTime.parse("2025-06-01T00:00:00+07:00"))
						.query(String.class)
						.list());
				});
				assertThat(plan).as("now: " + now + ", overdue: " + overdue)
					.contains("Index Only Scan using dossier_unit_open_idx", "Function Scan on unnest");
			}
		}
	}

	private String plan(String condition) {
		OffsetDateTime start = OffsetDateTime.parse("2025-06-01T00:00:00+07:00");
		return this.transactions.execute(status -> {
			this.jdbc.sql("set local enable_seqscan = off").update();
			return String.join("\n", this.jdbc
				.sql("explain select count(*) from dossier_fact where unit_id in (:units) and " + condition)
				.param("units", List.of(UUID.randomUUID(), UUID.randomUUID()))
				.param("start", start)
				.param("end", start.plusMonths(1))
				.param("at", start.plusMonths(1))
				.query(String.class)
				.list());
		});
	}

}
