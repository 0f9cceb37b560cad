package vn.motcua.monitoring.reports;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import vn.motcua.dossier.forms.Tabular;
import vn.motcua.monitoring.statistics.DossierCounts;
import vn.motcua.monitoring.statistics.Line;
import vn.motcua.monitoring.statistics.Selection;
import vn.motcua.organization.UnitView;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/** Form II.06a: a numbered row per line in the regulated column order, and the total. */
class Ii06aReportUnitTests {

	private static DossierCounts counts(long base) {
		return new DossierCounts(new DossierCounts.Received(base + 3, 1, 2, base), new DossierCounts.Resolved(2, 1, 1, 0),
				new DossierCounts.Pending(base + 1, base, 1), 0, null, null);
	}

	@Test
	void eachLineIsARowInTheRegulatedOrderAndTheLastRowIsTheTotal() {
		UnitView unit = mock(UnitView.class);
		when(unit.name()).thenReturn("Huyện Phú Lương");
		Selection s = new Selection(unit, Set.of(), true, LocalDate.of(2024, 12, 1), LocalDate.of(2024, 12, 31));
		Tabular t = Ii06aReport.of(s, "Lĩnh vực",
				List.of(new Line("a", "Hộ tịch", null, counts(0)), new Line("b", "Đất đai", null, counts(10))), " — tháng 12");
		assertThat(t.subtitle()).isEqualTo("Huyện Phú Lương — tháng 12");
		assertThat(t.headers()[1]).isEqualTo("Lĩnh vực");
		assertThat(Ii06aReport.HEADERS[1]).isEqualTo("%s");
		assertThat(t.rows()).hasSize(3);
		assertThat(t.rows().get(0)).containsExactly("1", "Hộ tịch", "3", "0", "1", "2", "2", "1", "1", "0", "1", "0",
				"1", "0");
		assertThat(t.rows().get(2)).containsExactly("", "Tổng cộng", "16", "10", "2", "4", "4", "2", "2", "0", "12",
				"10", "2", "0");
	}

}
