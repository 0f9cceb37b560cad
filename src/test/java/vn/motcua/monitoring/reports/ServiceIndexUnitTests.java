package vn.motcua.monitoring.reports;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import vn.motcua.monitoring.statistics.Selection;
import vn.motcua.organization.UnitView;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/** The Decision 766 components: full points at the target, proportional below it, missing without data. */
class ServiceIndexUnitTests {

	@Test
	void atOrAboveTheTargetAComponentGetsItsFullPoints() {
		assertThat(IndexComponent.of("online", 12, 6, 10, 0.5)).isEqualTo(new IndexComponent("online", 12, 60.0, 50.0,
				12.0, 6, 10, null, null));
		assertThat(IndexComponent.of("online", 12, 5, 10, 0.5).points()).isEqualTo(12.0);
	}

	@Test
	void belowTheTargetPointsAreProportional() {
		assertThat(IndexComponent.of("progress", 20, 2, 3, 1.0)).isEqualTo(new IndexComponent("progress", 20, 66.67,
				100.0, 13.33, 2, 3, null, null));
	}

	@Test
	void withoutDossiersOrDataAComponentSaysWhatIsMissing() {
		assertThat(IndexComponent.of("digitisation", 22, 0, 0, 1.0))
			.isEqualTo(new IndexComponent("digitisation", 22, null, null, null, 0, 0, "no-dossiers", null));
		assertThat(IndexComponent.missing("payment", 10, "payment").missing()).isEqualTo("payment");
	}

	@Test
	void theIndexSumsOnlyTheComponentsComputed() {
		UnitView unit = mock(UnitView.class);
		when(unit.code()).thenReturn("168");
		when(unit.name()).thenReturn("Huyện Phú Lương");
		Selection s = new Selection(unit, Set.of(), true, LocalDate.of(2024, 12, 1), LocalDate.of(2024, 12, 31));
		IndexResult r = IndexResult.of(s, List.of(
				new IndexGroup("publicity", 18, List.of(IndexComponent.missing("transparency", 18, "transparency"))),
				new IndexGroup("results", 20, List.of(IndexComponent.of("progress", 20, 2, 3, 1.0))),
				new IndexGroup("services", 22,
						List.of(IndexComponent.of("online", 12, 6, 10, 0.5), IndexComponent.missing("payment", 10, "payment")))));
		assertThat(r.points()).isEqualTo(25.33);
		assertThat(r.maxPoints()).isEqualTo(32);
		assertThat(List.of(r.unitCode(), r.unitName())).containsExactly("168", "Huyện Phú Lương");
		assertThat(r.components()).extracting(IndexComponent::key)
			.containsExactly("transparency", "progress", "online", "payment");
	}

	@Test
	void aGroupsIndicatorsMakeItsPointsAndARatioByFormulaIsClamped() {
		assertThatThrownBy(() -> new IndexGroup("services", 22, List.of(IndexComponent.of("online", 12, 6, 10, 0.5))))
			.isInstanceOf(IllegalArgumentException.class);
		IndexComponent satisfaction = IndexComponent.ofRatio("satisfaction", 18, 1 - 0.03 - 0.02, 0.9, "satisfaction");
		assertThat(List.of(satisfaction.ratio(), satisfaction.points())).containsExactly(95.0, 18.0);
		assertThat(satisfaction.formula()).isEqualTo("satisfaction");
		assertThat(IndexComponent.ofRatio("satisfaction", 18, -0.2, 0.9, "satisfaction").points()).isZero();
		assertThat(IndexComponent.ofRatio("satisfaction", 18, 0.45, 0.9, "satisfaction").points()).isEqualTo(9.0);
	}

}
