package vn.motcua.monitoring.statistics;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import vn.motcua.catalogue.ProcedureView;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/** Breakdowns from grouped tallies: months with no figure still listed, fields summed, sub-units ranked. */
class LinesUnitTests {

	private static Tally received(long direct, long early, long late) {
		Tally t = new Tally();
		t.direct = direct;
		t.early = early;
		t.late = late;
		return t;
	}

	private static ProcedureView procedure(String name, String field) {
		ProcedureView p = mock(ProcedureView.class);
		when(p.name()).thenReturn(name);
		when(p.field()).thenReturn(field);
		return p;
	}

	@Test
	void everyMonthOfThePeriodIsALineEvenWithoutFigures() {
		List<Line> months = Lines.byMonth(Map.of("2024-11", received(3, 0, 0)), LocalDate.of(2024, 10, 15),
				LocalDate.of(2024, 12, 2));
		assertThat(months).extracting(Line::key).containsExactly("2024-10", "2024-11", "2024-12");
		assertThat(months).extracting(Line::label).containsExactly("10/2024", "11/2024", "12/2024");
		assertThat(months).extracting(l -> l.counts().received().direct()).containsExactly(0L, 3L, 0L);
	}

	@Test
	void proceduresAreSummedIntoTheirFieldsAndUnknownOnesIntoADash() {
		Map<String, ProcedureView> procedures = Map.of("A", procedure("Khai sinh", "Hộ tịch"), "B",
				procedure("Kết hôn", "Hộ tịch"), "C", procedure("Hộ kinh doanh", "Thành lập doanh nghiệp"));
		Map<String, Tally> perProcedure = Map.of("A", received(1, 0, 0), "B", received(2, 0, 0), "C",
				received(4, 0, 0), "X", received(8, 0, 0));
		assertThat(Lines.byField(perProcedure, procedures)).extracting(Line::label, l -> l.counts().received().total())
			.containsExactly(org.assertj.core.groups.Tuple.tuple("Hộ tịch", 3L),
					org.assertj.core.groups.Tuple.tuple("Thành lập doanh nghiệp", 4L),
					org.assertj.core.groups.Tuple.tuple("—", 8L));
		assertThat(Lines.byProcedure(perProcedure, procedures)).extracting(Line::label)
			.containsExactly("Khai sinh", "Kết hôn", "Hộ kinh doanh", "X");
	}

	@Test
	void unitsRankByOnTimeRateThenResultsAndThoseWithoutResultsComeLast() {
		Line none = new Line("a", "Xã A", null, received(5, 0, 0).counts());
		Line half = new Line("b", "Xã B", null, received(4, 2, 2).counts());
		Line all = new Line("c", "Xã C", null, received(1, 1, 0).counts());
		Line allMore = new Line("d", "Xã D", null, received(3, 3, 0).counts());
		assertThat(List.of(none, half, all, allMore).stream().sorted(Line.RANKING).map(Line::key))
			.containsExactly("d", "c", "b", "a");
	}

}
