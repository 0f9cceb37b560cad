package vn.motcua.parindex.results;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import vn.motcua.dossier.forms.Numbers;
import vn.motcua.dossier.forms.Tabular;
import vn.motcua.parindex.domain.Points;
import vn.motcua.parindex.sets.ParSet;
import vn.motcua.shared.Vietnam;

/** A set's results as a table for Excel and PDF, in the order of rank, with the decision when published. */
final class ResultsFile {

	private static final String[] HEADERS = { "Hạng", "Đơn vị", "Tự chấm", "Thẩm định", "Điểm thưởng", "Điểm trừ",
			"Điểm tối đa", "Chỉ số (%)", "Xếp loại", "So với năm trước" };

	private ResultsFile() {
	}

	static Tabular of(ParSet set, List<UnitResult> lines) {
		List<String[]> rows = new ArrayList<>();
		for (UnitResult l : lines) {
			rows.add(new String[] { String.valueOf(l.rank()), l.unitName(), Points.format(l.selfScore()),
					Points.format(l.appraisedScore()), Points.format(l.bonus()), Points.format(l.penalty()),
					Points.format(l.maxPoints()), Numbers.decimal(l.index(), 2), l.band() == null ? "—" : l.band(),
					l.change() == null ? "—" : (l.change() >= 0 ? "+" : "") + Numbers.decimal(l.change(), 2) });
		}
		String subtitle = set.issuer().name() + (set.published()
				? " — Quyết định số " + set.decision() + " ngày " + String.valueOf(set.decisionDate() == null ? "" : set.decisionDate().format(Vietnam.DAY))
				: " — chưa công bố");
		return new Tabular("KẾT QUẢ CHỈ SỐ CẢI CÁCH HÀNH CHÍNH: " + set.name().toUpperCase(Locale.ROOT), subtitle,
				"Ket qua " + set.year(), new float[] { 0.6f, 3, 1, 1, 1, 1, 1, 1, 1, 1.2f }, HEADERS.clone(), rows);
	}

}
