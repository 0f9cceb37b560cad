package vn.motcua.catalogue.imports;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import vn.motcua.calendar.ReceiptRule;
import vn.motcua.calendar.TimeLimitUnit;
import vn.motcua.catalogue.OnlineLevel;
import vn.motcua.catalogue.ProcedureDraft;
import vn.motcua.catalogue.ProcedureLevel;
import vn.motcua.catalogue.ProcedureView;
import vn.motcua.catalogue.domain.RequiredDocuments;

/**
 * Checks the rows of an import file and turns them into procedure versions: every error of every
 * row is reported with its row and column, and a code may appear once.
 */
final class ImportRows {

	private static final Map<String, TimeLimitUnit> UNITS = Map.of("ngay lam viec", TimeLimitUnit.WORKING_DAYS, "ngay",
			TimeLimitUnit.CALENDAR_DAYS, "gio lam viec", TimeLimitUnit.WORKING_HOURS, "trong ngay", TimeLimitUnit.SAME_DAY);

	private static final Map<String, ProcedureLevel> LEVELS = Map.of("tinh", ProcedureLevel.PROVINCE, "cap tinh",
			ProcedureLevel.PROVINCE, "huyen", ProcedureLevel.DISTRICT, "cap huyen", ProcedureLevel.DISTRICT, "xa",
			ProcedureLevel.COMMUNE, "cap xa", ProcedureLevel.COMMUNE);

	private static final Map<String, OnlineLevel> ONLINE = Map.of("toan trinh", OnlineLevel.FULL_ONLINE, "mot phan",
			OnlineLevel.PARTIAL_ONLINE, "truc tiep", OnlineLevel.DIRECT_ONLY);

	/** The receipt rules as an import cell names them, separated by semicolons. */
	private static final Map<String, ReceiptRule> RECEIPT = Map.of("sau 15 gio", ReceiptRule.AFTER_15H_NEXT_DAY,
			"truc tuyen ngoai gio", ReceiptRule.ONLINE_AFTER_HOURS_NEXT_OPENING, "truc tuyen gio cuoi",
			ReceiptRule.ONLINE_LAST_HOUR_NEXT_DAY, "giai quyet ngay", ReceiptRule.NO_RECEIPT_UNLESS_ASKED);

	private ImportRows() {
	}

	/**
	 * @param from when the versions come into force.
	 * @param errors where the errors are added.
	 * @return the versions of the rows without errors, in order.
	 */
	static List<ProcedureDraft> drafts(List<ImportLine> lines, LocalDate from, List<RowError> errors) {
		List<ProcedureDraft> drafts = new ArrayList<>();
		Map<String, Integer> seen = new HashMap<>();
		for (ImportLine line : lines) {
			draft(line, from, errors).ifPresent(draft -> {
				Integer first = seen.putIfAbsent(draft.code(), line.number());
				if (first != null) {
					errors.add(new RowError(line.number(), ImportColumns.title("code"),
							"Mã thủ tục " + draft.code() + " đã có ở dòng " + first + "."));
				}
				drafts.add(draft);
			});
		}
		return drafts;
	}

	static Optional<ProcedureDraft> draft(ImportLine line, LocalDate from, List<RowError> errors) {
		var cells = new ImportCells(line, errors);
		String code = cells.required("code");
		String name = cells.required("name");
		String field = cells.required("field");
		ProcedureLevel level = cells.choice("level", LEVELS, null,
				"Cấp thực hiện phải là Cấp tỉnh, Cấp huyện hoặc Cấp xã.");
		TimeLimitUnit unit = cells.choice("unit", UNITS, null,
				"Đơn vị thời hạn phải là Ngày làm việc, Ngày, Giờ làm việc hoặc Trong ngày.");
		Integer limit = cells.number("limit", line.text("limit"), 0, 3650,
				"Thời hạn giải quyết phải là số nguyên từ 0 đến 3650.");
		String fee = line.text("fee").replace(".", "").replace(",", "");
		Integer feeVnd = fee.isEmpty() ? Integer.valueOf(0)
				: cells.number("fee", fee, 0, Integer.MAX_VALUE, "Phí, lệ phí phải là số tiền bằng đồng, ví dụ 50000.");
		OnlineLevel online = cells.choice("online", ONLINE, OnlineLevel.DIRECT_ONLY,
				"Mức độ dịch vụ công phải là Toàn trình, Một phần hoặc Trực tiếp.");
		Set<ReceiptRule> receipt = cells.choices("receipt", RECEIPT,
				"Thời điểm tính là đã nhận: «Sau 15 giờ», «Trực tuyến ngoài giờ», «Trực tuyến giờ cuối», «Giải quyết ngay», cách nhau bằng dấu chấm phẩy.");
		if (cells.failed() || level == null || unit == null || limit == null || feeVnd == null || online == null) {
			return Optional.empty();
		}
		return Optional.of(new ProcedureDraft(code, name, field, level, from, null, limit, unit, receipt, feeVnd.longValue(),
				line.optional("feeNote"), online, line.optional("legal"), RequiredDocuments.parse(line.text("documents")),
				List.of(), new ProcedureView.Particulars(line.optional("applicants"), line.optional("agency"),
						line.optional("result"), line.optional("conditions"), steps(line), null, null)));
	}

	/** @return the steps one a line, typed one a line or separated by semicolons; {@literal null} for none. */
	private static @Nullable String steps(ImportLine line) {
		String steps = String.join("\n", line.text("steps").strip().split("\\s*[;\\n]\\s*"));
		return steps.isBlank() ? null : steps;
	}

}
