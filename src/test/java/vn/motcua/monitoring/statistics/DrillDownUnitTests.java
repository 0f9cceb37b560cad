package vn.motcua.monitoring.statistics;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Each figure of II.06a lists the dossiers of its own condition. */
class DrillDownUnitTests {

	@Test
	void carriedOverIsOpenAtTheStartAndPendingOpenAtTheEnd() {
		assertThat(DrillDown.condition(Category.CARRIED_OVER)).contains("@> cast(:start as timestamptz)")
			.doesNotContain(":at");
		assertThat(DrillDown.condition(Category.PENDING)).isEqualTo(FactSql.OPEN_AT);
	}

	@Test
	void overdueAndWithinTimeSplitThePendingOnes() {
		assertThat(DrillDown.condition(Category.OVERDUE)).isEqualTo(FactSql.OPEN_AT + " and " + FactSql.OVERDUE);
		assertThat(DrillDown.condition(Category.WITHIN_TIME))
			.isEqualTo(FactSql.OPEN_AT + " and not (" + FactSql.OVERDUE + ")");
		assertThat(FactSql.OVERDUE).contains("from dossier_clock_stop_fact c");
	}

	@Test
	void resultsAreSplitByTimelinessAndReceiptsByChannel() {
		assertThat(DrillDown.condition(Category.LATE)).contains("result_at >= :start", "timeliness = 'LATE'");
		assertThat(DrillDown.condition(Category.ON_TIME)).endsWith("timeliness = 'ON_TIME'");
		assertThat(DrillDown.condition(Category.ONLINE)).endsWith("channel = 'ONLINE'");
		assertThat(DrillDown.condition(Category.DIRECT)).endsWith("channel <> 'ONLINE'");
		assertThat(DrillDown.condition(Category.WITHDRAWN)).startsWith("status = 'WITHDRAWN' and closed_at >= :start");
	}

	@Test
	void whatEndedInThePeriodWasReceivedBeforeItsEnd() {
		for (Category category : new Category[] { Category.RESOLVED, Category.EARLY, Category.ON_TIME, Category.LATE,
				Category.WITHDRAWN }) {
			assertThat(DrillDown.condition(category)).as(category.name()).contains(" and received_at < :end");
		}
	}

}
