package vn.motcua.catalogue.demo;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import vn.motcua.calendar.TimeLimitUnit;
import vn.motcua.catalogue.OnlineLevel;
import vn.motcua.catalogue.ProcedureDraft;
import vn.motcua.catalogue.ProcedureLevel;
import vn.motcua.catalogue.ProcedureView;
import vn.motcua.catalogue.ProcedureView.RequiredDocument;
import vn.motcua.catalogue.SampleForms;
import vn.motcua.catalogue.procedures.ProcedureRepository;
import vn.motcua.catalogue.versions.ProcedureVersions;
import vn.motcua.shared.Csv;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Demo profile: the catalogue in two eras. From 01/07/2025 (two-tier local government) the commune
 * procedures of {@code seed/procedures.csv} as the national procedure database publishes them, with
 * the sample declarations of the most common ones ({@link DemoSampleForms}). Before, for the
 * district era's dossiers, the earlier illustrative sample {@code seed/procedures-sample.csv} (from
 * 01/01/2024 to 30/06/2025, two placeholder documents; procedures without a national code get a local
 * one, {@code DP.000001} on).
 */
@Component
@Profile("demo")
@Order(40)
class DemoCatalogue implements ApplicationRunner {

	static final LocalDate IN_FORCE_FROM = LocalDate.of(2024, 1, 1);

	static final LocalDate TWO_TIER_FROM = LocalDate.of(2025, 7, 1);

	private static final List<RequiredDocument> DOCUMENTS = List.of(
			new RequiredDocument(1, "Tờ khai hoặc đơn đề nghị theo mẫu", 1, 0, 0),
			new RequiredDocument(2, "Giấy tờ tùy thân của người nộp (xuất trình để đối chiếu)", 0, 0, 1));

	private final ProcedureVersions versions;

	private final ProcedureRepository procedures;

	private final SampleForms forms;

	DemoCatalogue(ProcedureVersions versions, ProcedureRepository procedures, SampleForms forms) {
		this.versions = versions;
		this.procedures = procedures;
		this.forms = forms;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (!this.procedures.isEmpty()) {
			return;
		}
		int local = 0;
		for (Map<String, String> row : Csv.read(DemoCatalogue.class.getResourceAsStream("/seed/procedures-sample.csv"))) {
			String code = row.get("code").isEmpty() ? "DP.%06d".formatted(++local) : row.get("code");
			this.versions.register(sample(code, row));
		}
		for (Map<String, String> row : Csv.read(DemoCatalogue.class.getResourceAsStream("/seed/procedures.csv"))) {
			this.versions.register(SeedRows.draft(row, TWO_TIER_FROM));
		}
		DemoSampleForms.attach(this.forms);
	}

	private static ProcedureDraft sample(String code, Map<String, String> row) {
		return new ProcedureDraft(code, row.get("name"), row.get("field"),
				ProcedureLevel.valueOf(row.get("level").toUpperCase(Locale.ROOT)), IN_FORCE_FROM,
				TWO_TIER_FROM.minusDays(1), Integer.valueOf(row.get("time_limit")),
				TimeLimitUnit.valueOf(row.get("time_unit").toUpperCase(Locale.ROOT)),
				SeedRows.receiptRules(row.get("same_day_cutoff")), Long.valueOf(row.get("fee_vnd")),
				row.get("fee_note").isEmpty() ? null : row.get("fee_note"), online(row.get("online_level")),
				row.get("source"), DOCUMENTS, List.of(),
				new ProcedureView.Particulars("Cá nhân, tổ chức",
						"district".equals(row.get("level")) ? "Ủy ban nhân dân cấp huyện" : "Ủy ban nhân dân cấp xã", null,
						null, null, "Dữ liệu minh họa của bản demo trước cải cách 01/07/2025, không lấy từ CSDLQG",
						null));
	}

	private static OnlineLevel online(String level) {
		return switch (level) {
			case "full" -> OnlineLevel.FULL_ONLINE;
			case "partial" -> OnlineLevel.PARTIAL_ONLINE;
			default -> OnlineLevel.DIRECT_ONLY;
		};
	}

}
