package vn.motcua.monitoring.reports;

import java.util.ArrayList;
import java.util.List;

import vn.motcua.dossier.forms.Tabular;
import vn.motcua.monitoring.statistics.DossierCounts;
import vn.motcua.monitoring.statistics.Line;
import vn.motcua.monitoring.statistics.Selection;

/** Form II.06a/VPCP/KSTT: one row per field or unit and the total, in the layout submitted upward. */
final class Ii06aReport {

	static final String[] HEADERS = { "STT", "%s", "Tổng số nhận", "Kỳ trước chuyển qua", "Mới nhận trực tuyến",
			"Mới nhận trực tiếp, bưu chính", "Tổng số đã giải quyết", "Trước hạn", "Đúng hạn", "Quá hạn",
			"Tổng số đang giải quyết", "Trong hạn", "Quá hạn", "Rút, dừng" };

	private Ii06aReport() {
	}

	/** @param rowName what a row is: {@code Lĩnh vực} or {@code Đơn vị}. */
	static Tabular of(Selection s, String rowName, List<Line> lines, String period) {
		List<String[]> rows = new ArrayList<>();
		int n = 0;
		for (Line l : lines) {
			rows.add(cells(String.valueOf(++n), l.label(), values(l.counts())));
		}
		rows.add(cells("", "Tổng cộng", total(lines)));
		String[] headers = HEADERS.clone();
		headers[1] = rowName;
		return new Tabular("TỔNG HỢP TÌNH HÌNH, KẾT QUẢ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH (Biểu II.06a/VPCP/KSTT)",
				s.unit().name() + period, "II.06a",
				new float[] { 0.5f, 3.5f, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1 }, headers, rows);
	}

	private static long[] total(List<Line> lines) {
		long[] sum = new long[HEADERS.length - 2];
		for (Line l : lines) {
			long[] v = values(l.counts());
			for (int i = 0; i < sum.length; i++) {
				sum[i] += v[i];
			}
		}
		return sum;
	}

	private static long[] values(DossierCounts c) {
		return new long[] { c.received().total(), c.received().carriedOver(), c.received().online(),
				c.received().direct(), c.resolved().total(), c.resolved().early(), c.resolved().onTime(),
				c.resolved().late(), c.pending().total(), c.pending().withinTime(), c.pending().overdue(), c.withdrawn() };
	}

	private static String[] cells(String number, String label, long[] values) {
		String[] cells = new String[values.length + 2];
		cells[0] = number;
		cells[1] = label;
		for (int i = 0; i < values.length; i++) {
			cells[i + 2] = String.valueOf(values[i]);
		}
		return cells;
	}

}
