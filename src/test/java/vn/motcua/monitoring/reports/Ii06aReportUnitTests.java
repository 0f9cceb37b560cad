package vn.motcua.monitoring.reports;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import org.junit.jupiter.api.Test;
import vn.motcua.dossier.forms.GroupedReport;
import vn.motcua.monitoring.statistics.DossierCounts;
import vn.motcua.monitoring.statistics.Line;
import vn.motcua.monitoring.statistics.Selection;
import vn.motcua.organization.UnitView;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/** Form II.06a: the official grouped header, a numbered row per line in the regulated column order, and the total. */
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
		GroupedReport t = Ii06aReport.of(s, "Lĩnh vực",
				List.of(new Line("a", "Hộ tịch", null, counts(0)), new Line("b", "Đất đai", null, counts(10))), " — tháng 12");
		assertThat(t.formNumber()).isEqualTo("Biểu số II.06a/VPCP/KSTT");
		assertThat(t.reportingUnit()).isEqualTo("Huyện Phú Lương");
		assertThat(t.place()).isEqualTo("Phú Lương");
		assertThat(t.head().get(0).get(1).text()).isEqualTo("Lĩnh vực");
		assertThat(t.head().get(0).stream().mapToInt(GroupedReport.Head::colspan).sum()).isEqualTo(t.widths().length);
		assertThat(t.head().get(2)).hasSize(10);
		assertThat(t.rows()).hasSize(3);
		assertThat(t.rows().get(0)).containsExactly("1", "Hộ tịch", "3", "0", "1", "2", "2", "1", "1", "0", "1", "0",
				"1", "0");
		assertThat(t.rows().get(2)).containsExactly("", "Tổng cộng", "16", "10", "2", "4", "4", "2", "2", "0", "12",
				"10", "2", "0");
	}

	@Test
	void thePdfCarriesTheFormNumberTheColumnNumbersAndTheSignatures() throws Exception {
		UnitView unit = mock(UnitView.class);
		when(unit.name()).thenReturn("Xã Phú Lương");
		Selection s = new Selection(unit, Set.of(), true, LocalDate.of(2026, 10, 1), LocalDate.of(2026, 12, 31));
		byte[] pdf = Ii06aReport.of(s, "Lĩnh vực giải quyết", List.of(new Line("a", "Hộ tịch", null, counts(0))),
				"từ ngày 01/10/2026 đến ngày 31/12/2026").pdf();
		PdfReader reader = new PdfReader(pdf);
		String text = new PdfTextExtractor(reader).getTextFromPage(1);
		assertThat(text).contains("Biểu số II.06a/VPCP/KSTT", "Đơn vị báo cáo: Xã Phú Lương", "Số hồ sơ nhận giải quyết",
				"Kết quả giải quyết", "Số hồ sơ đã giải quyết", "(1)", "(14)", "NGƯỜI LẬP BIỂU", "THỦ TRƯỞNG ĐƠN VỊ",
				"Phú Lương, ngày", "Ghi chú cách tính", "chờ người nộp bổ sung", "rút, dừng giải quyết tính vào",
				"Kỳ báo cáo: từ ngày 01/10/2026 đến ngày 31/12/2026");
	}

}
