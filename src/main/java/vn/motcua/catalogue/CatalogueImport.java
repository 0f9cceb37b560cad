package vn.motcua.catalogue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jspecify.annotations.Nullable;
import vn.motcua.calendar.TimeLimitUnit;
import vn.motcua.catalogue.ProcedureView.RequiredDocument;
import vn.motcua.shared.Actor;
import vn.motcua.shared.DomainException;
import vn.motcua.shared.DomainException.Kind;
import vn.motcua.shared.Role;
import vn.motcua.shared.TextFolding;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports a procedure catalogue from Excel, the way provinces publish it: one procedure per row,
 * columns found by their (Vietnamese) header, documents separated by semicolons. Every row is
 * checked first; with any error nothing is imported and every error is reported with its row and
 * column. Each imported row becomes a new version from the effective date; the version in force
 * before ends the day before.
 */
@Service
@Transactional
public class CatalogueImport {

	/** The columns, by folded header. */
	static final Map<String, String> COLUMNS = new LinkedHashMap<>();

	static {
		COLUMNS.put("code", "Mã thủ tục");
		COLUMNS.put("name", "Tên thủ tục");
		COLUMNS.put("field", "Lĩnh vực");
		COLUMNS.put("level", "Cấp thực hiện");
		COLUMNS.put("limit", "Thời hạn giải quyết");
		COLUMNS.put("unit", "Đơn vị thời hạn");
		COLUMNS.put("fee", "Phí, lệ phí (đồng)");
		COLUMNS.put("feeNote", "Ghi chú phí");
		COLUMNS.put("online", "Mức độ dịch vụ công");
		COLUMNS.put("documents", "Thành phần hồ sơ");
		COLUMNS.put("legal", "Căn cứ pháp lý");
		COLUMNS.put("applicants", "Đối tượng thực hiện");
		COLUMNS.put("agency", "Cơ quan thực hiện");
		COLUMNS.put("result", "Kết quả thực hiện");
		COLUMNS.put("conditions", "Yêu cầu, điều kiện");
	}

	private static final Map<String, TimeLimitUnit> UNITS = Map.of("ngay lam viec", TimeLimitUnit.WORKING_DAYS, "ngay",
			TimeLimitUnit.CALENDAR_DAYS, "gio lam viec", TimeLimitUnit.WORKING_HOURS, "trong ngay", TimeLimitUnit.SAME_DAY);

	private static final Map<String, ProcedureLevel> LEVELS = Map.of("tinh", ProcedureLevel.PROVINCE, "cap tinh",
			ProcedureLevel.PROVINCE, "huyen", ProcedureLevel.DISTRICT, "cap huyen", ProcedureLevel.DISTRICT, "xa",
			ProcedureLevel.COMMUNE, "cap xa", ProcedureLevel.COMMUNE);

	private static final Map<String, OnlineLevel> ONLINE = Map.of("toan trinh", OnlineLevel.FULL_ONLINE, "mot phan",
			OnlineLevel.PARTIAL_ONLINE, "truc tiep", OnlineLevel.DIRECT_ONLY);

	private final CatalogueManagement catalogue;

	CatalogueImport(CatalogueManagement catalogue) {
		this.catalogue = catalogue;
	}

	/** A problem of the file: row 0 for the header. */
	public record RowError(int row, String column, String message) {
	}

	/** What an import did, or why it did nothing. */
	public record Report(int imported, List<RowError> errors) {

		public boolean succeeded() {
			return this.errors.isEmpty();
		}

	}

	/**
	 * @param effectiveFrom when the imported versions come into force.
	 * @return the number imported, or every error (then nothing was imported).
	 * @throws DomainException {@code forbidden} for a non-administrator.
	 */
	public Report importExcel(InputStream excel, LocalDate effectiveFrom, Actor actor) {
		if (!actor.hasRole(Role.ADMIN)) {
			throw new DomainException(Kind.FORBIDDEN, "forbidden");
		}
		List<RowError> errors = new ArrayList<>();
		List<ProcedureDraft> drafts = new ArrayList<>();
		try (Workbook workbook = WorkbookFactory.create(excel)) {
			Sheet sheet = workbook.getSheetAt(0);
			Map<String, Integer> columns = header(sheet.getRow(sheet.getFirstRowNum()), errors);
			if (errors.isEmpty()) {
				Map<String, Integer> seen = new HashMap<>();
				for (int r = sheet.getFirstRowNum() + 1; r <= sheet.getLastRowNum(); r++) {
					Row row = sheet.getRow(r);
					if (row != null && !blank(row)) {
						int number = r + 1;
						draft(row, number, columns, effectiveFrom, errors).ifPresent(draft -> {
							Integer first = seen.putIfAbsent(draft.code(), number);
							if (first != null) {
								errors.add(new RowError(number, COLUMNS.get("code"),
										"Mã thủ tục " + draft.code() + " đã có ở dòng " + first + "."));
							}
							drafts.add(draft);
						});
					}
				}
			}
		}
		catch (IOException | RuntimeException ex) {
			if (ex instanceof DomainException domain) {
				throw domain;
			}
			return new Report(0, List.of(new RowError(0, "", "Không đọc được tệp Excel (.xlsx): " + ex.getMessage())));
		}
		if (!errors.isEmpty()) {
			return new Report(0, errors);
		}
		for (ProcedureDraft draft : drafts) {
			this.catalogue.newVersion(draft, actor);
		}
		return new Report(drafts.size(), List.of());
	}

	/** @return an empty import file with its header and one example row. */
	@Transactional(readOnly = true)
	public byte[] template() {
		try (var workbook = new XSSFWorkbook(); var out = new ByteArrayOutputStream()) {
			Sheet sheet = workbook.createSheet("Thu tuc hanh chinh");
			Row header = sheet.createRow(0);
			Row example = sheet.createRow(1);
			String[] sample = { "2.001035", "Chứng thực giao dịch liên quan đến tài sản là động sản, quyền sử dụng đất, nhà ở",
					"Chứng thực", "Cấp xã", "2", "Ngày làm việc", "50000", "Mỗi giao dịch", "Một phần",
					"Phiếu yêu cầu chứng thực (1 bản chính); Dự thảo hợp đồng (1 bản chính); Giấy tờ tùy thân (1 bản sao)",
					"Nghị định 23/2015/NĐ-CP" };
			int i = 0;
			for (String title : COLUMNS.values()) {
				header.createCell(i).setCellValue(title);
				example.createCell(i).setCellValue(sample[i]);
				sheet.setColumnWidth(i, 24 * 256);
				i++;
			}
			workbook.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static Map<String, Integer> header(@Nullable Row row, List<RowError> errors) {
		Map<String, Integer> found = new HashMap<>();
		if (row != null) {
			DataFormatter format = new DataFormatter();
			for (Cell cell : row) {
				String folded = TextFolding.fold(format.formatCellValue(cell));
				COLUMNS.forEach((key, title) -> {
					if (folded.equals(TextFolding.fold(title))) {
						found.put(key, cell.getColumnIndex());
					}
				});
			}
		}
		for (String required : List.of("code", "name", "field", "level", "limit", "unit")) {
			if (!found.containsKey(required)) {
				errors.add(new RowError(1, COLUMNS.get(required), "Thiếu cột «" + COLUMNS.get(required) + "» ở dòng tiêu đề."));
			}
		}
		return found;
	}

	private static Optional<ProcedureDraft> draft(Row row, int number, Map<String, Integer> columns,
			LocalDate from, List<RowError> errors) {
		int before = errors.size();
		String code = text(row, columns, "code");
		String name = text(row, columns, "name");
		String field = text(row, columns, "field");
		require(code, number, "code", errors);
		require(name, number, "name", errors);
		require(field, number, "field", errors);
		ProcedureLevel level = LEVELS.get(TextFolding.fold(text(row, columns, "level")));
		if (level == null) {
			errors.add(new RowError(number, COLUMNS.get("level"), "Cấp thực hiện phải là Cấp tỉnh, Cấp huyện hoặc Cấp xã."));
		}
		TimeLimitUnit unit = UNITS.get(TextFolding.fold(text(row, columns, "unit")));
		if (unit == null) {
			errors.add(new RowError(number, COLUMNS.get("unit"),
					"Đơn vị thời hạn phải là Ngày làm việc, Ngày, Giờ làm việc hoặc Trong ngày."));
		}
		Integer limit = number(text(row, columns, "limit"));
		if (limit == null || limit < 0 || limit > 3650) {
			errors.add(new RowError(number, COLUMNS.get("limit"), "Thời hạn giải quyết phải là số nguyên từ 0 đến 3650."));
		}
		String feeText = text(row, columns, "fee").replace(".", "").replace(",", "");
		Integer fee = feeText.isEmpty() ? Integer.valueOf(0) : number(feeText);
		if (fee == null || fee < 0) {
			errors.add(new RowError(number, COLUMNS.get("fee"), "Phí, lệ phí phải là số tiền bằng đồng, ví dụ 50000."));
		}
		String onlineText = TextFolding.fold(text(row, columns, "online"));
		OnlineLevel online = onlineText.isEmpty() ? OnlineLevel.DIRECT_ONLY : ONLINE.get(onlineText);
		if (online == null) {
			errors.add(new RowError(number, COLUMNS.get("online"), "Mức độ dịch vụ công phải là Toàn trình, Một phần hoặc Trực tiếp."));
		}
		if (errors.size() > before || level == null || unit == null || limit == null || fee == null || online == null) {
			return Optional.empty();
		}
		String feeNote = text(row, columns, "feeNote");
		String legal = text(row, columns, "legal");
		return Optional.of(new ProcedureDraft(code, name, field, level, from, null, limit, unit, fee,
				feeNote.isEmpty() ? null : feeNote, online, legal.isEmpty() ? null : legal,
				documents(text(row, columns, "documents")), List.of(),
				new ProcedureView.Particulars(optional(row, columns, "applicants"), optional(row, columns, "agency"),
						optional(row, columns, "result"), optional(row, columns, "conditions"))));
	}

	private static @Nullable String optional(Row row, Map<String, Integer> columns, String column) {
		String value = text(row, columns, column);
		return value.isEmpty() ? null : value;
	}

	/**
	 * @param text documents separated by semicolons or line breaks; «bản chính», «chứng thực» and
	 * «bản sao» in a name say which copy is asked for.
	 * @return the documents, numbered in order; never {@literal null}.
	 */
	public static List<RequiredDocument> documents(String text) {
		List<RequiredDocument> documents = new ArrayList<>();
		for (String part : text.split("[;\\n]")) {
			String name = part.strip();
			if (!name.isEmpty()) {
				String folded = TextFolding.fold(name);
				documents.add(new RequiredDocument(documents.size() + 1, name, folded.contains("ban chinh") ? 1 : 0,
						folded.contains("chung thuc") ? 1 : 0, folded.contains("ban sao") && !folded.contains("chung thuc") ? 1 : 0));
			}
		}
		return documents;
	}

	private static void require(String value, int row, String key, List<RowError> errors) {
		if (value.isBlank()) {
			errors.add(new RowError(row, COLUMNS.get(key), "Ô «" + COLUMNS.get(key) + "» không được để trống."));
		}
	}

	private static String text(Row row, Map<String, Integer> columns, String key) {
		Integer index = columns.get(key);
		if (index == null || row.getCell(index) == null) {
			return "";
		}
		return new DataFormatter().formatCellValue(row.getCell(index)).strip();
	}

	private static @Nullable Integer number(String text) {
		try {
			return Integer.valueOf(text.strip());
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

	private static boolean blank(Row row) {
		for (Cell cell : row) {
			if (!new DataFormatter().formatCellValue(cell).isBlank()) {
				return false;
			}
		}
		return true;
	}

}
