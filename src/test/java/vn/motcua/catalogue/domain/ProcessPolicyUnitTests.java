package vn.motcua.catalogue.domain;

import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

import org.junit.jupiter.api.Test;
import vn.motcua.catalogue.ProcedureView.ProcessStep;
import vn.motcua.shared.DomainException;
import vn.motcua.shared.DomainException.Kind;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ProcessPolicyUnitTests {

	private static final Predicate<String> KNOWN = Set.of("000.00.06.H55")::contains;

	private static ProcessStep step(int position, String name, String role, double hours, String acting) {
		return new ProcessStep(position, name, role, hours, acting != null, acting);
	}

	private static ProcessStep step(int position, String role) {
		return step(position, "Bước " + position, role, 1, null);
	}

	@Test
	void aProcessOfStepHoldersInOrderWithKnownAgenciesPasses() {
		assertThatCode(() -> ProcessPolicy.check(List.of(step(1, "RECEPTION"), step(2, "SPECIALIST"),
				step(3, "Liên thông", "HEAD_OF_UNIT", 0.25, "000.00.06.H55"), step(4, "LEADER"),
				step(5, "COMMUNE_OFFICER")), KNOWN))
			.doesNotThrowAnyException();
		assertThatCode(() -> ProcessPolicy.check(List.of(), KNOWN)).doesNotThrowAnyException();
	}

	@Test
	void theFirstWrongStepIsNamed() {
		refused(List.of(step(1, "RECEPTION"), step(3, "LEADER")), 2);
		refused(List.of(step(2, "RECEPTION")), 1);
		refused(List.of(step(1, "RECEPTION"), step(2, "Thẩm định", "SPECIALIST", 0, null)), 2);
		refused(List.of(step(1, "Thẩm định", "SPECIALIST", -1, null)), 1);
		refused(List.of(step(1, " ", "SPECIALIST", 1, null)), 1);
		refused(List.of(step(1, "ADMIN")), 1);
		refused(List.of(step(1, "PORTAL_EDITOR")), 1);
		refused(List.of(step(1, "Liên thông", "SPECIALIST", 1, "999.99.99.H55")), 1);
	}

	private static void refused(List<ProcessStep> steps, int wrong) {
		assertThatThrownBy(() -> ProcessPolicy.check(steps, KNOWN)).isInstanceOfSatisfying(DomainException.class, ex -> {
			assertThat(ex.kind()).isEqualTo(Kind.INVALID);
			assertThat(ex.code()).isEqualTo("process-invalid");
			assertThat(ex.args()).containsExactly(wrong);
		});
	}

}
