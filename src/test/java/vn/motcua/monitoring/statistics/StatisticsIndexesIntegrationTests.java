package vn.motcua.monitoring.statistics;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import vn.motcua.MotCuaTest;
import vn.motcua.QueryPlans;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The statistics' questions reach the dossiers through the indexes made for them (migration
 * 20261204020000): an index on an expression serves only a query that writes it the same way, so a
 * change to {@code dossier_fact} or to the conditions would silently turn them into table scans
 * (550 ms instead of 13 ms for a district's late dossiers of a month, on a million dossiers). The
 * plans are made with scans switched off ({@link QueryPlans}).
 */
@MotCuaTest
class StatisticsIndexesIntegrationTests {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TransactionTemplate transactions;

	@Test
	void resultsAreReadByUnitAndResultMoment() {
		// the drill-down adds «received before the period's end», which other indexes answer too
		assertThat(plan(DrillDown.RESULT_IN_PERIOD + " and timeliness = 'LATE'")).contains("dossier_unit_result_idx");
		assertThat(plan(DrillDown.RESULT_IN_PERIOD)).contains("dossier_unit_result_idx");
	}

	/**
	 * A page of a province's or a district's figure, newest receipt first, is read backwards along the
	 * receipt (migration 20261205020000): across units, the unit's own index gives no order, and every
	 * dossier of the figure was read and sorted (1.3 s for the province's receipts of a year at 5,000,000).
	 */
	@Test
	void aDrillDownPageIsReadBackwardsAlongTheReceipt() {
		for (Category category : List.of(Category.RECEIVED, Category.RESOLVED, Category.LATE, Category.WITHDRAWN)) {
			String plan = QueryPlans.of(this.jdbc, this.transactions,
					period(this.jdbc.sql("explain " + DrillDown.PAGE.formatted(DrillDown.condition(category))))
						.param("procedure", null)
						.param("limit", DrillDown.PAGE_SIZE)
						.param("offset", 0),
					"seqscan", "bitmapscan", "sort");
			assertThat(plan).as(category.name()).contains("Index Scan Backward using dossier_received_idx");
		}
	}

	/**
	 * The planner keeps no statistics for the expression of a partial index: without the statistics
	 * object of migration 20261205020000 it took a period's results for half a percent of the dossiers
	 * (a third at 5,000,000) and read them all through the unit's index. The object must keep the
	 * index's expression, which {@link #resultsAreReadByUnitAndResultMoment} ties to the view's.
	 */
	@Test
	void thePlannerKeepsStatisticsOfTheResultMoment() {
		String statistics = oneLine("""
				select array_to_string(pg_get_statisticsobjdef_expressions(oid), ';')
				  from pg_statistic_ext where stxname = 'dossier_result_at_stats'""");
		assertThat(statistics).startsWith("CASE WHEN (resolved_at IS NOT NULL) THEN resolved_at");
		assertThat(oneLine("select pg_get_indexdef('dossier_unit_result_idx'::regclass)")).contains(statistics);
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
				String plan = QueryPlans.of(this.jdbc, this.transactions,
						this.jdbc.sql("explain " + OpenDossiers.sql(By.PROCEDURE.factKey, now, overdue))
							.param("units", List.of(UUID.randomUUID(), UUID.randomUUID()))
							.param("at", OffsetDateTime.parse("2025-06-01T00:00:00+07:00")),
						"seqscan", "bitmapscan");
				assertThat(plan).as("now: " + now + ", overdue: " + overdue)
					.contains("Index Only Scan using dossier_unit_open_idx", "Function Scan on unnest");
			}
		}
	}

	private String plan(String condition) {
		return QueryPlans.of(this.jdbc, this.transactions,
				period(this.jdbc.sql("explain select count(*) from dossier_fact where unit_id in (:units) and " + condition)),
				"seqscan");
	}

	/** @return the one text the query answers, its white space (PostgreSQL's layout) made single spaces. */
	private String oneLine(String query) {
		return this.jdbc.sql(query).query(String.class).single().replaceAll("\\s+", " ").strip();
	}

	/** Two units, and the month of June 2025 as the period. */
	private static JdbcClient.StatementSpec period(JdbcClient.StatementSpec statement) {
		OffsetDateTime start = OffsetDateTime.parse("2025-06-01T00:00:00+07:00");
		return statement.param("units", List.of(UUID.randomUUID(), UUID.randomUUID()))
			.param("start", start)
			.param("end", start.plusMonths(1))
			.param("at", start.plusMonths(1));
	}

}
