package vn.motcua.dossier.lists;

import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.BiFunction;

import org.junit.jupiter.api.Test;
import vn.motcua.MotCuaTest;
import vn.motcua.QueryPlans;
import vn.motcua.calendar.CalendarManagement;
import vn.motcua.organization.UnitScope;
import vn.motcua.shared.Actor;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An official's list is limited to the dossiers of their units, of their desk, or with an
 * inter-agency step of theirs; each of the three is answered by an index. Written as a correlated
 * «exists» among the «or»s, the third made PostgreSQL read the whole table for every list and every
 * queue's count (300 ms for a commune's list at 1,000,000 dossiers, 9 ms through the indexes). The
 * count of «all» is read from an index of the unit alone, and the desk's search from the indexes of
 * what it matches. The plans are made with table scans (and bitmaps, for the count) switched off
 * ({@link QueryPlans}).
 */
@MotCuaTest
class QueueFilterIntegrationTests {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	CalendarManagement calendar;

	@Autowired
	Clock clock;

	/** @return the plan of the statement {@code sql} makes of a scope of two units, with {@code switchedOff}. */
	private String plan(BiFunction<QueueFilter, Map<String, Object>, String> sql, String... switchedOff) {
		return plan(new UnitScope(false, Set.of(UUID.randomUUID(), UUID.randomUUID())), sql, switchedOff);
	}

	private String plan(UnitScope scope, BiFunction<QueueFilter, Map<String, Object>, String> sql, String... switchedOff) {
		QueueFilter filter = new QueueFilter(Actor.system(), scope, this.calendar, this.clock);
		Map<String, Object> params = new HashMap<>();
		String statement = sql.apply(filter, params);
		return QueryPlans.of(this.jdbc, this.transactions, this.jdbc.sql("explain " + statement).params(params), switchedOff);
	}

	@Test
	void anOfficialsListIsReadThroughTheIndexesOfTheirUnitsDeskAndSteps() {
		String plan = plan((filter, params) -> "select count(*) from dossier d where "
				+ filter.where(WorkQueue.ALL, List.of(), null, DossierSearch.NONE, params), "seqscan");
		assertThat(plan).contains("BitmapOr", "dossier_desk_unit_idx", "dossier_pkey", "dossier_step_acting_unit_idx");
	}

	@Test
	void theWholeOfAScopeIsCountedFromTheUnitIndexAlone() {
		String plan = plan((filter, params) -> filter.count(WorkQueue.ALL, List.of(), null, DossierSearch.NONE, params),
				"seqscan", "bitmapscan");
		assertThat(plan).contains("Index Only Scan using dossier_unit_", "dossier_desk_unit_idx",
				"dossier_step_acting_unit_idx");
	}

	@Test
	void aDeskSearchIsReadThroughTheIndexesOfCodeNameIdNumberAndPhone() {
		DossierSearch search = new DossierSearch("Nguyễn 0912 345", null, null, null, null);
		// a system-wide scope, where only the search narrows the list
		String plan = plan(new UnitScope(true, Set.of()), (filter, params) -> "select count(*) from dossier d where "
				+ filter.where(WorkQueue.ALL, List.of(), null, search, params), "seqscan");
		assertThat(plan).contains("dossier_code_trgm_idx", "dossier_applicant_name_trgm_idx", "dossier_applicant_id_number_idx",
				"dossier_applicant_phone_trgm_idx");
	}

}
