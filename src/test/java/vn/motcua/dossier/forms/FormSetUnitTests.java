package vn.motcua.dossier.forms;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import vn.motcua.calendar.RuleVersion;
import vn.motcua.dossier.forms.FormSet.Form;

import static org.assertj.core.api.Assertions.assertThat;

/** Which forms a dossier has, by the rules of its receipt date. */
class FormSetUnitTests {

	@Test
	void fromJuly2025TheFormsAreCircular03sWithTheNoticeOfStoppingAs05() {
		FormSet set = FormSet.of(RuleVersion.DECREE_118_2025);

		assertThat(set.form("05")).contains(Form.STOP_NOTICE);
		assertThat(set.form("06")).contains(Form.CONTROL_SHEET);
		assertThat(set.form("07")).isEmpty();
		assertThat(set.label(Form.APOLOGY)).isEqualTo("Mẫu số 04 — Thông tư số 03/2025/TT-VPCP");
	}

	@Test
	void beforeJuly2025TheyAreCircular01sWithTheControlSheetAs05() {
		FormSet set = FormSet.of(RuleVersion.DECREE_61_2018);

		assertThat(set.form("01")).contains(Form.RECEIPT);
		assertThat(set.form("05")).contains(Form.CONTROL_SHEET);
		assertThat(set.form("06")).isEmpty();
		assertThat(set.form("5")).isEmpty();
		assertThat(set.label(Form.CONTROL_SHEET)).isEqualTo("Mẫu số 05 — Thông tư số 01/2018/TT-VPCP");
	}

	@Test
	void theLogBookIs06Before07SinceAndBothAcrossTheDay() {
		assertThat(FormSet.logBookLabel(LocalDate.of(2025, 6, 1), LocalDate.of(2025, 6, 30)))
			.isEqualTo("Mẫu số 06 — Thông tư số 01/2018/TT-VPCP");
		assertThat(FormSet.logBookLabel(LocalDate.of(2025, 7, 1), LocalDate.of(2025, 7, 31)))
			.isEqualTo("Mẫu số 07 — Thông tư số 03/2025/TT-VPCP");
		assertThat(FormSet.logBookLabel(LocalDate.of(2025, 6, 1), LocalDate.of(2025, 7, 31))).isEqualTo(
				"Mẫu số 06 — Thông tư số 01/2018/TT-VPCP (đến 30/06/2025); Mẫu số 07 — Thông tư số 03/2025/TT-VPCP (từ 01/07/2025)");
	}

}
