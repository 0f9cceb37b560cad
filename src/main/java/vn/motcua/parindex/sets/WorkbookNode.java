package vn.motcua.parindex.sets;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.apache.poi.ss.usermodel.Row;
import org.jspecify.annotations.Nullable;
import vn.motcua.parindex.domain.CriteriaInvalid;
import vn.motcua.parindex.domain.Criterion;
import vn.motcua.parindex.domain.Indicator;
import vn.motcua.parindex.domain.Level;
import vn.motcua.parindex.domain.Method;
import vn.motcua.parindex.domain.Points;
import vn.motcua.parindex.domain.Threshold;
import vn.motcua.shared.TextFolding;

/** A row of {@link CriteriaWorkbook}: its cells read (accents or not), and a node written back. */
record WorkbookNode(String code, String title, double maxPoints, @Nullable Method method, @Nullable Indicator indicator,
		List<Threshold> thresholds, List<Level> levels, @Nullable String guidance, @Nullable String evidence,
		List<WorkbookNode> children) {

	static final Map<Method, String> METHODS = Map.of(Method.MANUAL, "Tự chấm", Method.CHOICE, "Chọn mức",
			Method.COMPUTED, "Tính từ dữ liệu", Method.SURVEY, "Điều tra xã hội học", Method.BONUS, "Điểm thưởng",
			Method.PENALTY, "Điểm trừ");

	static final Map<Indicator, String> INDICATORS = Map.of(Indicator.ON_TIME_RATE, "Tỷ lệ hồ sơ đúng hạn",
			Indicator.ONLINE_SHARE, "Tỷ lệ hồ sơ trực tuyến", Indicator.TASKS_ON_TIME, "Tỷ lệ nhiệm vụ hoàn thành đúng hạn",
			Indicator.REPORTS_ON_TIME, "Tỷ lệ báo cáo gửi đúng hạn", Indicator.FEEDBACK_IN_TIME,
			"Tỷ lệ phản ánh, kiến nghị trả lời đúng hạn", Indicator.SATISFACTION, "Tỷ lệ đánh giá hài lòng");

	/** @throws CriteriaInvalid naming {@code where} when a cell is not what its column holds. */
	static WorkbookNode of(List<String> cells, String where) {
		Method method = cells.get(3).isEmpty() ? null : label(METHODS, cells.get(3), where, "row-method");
		Indicator indicator = cells.get(4).isEmpty() ? null : label(INDICATORS, cells.get(4), where, "row-indicator");
		List<Threshold> thresholds = pairs(cells.get(5), where).stream()
			.map(p -> new Threshold(number(p.get(0), where), number(p.get(1), where)))
			.toList();
		List<Level> levels = pairs(cells.get(6), where).stream().map(p -> new Level(p.get(0), number(p.get(1), where))).toList();
		return new WorkbookNode(cells.get(0), cells.get(1), cells.get(2).isEmpty() ? 0 : number(cells.get(2), where), method,
				indicator, thresholds, levels, cells.get(7).isEmpty() ? null : cells.get(7),
				cells.get(8).isEmpty() ? null : cells.get(8), new ArrayList<>());
	}

	SetRequest.Node node() {
		return new SetRequest.Node(this.code, this.title, this.maxPoints, this.method, this.indicator, this.thresholds,
				this.levels, this.guidance, this.evidence, this.children.stream().map(WorkbookNode::node).toList());
	}

	private static <T> T label(Map<T, String> labels, String text, String where, String reason) {
		String folded = TextFolding.fold(text);
		return labels.entrySet().stream().filter(e -> TextFolding.fold(e.getValue()).equals(folded)).map(Map.Entry::getKey)
			.findFirst()
			.orElseThrow(() -> new CriteriaInvalid(where, reason, text, String.join(", ", labels.values())));
	}

	/** @return {@code «98: 8; 95: 6»} as pairs of texts. */
	private static List<List<String>> pairs(String text, String where) {
		List<List<String>> pairs = new ArrayList<>();
		for (String item : text.split(";")) {
			if (!item.isBlank()) {
				int colon = item.lastIndexOf(':');
				if (colon < 0) {
					throw new CriteriaInvalid(where, "row-pairs", item.strip());
				}
				pairs.add(List.of(item.substring(0, colon).replace("≥", "").strip(), item.substring(colon + 1).strip()));
			}
		}
		return pairs;
	}

	/** @throws CriteriaInvalid {@code row-number} naming {@code where}. */
	static double number(String text, String where) {
		try {
			return Double.parseDouble(text.strip().replace(',', '.'));
		}
		catch (NumberFormatException ex) {
			throw new CriteriaInvalid(where, "row-number", text);
		}
	}

	static void header(Row row, List<String> titles) {
		for (int c = 0; c < titles.size(); c++) {
			row.createCell(c).setCellValue(titles.get(c));
		}
	}

	static void write(Row row, Criterion c) {
		row.createCell(0).setCellValue(c.code());
		row.createCell(1).setCellValue(c.title());
		row.createCell(2).setCellValue(c.maxPoints());
		row.createCell(3).setCellValue(c.method() == null ? "" : METHODS.get(c.method()));
		row.createCell(4).setCellValue(c.indicator() == null ? "" : INDICATORS.get(c.indicator()));
		row.createCell(5).setCellValue(c.thresholds().stream()
			.map(t -> Points.format(t.atLeast()) + ": " + Points.format(t.points()))
			.collect(Collectors.joining("; ")));
		row.createCell(6).setCellValue(c.levels().stream()
			.map(l -> l.label() + ": " + Points.format(l.points()))
			.collect(Collectors.joining("; ")));
		row.createCell(7).setCellValue(c.guidance() == null ? "" : c.guidance());
		row.createCell(8).setCellValue(c.evidence() == null ? "" : c.evidence());
	}

}
