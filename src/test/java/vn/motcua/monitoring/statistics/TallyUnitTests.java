package vn.motcua.monitoring.statistics;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The II.06a figures from the summed rollups and open counts. */
class TallyUnitTests {

	private static Tally tally(long online, long direct, long carriedOver, long early, long onTime, long late,
			long withdrawn, long pending, long overdue, long resolvedSeconds) {
		Tally t = new Tally();
		t.online = online;
		t.direct = direct;
		t.carriedOver = carriedOver;
		t.early = early;
		t.onTime = onTime;
		t.late = late;
		t.withdrawn = withdrawn;
		t.pending = pending;
		t.overdue = overdue;
		t.resolvedSeconds = resolvedSeconds;
		return t;
	}

	@Test
	void theFiguresBalanceAndRatesAreRoundedToOneDecimal() {
		DossierCounts c = tally(1, 6, 1, 2, 1, 1, 1, 3, 1, 4 * 86400 + 3 * 8640).counts();
		assertThat(c.received()).isEqualTo(new DossierCounts.Received(8, 1, 6, 1));
		assertThat(c.resolved()).isEqualTo(new DossierCounts.Resolved(4, 2, 1, 1));
		assertThat(c.pending()).isEqualTo(new DossierCounts.Pending(3, 2, 1));
		assertThat(c.withdrawn()).isEqualTo(1);
		assertThat(c.averageDays()).isEqualTo(1.1); // 4.3 days over 4 dossiers
		assertThat(c.onTimeRate()).isEqualTo(75.0);
		assertThat(c.received().total()).isEqualTo(c.resolved().total() + c.withdrawn() + c.pending().total());
	}

	@Test
	void withoutResultsThereIsNoAverageNorRate() {
		DossierCounts c = tally(0, 2, 0, 0, 0, 0, 0, 2, 0, 0).counts();
		assertThat(c.averageDays()).isNull();
		assertThat(c.onTimeRate()).isNull();
	}

	@Test
	void talliesAddUpEveryColumn() {
		Tally sum = tally(1, 2, 3, 4, 5, 6, 7, 8, 9, 10).add(tally(10, 20, 30, 40, 50, 60, 70, 80, 90, 100));
		assertThat(sum.counts()).isEqualTo(tally(11, 22, 33, 44, 55, 66, 77, 88, 99, 110).counts());
		assertThat(sum.resolved()).isEqualTo(165);
	}

	@Test
	void twoThirdsOnTimeIsSixtySixPointSeven() {
		assertThat(tally(0, 3, 0, 1, 1, 1, 0, 0, 0, 0).counts().onTimeRate()).isEqualTo(66.7);
	}

}
