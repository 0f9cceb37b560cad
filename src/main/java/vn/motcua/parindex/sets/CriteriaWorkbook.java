package vn.motcua.parindex.sets;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jspecify.annotations.Nullable;
import vn.motcua.parindex.domain.Band;
import vn.motcua.parindex.domain.CriteriaInvalid;
import vn.motcua.parindex.domain.CriteriaTree;
import vn.motcua.parindex.domain.Criterion;

/**
 * A criteria set as a workbook, in the layout provinces publish: one row per node — code, title,
 * maximum, method, and for a leaf its indicator, thresholds, levels, guidance and evidence — a node's
 * parent being the code without its last part ({@code 1.2} under {@code 1}); the bands on a second
 * sheet «Xếp loại». What is exported imports back unchanged.
 */
final class CriteriaWorkbook {

	static final List<String> TITLES = List.of("Mã", "Tiêu chí", "Điểm tối đa", "Cách chấm", "Chỉ số dữ liệu",
			"Ngưỡng điểm (từ % : điểm)", "Các mức (tên : điểm)", "Hướng dẫn chấm", "Minh chứng");

	static final String BANDS = "Xếp loại";

	private CriteriaWorkbook() {
	}

	/** A workbook read: the tree, the bands, and the row of each code (to name rows in errors). */
	record Read(List<SetRequest.Node> criteria, List<Band> bands, Map<String, Integer> rowOf) {
	}

	/** @throws CriteriaInvalid naming the row ({@code Dòng 5}) whose cell is wrong; nothing is read then. */
	static Read read(InputStream excel) throws IOException {
		try (Workbook workbook = WorkbookFactory.create(excel)) {
			DataFormatter format = new DataFormatter();
			Sheet sheet = workbook.getSheetAt(0);
			Map<String, WorkbookNode> nodes = new LinkedHashMap<>();
			Map<String, Integer> rowOf = new HashMap<>();
			List<WorkbookNode> roots = new ArrayList<>();
			for (int r = sheet.getFirstRowNum() + 1; r <= sheet.getLastRowNum(); r++) {
				List<String> cells = cells(sheet.getRow(r), format);
				if (cells.stream().allMatch(String::isEmpty)) {
					continue;
				}
				WorkbookNode node = WorkbookNode.of(cells, "Dòng " + (r + 1));
				String parent = node.code().contains(".") ? node.code().substring(0, node.code().lastIndexOf('.')) : null;
				if (parent != null && !nodes.containsKey(parent)) {
					throw new CriteriaInvalid("Dòng " + (r + 1), "row-parent", parent);
				}
				(parent == null ? roots : nodes.get(parent).children()).add(node);
				nodes.put(node.code(), node);
				rowOf.putIfAbsent(node.code(), r + 1);
			}
			return new Read(roots.stream().map(WorkbookNode::node).toList(), bands(workbook.getSheet(BANDS), format), rowOf);
		}
	}

	private static List<String> cells(@Nullable Row row, DataFormatter format) {
		List<String> cells = new ArrayList<>();
		for (int c = 0; c < TITLES.size(); c++) {
			cells.add(row == null || row.getCell(c) == null ? "" : format.formatCellValue(row.getCell(c)).strip());
		}
		return cells;
	}

	private static List<Band> bands(Sheet sheet, DataFormatter format) {
		List<Band> bands = new ArrayList<>();
		for (int r = sheet == null ? 1 : sheet.getFirstRowNum() + 1; sheet != null && r <= sheet.getLastRowNum(); r++) {
			Row row = sheet.getRow(r);
			String name = row == null || row.getCell(0) == null ? "" : format.formatCellValue(row.getCell(0)).strip();
			if (!name.isEmpty()) {
				bands.add(new Band(name, WorkbookNode.number(format.formatCellValue(row.getCell(1)), BANDS + ", dòng " + (r + 1))));
			}
		}
		return bands;
	}

	/** @return the set's tree and bands as an .xlsx. */
	static byte[] write(CriteriaTree tree) throws IOException {
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet sheet = workbook.createSheet("Bộ tiêu chí");
			WorkbookNode.header(sheet.createRow(0), TITLES);
			tree.roots().stream().flatMap(Criterion::flatten)
				.forEach(c -> WorkbookNode.write(sheet.createRow(sheet.getLastRowNum() + 1), c));
			Sheet bands = workbook.createSheet(BANDS);
			WorkbookNode.header(bands.createRow(0), List.of("Xếp loại", "Từ (%)"));
			for (Band band : tree.bands()) {
				Row row = bands.createRow(bands.getLastRowNum() + 1);
				row.createCell(0).setCellValue(band.name());
				row.createCell(1).setCellValue(band.minPercent());
			}
			for (int c = 0; c < TITLES.size(); c++) {
				sheet.setColumnWidth(c, c == 1 || c >= 7 ? 60 * 256 : 16 * 256);
			}
			workbook.write(out);
			return out.toByteArray();
		}
	}

}
