package vn.motcua.catalogue.demo;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import vn.motcua.calendar.ReceiptRule;
import vn.motcua.calendar.TimeLimitUnit;
import vn.motcua.catalogue.OnlineLevel;
import vn.motcua.catalogue.ProcedureDraft;
import vn.motcua.catalogue.ProcedureView.RequiredDocument;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SeedRowsUnitTests {

	private static final LocalDate FROM = LocalDate.of(2025, 7, 1);

	private static Map<String, String> row(String limit, String unit, String fee) {
		Map<String, String> row = new HashMap<>(Map.ofEntries(Map.entry("code", "1.004884"),
				Map.entry("name", "Thủ tục đăng ký lại khai sinh"), Map.entry("field", "Hộ tịch"),
				Map.entry("level", "commune"), Map.entry("time_limit", limit), Map.entry("time_unit", unit),
				Map.entry("same_day_cutoff", "same_day".equals(unit) ? "15:00" : ""),
				Map.entry("fee_vnd", fee), Map.entry("fee_note", ""), Map.entry("online_level", ""),
				Map.entry("documents", "Tờ khai theo mẫu (bản chính: 1, bản sao: 0); Xuất trình: Giấy tờ tùy thân, còn giá trị (bản chính: 1, bản sao: 2); Giấy tờ khác"),
				Map.entry("steps", "Hình thức nộp theo CSDLQG: trực tiếp, bưu chính; Nộp hồ sơ; Trả kết quả"),
				Map.entry("applicants", "Công dân Việt Nam"), Map.entry("agency", ""), Map.entry("result", "Trích lục"),
				Map.entry("conditions", ""), Map.entry("legal_basis", "60/2014/QH13; 123/2015/NĐ-CP"),
				Map.entry("sources", "CSDLQG"), Map.entry("not_verified", "time_unit")));
		return row;
	}

	@Test
	void aTimeLimitWithoutItsUnitOrAFeeNotPublishedStayEmpty() {
		ProcedureDraft draft = SeedRows.draft(row("5", "", ""), FROM);
		assertThat(draft.timeLimit()).isNull();
		assertThat(draft.timeUnit()).isNull();
		assertThat(draft.feeVnd()).isNull();
		assertThat(draft.particulars().competentAgency()).isNull();
		assertThat(draft.particulars().unverified()).isEqualTo("time_unit");
		assertThat(draft.effectiveFrom()).isEqualTo(FROM);
	}

	@Test
	void aSameDayProcedureCountsNoDaysAndAFeeOfNothingIsFree() {
		ProcedureDraft draft = SeedRows.draft(row("1", "same_day", "0"), FROM);
		assertThat(draft.timeLimit()).isZero();
		assertThat(draft.timeUnit()).isEqualTo(TimeLimitUnit.SAME_DAY);
		assertThat(draft.feeVnd()).isZero();
		assertThat(draft.receiptRules()).containsExactly(ReceiptRule.AFTER_15H_NEXT_DAY);
		ProcedureDraft inDays = SeedRows.draft(row("3", "working_days", "8000"), FROM);
		assertThat(inDays.timeLimit()).isEqualTo(3);
		assertThat(inDays.receiptRules()).isEmpty();
	}

	@Test
	void aCutOffOtherThanTheLawsIsNoRuleWeKnow() {
		assertThatThrownBy(() -> SeedRows.receiptRules("16:00")).isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void documentsKeepTheirOriginalsAndCopiesAndStepsTheirOrder() {
		ProcedureDraft draft = SeedRows.draft(row("3", "working_days", ""), FROM);
		assertThat(draft.documents()).containsExactly(new RequiredDocument(1, "Tờ khai theo mẫu", 1, 0, 0),
				new RequiredDocument(2, "Xuất trình: Giấy tờ tùy thân, còn giá trị", 1, 0, 2),
				new RequiredDocument(3, "Giấy tờ khác", 0, 0, 0));
		assertThat(draft.particulars().filingStepList()).containsExactly(
				"Hình thức nộp theo CSDLQG: trực tiếp, bưu chính", "Nộp hồ sơ", "Trả kết quả");
	}

	@Test
	void theOnlineLevelFollowsTheChannelsTheDatabaseLists() {
		assertThat(SeedRows.online("full", "Hình thức nộp theo CSDLQG: trực tiếp")).isEqualTo(OnlineLevel.FULL_ONLINE);
		assertThat(SeedRows.online("", "Hình thức nộp theo CSDLQG: trực tuyến, trực tiếp; Nộp"))
			.isEqualTo(OnlineLevel.PARTIAL_ONLINE);
		assertThat(SeedRows.online("", "Hình thức nộp theo CSDLQG: trực tiếp, bưu chính; Nộp trực tuyến"))
			.isEqualTo(OnlineLevel.DIRECT_ONLY);
	}

	@Test
	void everySampleDeclarationRendersAsAPdf() {
		DemoSampleForms.FORMS.values().forEach(name -> assertThat(
				new String(SampleFormPdf.render(DemoSampleForms.description(name)), 0, 5)).isEqualTo("%PDF-"));
	}

}
