package vn.motcua.monitoring.reports;

import java.util.ArrayList;
import java.util.List;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.jspecify.annotations.Nullable;
import vn.motcua.dossier.forms.Numbers;
import vn.motcua.dossier.forms.Tabular;
import vn.motcua.monitoring.statistics.Selection;

/**
 * The Circular 01/2018 evaluation as a file, for any period (a quarter, a year): one row per unit
 * with its averages and grade, one per official with their score out of 10, and in the workbook one
 * row per dossier with its scores.
 */
@Component
class EvaluationReport {

	/** An indicator without data, left out of the average (Art. 15.4.b). */
	private static final String NO_DATA = "—";

	/** Dossier rows in the evaluation workbook at most. */
	static final int MAX_DOSSIER_ROWS = 50_000;

	private static final String[] HEADERS = { "STT", "Đơn vị / hồ sơ", "Số hồ sơ", "(1) Tổng thời gian",
			"(2) Thời gian từng cơ quan", "(3) Số lần liên hệ", "(4) Số cơ quan", "(5) Một cửa", "(6) Công khai",
			"(7) Thái độ", "(8) Phản ánh", "(9) Trực tuyến", "Tổng điểm", "Xếp loại" };

	private final Evaluation evaluation;

	private final MessageSource messages;

	EvaluationReport(Evaluation evaluation, MessageSource messages) {
		this.evaluation = evaluation;
		this.messages = messages;
	}

	/** @param withDossiers whether the dossiers' rows follow the units' (the workbook, not the PDF). */
	Tabular of(Selection s, String period, boolean withDossiers) {
		List<String[]> rows = new ArrayList<>();
		int n = 0;
		for (UnitScore u : this.evaluation.units(s)) {
			rows.add(new String[] { String.valueOf(++n), u.unitName(), String.valueOf(u.dossiers()), decimal(u.i1()),
					decimal(u.i2()), decimal(u.i3()), "2", "2", "2", decimal(u.i7()), NO_DATA, decimal(u.i9()),
					decimal(u.total()), grade(u.grade()) });
		}
		rows.addAll(officialRows(s));
		if (withDossiers) {
			for (DossierScore d : this.evaluation.dossiers(s, MAX_DOSSIER_ROWS)) {
				rows.add(new String[] { "", d.code() + " — " + d.procedureName(), "1", String.valueOf(d.i1()),
						score(d.i2()), String.valueOf(d.i3()), "2", "2", "2", score(d.i7()), NO_DATA,
						String.valueOf(d.i9()), decimal(d.total()), "" });
			}
		}
		return new Tabular("ĐÁNH GIÁ VIỆC GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH (Thông tư 01/2018/TT-VPCP, Điều 13)",
				s.unit().name() + " — " + period, "Danh gia",
				new float[] { 0.5f, 4, 1, 0.8f, 0.8f, 0.8f, 0.8f, 0.8f, 0.8f, 0.8f, 0.8f, 0.8f, 1, 1.2f }, HEADERS.clone(),
				rows);
	}

	/** @return a heading row, then one row per official with their criteria and score out of 10; none without officials. */
	private List<String[]> officialRows(Selection s) {
		List<String[]> rows = new ArrayList<>();
		for (OfficialScore o : this.evaluation.officials(s)) {
			if (rows.isEmpty()) {
				rows.add(new String[] { "", "Cán bộ, công chức: chỉ số (1), (2), (3), (4), (7); tổng điểm thang 10", "", "",
						"", "", "", "", "", "", "", "", "", "" });
			}
			rows.add(new String[] { String.valueOf(rows.size()), o.fullName() + " (" + o.username() + ")",
					String.valueOf(o.dossiers()), decimal(o.i1()), decimal(o.i2()), decimal(o.i3()), "2", "", "",
					decimal(o.i7()), "", "", Numbers.decimal(o.total(), 1), message("stats.band." + o.band()) });
		}
		return rows;
	}

	private String grade(Grade grade) {
		return message("stats.grade." + grade);
	}

	private String message(String key) {
		return this.messages.getMessage(key, null, LocaleContextHolder.getLocale());
	}

	private static String decimal(@Nullable Double value) {
		return value == null ? NO_DATA : Numbers.decimal(value, 2);
	}

	private static String score(@Nullable Integer value) {
		return value == null ? NO_DATA : String.valueOf(value);
	}

}
