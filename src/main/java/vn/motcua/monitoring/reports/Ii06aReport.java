package vn.motcua.monitoring.reports;

import java.util.ArrayList;
import java.util.List;

import vn.motcua.dossier.forms.DossierForms.Issuer;
import vn.motcua.dossier.forms.GroupedReport;
import vn.motcua.dossier.forms.GroupedReport.Head;
import vn.motcua.monitoring.statistics.DossierCounts;
import vn.motcua.monitoring.statistics.Line;
import vn.motcua.monitoring.statistics.Selection;

/**
 * Form II.06a/VPCP/KSTT: one row per field or unit and the total, in the layout submitted upward:
 * the grouped header (received: carried over, new online, new at the desk or by post; resolved:
 * early, on time, late; pending: within time, overdue), the column numbers and the signatures.
 */
final class Ii06aReport {

	static final String FORM = "Biểu số II.06a/VPCP/KSTT";

	static final String TITLE = "TÌNH HÌNH, KẾT QUẢ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH TẠI CƠ QUAN, ĐƠN VỊ TRỰC TIẾP GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH";

	/** Where the report counts what the form's columns leave open. */
	static final List<String> NOTES = List.of("Ghi chú cách tính:",
			"- Hồ sơ trả lại tại quầy để bổ sung hoặc từ chối tiếp nhận (chưa tiếp nhận, không có mã hồ sơ) không tính vào "
					+ "cột (3)–(6).",
			"- Hồ sơ đang chờ người nộp bổ sung (đã tiếp nhận, thời hạn tạm dừng) tính vào số đang giải quyết, chưa đến hạn "
					+ "— cột (11), (12).",
			"- Hồ sơ rút, dừng giải quyết tính vào số nhận giải quyết của kỳ tiếp nhận và vào cột (14) của kỳ dừng; không tính "
					+ "vào số đã giải quyết hay đang giải quyết.");

	private Ii06aReport() {
	}

	/** The official header; {@code rowName} heads the second column. */
	static List<List<Head>> head(String rowName) {
		return List.of(
				List.of(new Head("STT", 1, 3), new Head(rowName, 1, 3), new Head("Số hồ sơ nhận giải quyết", 4, 1),
						new Head("Kết quả giải quyết", 7, 1), new Head("Số hồ sơ rút, dừng giải quyết", 1, 3)),
				List.of(new Head("Tổng số", 1, 2), new Head("Trong đó", 3, 1), new Head("Số hồ sơ đã giải quyết", 4, 1),
						new Head("Số hồ sơ đang giải quyết", 3, 1)),
				List.of(Head.of("Số kỳ trước chuyển qua"), Head.of("Số mới tiếp nhận trực tuyến"),
						Head.of("Số mới tiếp nhận trực tiếp, dịch vụ bưu chính"), Head.of("Tổng số"),
						Head.of("Trả trước hạn"), Head.of("Trả đúng thời hạn"), Head.of("Trả quá hạn"), Head.of("Tổng số"),
						Head.of("Chưa đến hạn"), Head.of("Quá hạn")));
	}

	/** @param rowName what a row is: {@code Lĩnh vực giải quyết} or {@code Đơn vị}. */
	static GroupedReport of(Selection s, String rowName, List<Line> lines, String period) {
		List<String[]> rows = new ArrayList<>();
		int n = 0;
		for (Line l : lines) {
			rows.add(cells(String.valueOf(++n), l.label(), values(l.counts())));
		}
		rows.add(cells("", "Tổng cộng", total(lines)));
		return new GroupedReport(FORM, s.unit().name(), TITLE, "Kỳ báo cáo: " + period,
				new float[] { 0.6f, 3.2f, 1, 1, 1, 1.1f, 1, 1, 1, 1, 1, 1, 1, 1 }, head(rowName), rows,
				Issuer.ofUnit(s.unit().name()).place(), NOTES);
	}

	private static long[] total(List<Line> lines) {
		long[] sum = new long[12];
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
