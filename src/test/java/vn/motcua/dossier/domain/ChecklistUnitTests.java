package vn.motcua.dossier.domain;

import java.util.Map;

import org.junit.jupiter.api.Test;
import vn.motcua.dossier.domain.Checklist.Component;
import vn.motcua.dossier.domain.Checklist.Reason;
import vn.motcua.dossier.domain.Checklist.State;
import vn.motcua.shared.DomainException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ChecklistUnitTests {

	private static final Map<Integer, String> REQUIRED = Map.of(2, "Giấy chứng sinh", 1, "Tờ khai đăng ký khai sinh",
			3, "Giấy tờ tùy thân");

	@Test
	void componentsFollowTheProcedureInOrderWithTheirScansAndMarks() {
		Checklist checklist = Checklist.of(REQUIRED, Map.of(1, 2), Map.of(3, Reason.ORIGINAL_SHOWN));
		assertThat(checklist.components()).containsExactly(new Component(1, "Tờ khai đăng ký khai sinh", 2, null),
				new Component(2, "Giấy chứng sinh", 0, null), new Component(3, "Giấy tờ tùy thân", 0, Reason.ORIGINAL_SHOWN));
		assertThat(checklist.components()).extracting(Component::state)
			.containsExactly(State.DIGITISED, State.MISSING, State.NOT_DIGITISED);
	}

	@Test
	void digitisedWhenEveryComponentIsScannedOrItsDataHeldElectronically() {
		assertThat(Checklist.of(REQUIRED, Map.of(1, 1, 2, 3, 3, 1), Map.of()).digitised()).isTrue();
		assertThat(Checklist.of(REQUIRED, Map.of(1, 1, 2, 1), Map.of(3, Reason.ELECTRONIC_HELD)).digitised()).isTrue();
		// one component missing, only shown, or confidential: not digitised
		assertThat(Checklist.of(REQUIRED, Map.of(1, 1, 2, 1), Map.of()).digitised()).isFalse();
		assertThat(Checklist.of(REQUIRED, Map.of(1, 1, 2, 1), Map.of(3, Reason.ORIGINAL_SHOWN)).digitised()).isFalse();
		assertThat(Checklist.of(REQUIRED, Map.of(1, 1, 2, 1), Map.of(3, Reason.CONFIDENTIAL)).digitised()).isFalse();
		// a scan counts even if a reason was left behind
		assertThat(new Component(1, "Tờ khai", 1, Reason.CONFIDENTIAL).counts()).isTrue();
		assertThat(new Component(1, "Tờ khai", 1, Reason.CONFIDENTIAL).state()).isEqualTo(State.DIGITISED);
	}

	@Test
	void aProcedureWithoutRequiredDocumentsIsNotDigitisedByAChecklist() {
		assertThat(Checklist.of(Map.of(), Map.of(1, 1), Map.of()).digitised()).isFalse();
	}

	@Test
	void onlyAComponentOfTheProcedureWithoutScansMayBeMarked() {
		Checklist checklist = Checklist.of(REQUIRED, Map.of(1, 1), Map.of());
		assertThat(checklist.markable(2).name()).isEqualTo("Giấy chứng sinh");
		assertThatThrownBy(() -> checklist.markable(1)).isInstanceOf(DomainException.class)
			.hasFieldOrPropertyWithValue("code", "component-scanned");
		assertThatThrownBy(() -> checklist.component(4)).isInstanceOf(DomainException.class)
			.hasFieldOrPropertyWithValue("code", "component-not-found");
		assertThatThrownBy(() -> checklist.markable(0)).isInstanceOf(DomainException.class)
			.hasFieldOrPropertyWithValue("code", "component-not-found");
	}

	@Test
	void onlyAComponentWithoutScansTakesADocumentOfTheApplicantsStore() {
		Checklist checklist = Checklist.of(REQUIRED, Map.of(1, 1), Map.of(3, Reason.ORIGINAL_SHOWN));
		assertThat(checklist.unscanned(2).name()).isEqualTo("Giấy chứng sinh");
		assertThat(checklist.unscanned(3).name()).isEqualTo("Giấy tờ tùy thân"); // a mark gives way
		assertThatThrownBy(() -> checklist.unscanned(1)).isInstanceOf(DomainException.class)
			.hasFieldOrPropertyWithValue("code", "component-has-scans")
			.hasFieldOrPropertyWithValue("args", new Object[] { "Tờ khai đăng ký khai sinh" });
		assertThatThrownBy(() -> checklist.unscanned(4)).isInstanceOf(DomainException.class)
			.hasFieldOrPropertyWithValue("code", "component-not-found");
	}

}
