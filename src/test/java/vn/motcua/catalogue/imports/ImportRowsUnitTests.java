package vn.motcua.catalogue.imports;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import vn.motcua.calendar.ReceiptRule;
import vn.motcua.calendar.TimeLimitUnit;
import vn.motcua.catalogue.OnlineLevel;
import vn.motcua.catalogue.ProcedureDraft;
import vn.motcua.catalogue.ProcedureLevel;
import vn.motcua.catalogue.ProcedureView.Particulars;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class ImportRowsUnitTests {

	private static final LocalDate FROM = LocalDate.of(2026, 12, 1);

	/** A valid row, with the columns given replacing its own. */
	private static ImportLine row(int number, String... keysAndValues) {
		Map<String, String> texts = new HashMap<>(Map.of("code", "2.001019", "name", "Chứng thực di chúc", "field",
				"Chứng thực", "level", "Cấp xã", "limit", "3", "unit", "Ngày làm việc"));
		for (int i = 0; i < keysAndValues.length; i += 2) {
			texts.put(keysAndValues[i], keysAndValues[i + 1]);
		}
		return new ImportLine(number, texts);
	}

	private static List<RowError> errorsOf(ImportLine line) {
		List<RowError> errors = new ArrayList<>();
		assertThat(ImportRows.draft(line, FROM, errors)).isEmpty();
		return errors;
	}

	@Test
	void aRowBecomesAVersionFromTheDate() {
		List<RowError> errors = new ArrayList<>();
		ProcedureDraft draft = ImportRows.draft(row(2, "fee", "60.000", "feeNote", "Mỗi bản", "documents",
				"Phiếu yêu cầu (bản chính); Dự thảo di chúc", "legal", "Nghị định 23/2015/NĐ-CP", "agency",
				"UBND cấp xã", "online", "Toàn trình"), FROM, errors).orElseThrow();

		assertThat(errors).isEmpty();
		assertThat(draft.code()).isEqualTo("2.001019");
		assertThat(draft.level()).isEqualTo(ProcedureLevel.COMMUNE);
		assertThat(draft.effectiveFrom()).isEqualTo(FROM);
		assertThat(draft.effectiveTo()).isNull();
		assertThat(draft.timeLimit()).isEqualTo(3);
		assertThat(draft.timeUnit()).isEqualTo(TimeLimitUnit.WORKING_DAYS);
		assertThat(draft.feeVnd()).isEqualTo(60_000);
		assertThat(draft.feeNote()).isEqualTo("Mỗi bản");
		assertThat(draft.onlineLevel()).isEqualTo(OnlineLevel.FULL_ONLINE);
		assertThat(draft.legalBasis()).isEqualTo("Nghị định 23/2015/NĐ-CP");
		assertThat(draft.documents()).extracting("name", "originals")
			.containsExactly(tuple("Phiếu yêu cầu (bản chính)", 1), tuple("Dự thảo di chúc", 0));
		assertThat(draft.steps()).isEmpty();
		assertThat(draft.particulars()).isEqualTo(new Particulars(null, "UBND cấp xã", null, null));
	}

	@Test
	void emptyOptionalColumnsTakeTheirDefaults() {
		ProcedureDraft draft = ImportRows.draft(row(2, "fee", "", "online", ""), FROM, new ArrayList<>()).orElseThrow();

		assertThat(draft.feeVnd()).isZero();
		assertThat(draft.onlineLevel()).isEqualTo(OnlineLevel.DIRECT_ONLY);
		assertThat(draft.feeNote()).isNull();
		assertThat(draft.legalBasis()).isNull();
		assertThat(draft.documents()).isEmpty();
		assertThat(draft.particulars()).isEqualTo(Particulars.NONE);
		assertThat(draft.receiptRules()).isEmpty();
	}

	@Test
	void receiptRulesAreNamedWithOrWithoutAccentsSeparatedBySemicolons() {
		ProcedureDraft draft = ImportRows.draft(row(2, "receipt", "Sau 15 giờ; truc tuyen gio cuoi ;"), FROM,
				new ArrayList<>()).orElseThrow();

		assertThat(draft.receiptRules()).containsExactlyInAnyOrder(ReceiptRule.AFTER_15H_NEXT_DAY,
				ReceiptRule.ONLINE_LAST_HOUR_NEXT_DAY);
		List<RowError> errors = errorsOf(row(3, "receipt", "Trực tuyến ngoài giờ; sau 16 giờ"));
		assertThat(errors).extracting(RowError::column).containsExactly("Thời điểm tính là đã nhận");
		assertThat(errors.get(0).message()).startsWith("Thời điểm tính là đã nhận: «Sau 15 giờ»");
	}

	@Test
	void levelsUnitsAndOnlineLevelsAreReadWithOrWithoutAccents() {
		assertThat(ImportRows.draft(row(2, "level", "TỈNH", "unit", "ngay", "online", "mot phan"), FROM, new ArrayList<>())
			.orElseThrow()).extracting(ProcedureDraft::level, ProcedureDraft::timeUnit, ProcedureDraft::onlineLevel)
			.containsExactly(ProcedureLevel.PROVINCE, TimeLimitUnit.CALENDAR_DAYS, OnlineLevel.PARTIAL_ONLINE);
		assertThat(ImportRows.draft(row(2, "level", "Cấp huyện", "unit", "Giờ làm việc", "online", "Trực tiếp"), FROM,
				new ArrayList<>())
			.orElseThrow()).extracting(ProcedureDraft::level, ProcedureDraft::timeUnit, ProcedureDraft::onlineLevel)
			.containsExactly(ProcedureLevel.DISTRICT, TimeLimitUnit.WORKING_HOURS, OnlineLevel.DIRECT_ONLY);
		assertThat(ImportRows.draft(row(2, "level", "huyen", "unit", "Trong ngày"), FROM, new ArrayList<>())
			.orElseThrow()).extracting(ProcedureDraft::level, ProcedureDraft::timeUnit)
			.containsExactly(ProcedureLevel.DISTRICT, TimeLimitUnit.SAME_DAY);
		assertThat(ImportRows.draft(row(2, "level", "xa", "limit", "0"), FROM, new ArrayList<>()).orElseThrow().level())
			.isEqualTo(ProcedureLevel.COMMUNE);
		assertThat(ImportRows.draft(row(2, "level", "cap tinh", "limit", "3650"), FROM, new ArrayList<>()).orElseThrow()
			.timeLimit()).isEqualTo(3650);
	}

	@Test
	void everyWrongCellIsReportedWithItsRowAndColumn() {
		List<RowError> errors = errorsOf(row(4, "code", "", "name", " ", "field", "", "level", "Cấp thôn", "unit",
				"Tuần", "limit", "hai", "fee", "-5", "online", "Nửa"));

		assertThat(errors).extracting(RowError::row).containsOnly(4);
		assertThat(errors).extracting(RowError::column)
			.containsExactly("Mã thủ tục", "Tên thủ tục", "Lĩnh vực", "Cấp thực hiện", "Đơn vị thời hạn",
					"Thời hạn giải quyết", "Phí, lệ phí (đồng)", "Mức độ dịch vụ công");
		assertThat(errors.get(0).message()).isEqualTo("Ô «Mã thủ tục» không được để trống.");
		assertThat(errors.get(3).message()).isEqualTo("Cấp thực hiện phải là Cấp tỉnh, Cấp huyện hoặc Cấp xã.");
		assertThat(errors.get(4).message())
			.isEqualTo("Đơn vị thời hạn phải là Ngày làm việc, Ngày, Giờ làm việc hoặc Trong ngày.");
		assertThat(errors.get(5).message()).isEqualTo("Thời hạn giải quyết phải là số nguyên từ 0 đến 3650.");
		assertThat(errors.get(6).message()).isEqualTo("Phí, lệ phí phải là số tiền bằng đồng, ví dụ 50000.");
		assertThat(errors.get(7).message()).isEqualTo("Mức độ dịch vụ công phải là Toàn trình, Một phần hoặc Trực tiếp.");
	}

	@Test
	void aTimeLimitOutsideZeroTo3650OrAnEmptyLevelIsRefused() {
		assertThat(errorsOf(row(2, "limit", "-1"))).extracting(RowError::column).containsExactly("Thời hạn giải quyết");
		assertThat(errorsOf(row(2, "limit", "3651"))).extracting(RowError::column).containsExactly("Thời hạn giải quyết");
		assertThat(errorsOf(row(2, "limit", ""))).extracting(RowError::column).containsExactly("Thời hạn giải quyết");
		assertThat(errorsOf(row(2, "level", ""))).extracting(RowError::column).containsExactly("Cấp thực hiện");
		assertThat(errorsOf(row(2, "unit", ""))).extracting(RowError::column).containsExactly("Đơn vị thời hạn");
		assertThat(errorsOf(row(2, "fee", "abc"))).extracting(RowError::column).containsExactly("Phí, lệ phí (đồng)");
	}

	@Test
	void aCodeMayAppearOnceInAFile() {
		List<RowError> errors = new ArrayList<>();
		List<ProcedureDraft> drafts = ImportRows.drafts(List.of(row(2), row(3, "code", "9.000001"), row(5)), FROM, errors);

		assertThat(drafts).extracting(ProcedureDraft::code).containsExactly("2.001019", "9.000001", "2.001019");
		assertThat(errors).containsExactly(new RowError(5, "Mã thủ tục", "Mã thủ tục 2.001019 đã có ở dòng 2."));
	}

	@Test
	void columnsAreFoundByTheirHeaderWithOrWithoutAccents() {
		assertThat(ImportColumns.keyOf(" Mã thủ tục ")).contains("code");
		assertThat(ImportColumns.keyOf("PHI, LE PHI (DONG)")).contains("fee");
		assertThat(ImportColumns.keyOf("Yêu cầu, điều kiện")).contains("conditions");
		assertThat(ImportColumns.keyOf("Ghi chú")).isEmpty();
	}

}
