package vn.motcua.parindex.sets;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import vn.motcua.parindex.domain.Band;
import vn.motcua.parindex.domain.Criterion;
import vn.motcua.parindex.domain.Indicator;
import vn.motcua.parindex.domain.Level;
import vn.motcua.parindex.domain.Method;
import vn.motcua.parindex.domain.Threshold;

/**
 * A criteria set as the API receives it.
 *
 * @param issuerUnit the code of the unit that issues the set and appraises; {@code units} the codes
 * of the units it assesses.
 * @param periodFrom first day computed criteria count, 1 January of the year when absent;
 * {@code periodTo} the last, 31 December.
 */
public record SetRequest(@NotNull(message = "{validation.required}") @Min(2000) @Max(2100) Integer year,
		@NotBlank(message = "{validation.required}") @Size(max = 300, message = "{validation.too-long}") String name,
		@NotBlank(message = "{validation.required}") String issuerUnit,
		@NotEmpty(message = "{validation.required}") List<String> units, @Nullable List<Band> bands,
		@NotEmpty(message = "{validation.required}") List<Node> criteria, @Nullable LocalDate periodFrom,
		@Nullable LocalDate periodTo, @Nullable LocalDate selfDue, @Nullable LocalDate appraisalDue) {

	/** A node of the tree, lists absent when empty. */
	public record Node(@Nullable String code, @Nullable String title, @Nullable Double maxPoints, @Nullable Method method,
			@Nullable Indicator indicator, @Nullable List<Threshold> thresholds, @Nullable List<Level> levels,
			@Nullable String guidance, @Nullable String evidence, @Nullable List<Node> children) {

		Criterion criterion() {
			return new Criterion(this.code == null ? "" : this.code.strip(), this.title == null ? "" : this.title.strip(),
					this.maxPoints == null ? 0 : this.maxPoints, this.method, this.indicator, orNone(this.thresholds),
					orNone(this.levels), this.guidance, this.evidence,
					orNone(this.children).stream().map(Node::criterion).toList());
		}

		private static <T> List<T> orNone(@Nullable List<T> list) {
			return list == null ? List.of() : list;
		}

	}

}
