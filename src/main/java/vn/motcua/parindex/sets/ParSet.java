package vn.motcua.parindex.sets;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import vn.motcua.parindex.domain.CriteriaTree;
import vn.motcua.organization.UnitView;

/**
 * A criteria set as stored: its tree, the issuer, the units it assesses, the period computed
 * criteria count over, the deadlines, and the decision that published its results.
 */
public record ParSet(UUID id, int year, String name, UnitView issuer, List<UnitView> units, CriteriaTree tree,
		LocalDate periodFrom, LocalDate periodTo, @Nullable LocalDate selfDue, @Nullable LocalDate appraisalDue,
		@Nullable String decision, @Nullable LocalDate decisionDate, @Nullable Instant publishedAt) {

	public boolean published() {
		return this.publishedAt != null;
	}

	/** @return the assessed unit with that code, if the set assesses it. */
	public java.util.Optional<UnitView> unit(String code) {
		return this.units.stream().filter(u -> u.code().equals(code)).findFirst();
	}

}
