package vn.motcua.parindex.assessment;

import java.util.UUID;

import vn.motcua.organization.UnitView;
import vn.motcua.parindex.sets.ParAccess;
import vn.motcua.parindex.sets.ParSet;
import vn.motcua.parindex.sets.ParSets;
import vn.motcua.shared.Actor;
import vn.motcua.shared.DomainException;
import vn.motcua.shared.DomainException.Kind;

import org.springframework.stereotype.Component;

/** Finds a set and one of its units for an actor, refusing what the actor may not do there. */
@Component
class AssessmentAccess {

	private final ParSets sets;

	private final ParAccess access;

	private final Scores scores;

	AssessmentAccess(ParSets sets, ParAccess access, Scores scores) {
		this.sets = sets;
		this.access = access;
		this.scores = scores;
	}

	/** @throws DomainException {@code par-set-not-found}, {@code par-set-published}. */
	ParSet open(UUID setId) {
		ParSet set = this.sets.require(setId);
		if (set.published()) {
			throw new DomainException(Kind.CONFLICT, "par-set-published");
		}
		return set;
	}

	ParSet read(UUID setId) {
		return this.sets.require(setId);
	}

	/** @throws DomainException {@code par-unit-not-found} unless the actor may read the unit's assessment. */
	UnitView reader(ParSet set, String unitCode, Actor actor) {
		UnitView unit = set.unit(unitCode)
			.orElseThrow(() -> new DomainException(Kind.NOT_FOUND, "par-unit-not-found", unitCode));
		this.access.requireReader(actor, set, unit);
		return unit;
	}

	/**
	 * @return the unit, whose own official the actor is and whose assessment is still a draft (locked).
	 * @throws DomainException {@code par-unit-not-found}, {@code forbidden}, {@code assessment-submitted}.
	 */
	UnitView ownDraft(ParSet set, String unitCode, Actor actor) {
		UnitView unit = reader(set, unitCode, actor);
		if (!this.access.ownUnit(actor, unit)) {
			throw new DomainException(Kind.FORBIDDEN, "forbidden");
		}
		if (!"DRAFT".equals(this.scores.lockStatus(set.id(), unit.id()))) {
			throw new DomainException(Kind.CONFLICT, "assessment-submitted");
		}
		return unit;
	}

	/** @throws DomainException {@code par-unit-not-found}, {@code forbidden} unless the actor is on the committee. */
	UnitView committee(ParSet set, String unitCode, Actor actor) {
		UnitView unit = reader(set, unitCode, actor);
		this.access.requireCommittee(actor, set.issuer());
		return unit;
	}

	boolean isCommittee(Actor actor, ParSet set) {
		return this.access.committee(actor, set.issuer());
	}

	boolean isOwnUnit(Actor actor, UnitView unit) {
		return this.access.ownUnit(actor, unit);
	}

}
