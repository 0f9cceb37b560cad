package vn.motcua.parindex.assessment;

import java.time.Clock;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import vn.motcua.organization.UnitView;
import vn.motcua.parindex.sets.ParAccess;
import vn.motcua.parindex.sets.ParSet;
import vn.motcua.parindex.sets.ParSets;
import vn.motcua.shared.Actor;
import vn.motcua.shared.DomainException;
import vn.motcua.shared.DomainException.Kind;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The yearly cycle of one unit: it scores its own leaves and submits, after which it reads only; the
 * committee appraises each leaf (its score replaces the unit's) until the results are published.
 */
@Service
@Transactional
public class Assessments {

	private final ParSets sets;

	private final ParAccess access;

	private final Scores scores;

	private final Scorecards scorecards;

	private final Clock clock;

	Assessments(ParSets sets, ParAccess access, Scores scores, Scorecards scorecards, Clock clock) {
		this.sets = sets;
		this.access = access;
		this.scores = scores;
		this.scorecards = scorecards;
		this.clock = clock;
	}

	/**
	 * @param notes the unit's explanation by leaf code, possibly for some leaves only.
	 * @throws DomainException {@code par-unit-not-found}, {@code forbidden} (not the unit's own
	 * official), {@code assessment-submitted}, {@code par-set-published}; CriteriaInvalid for a score
	 * that breaks a rule (nothing is saved then).
	 */
	public void saveSelf(UUID setId, String unitCode, Map<String, Double> points, Map<String, String> notes,
			Actor actor) {
		ParSet set = open(setId);
		UnitView unit = ownDraft(set, unitCode, actor);
		points.forEach((code, p) -> set.tree().checkScore(code, p, true));
		points.forEach((code, p) -> this.scores.put(set.id(), unit.id(), code, true, p, blankToNull(notes.get(code)),
				actor.username(), this.clock.instant()));
	}

	/** @throws DomainException as {@link #saveSelf}. */
	public void submit(UUID setId, String unitCode, Actor actor) {
		ParSet set = open(setId);
		UnitView unit = ownDraft(set, unitCode, actor);
		this.scores.submit(set.id(), unit.id(), actor.username(), this.clock.instant());
	}

	/**
	 * The committee's scores — an adjusted leaf, the survey's points, a penalty — each with an optional comment.
	 * @throws DomainException {@code par-unit-not-found}, {@code forbidden}, {@code par-set-published};
	 * CriteriaInvalid for a score that breaks a rule (nothing is saved then).
	 */
	public void appraise(UUID setId, String unitCode, Map<String, Double> points, Map<String, String> comments,
			Actor actor) {
		ParSet set = open(setId);
		UnitView unit = reader(set, unitCode, actor);
		this.access.requireCommittee(actor, set.issuer());
		points.forEach((code, p) -> set.tree().checkScore(code, p, false));
		points.forEach((code, p) -> this.scores.put(set.id(), unit.id(), code, false, p, blankToNull(comments.get(code)),
				actor.username(), this.clock.instant()));
	}

	/** @throws DomainException {@code par-set-not-found}, {@code par-unit-not-found}. */
	@Transactional(readOnly = true)
	public Assessment view(UUID setId, String unitCode, Actor actor) {
		ParSet set = this.sets.require(setId);
		UnitView unit = reader(set, unitCode, actor);
		Map<String, Double> appraised = this.scores.of(set.id(), unit.id(), false);
		return AssessmentViews.of(set, unit, this.scores.statusOf(set.id(), unit.id()),
				this.scorecards.of(set, unit, appraised), appraised, this.scores.notes(set.id(), unit.id(), true),
				this.scores.notes(set.id(), unit.id(), false));
	}

	private ParSet open(UUID setId) {
		ParSet set = this.sets.require(setId);
		if (set.published()) {
			throw new DomainException(Kind.CONFLICT, "par-set-published");
		}
		return set;
	}

	/** @return the unit, whose own official the actor is and whose assessment is still a draft (locked). */
	private UnitView ownDraft(ParSet set, String unitCode, Actor actor) {
		UnitView unit = reader(set, unitCode, actor);
		if (!this.access.ownUnit(actor, unit)) {
			throw new DomainException(Kind.FORBIDDEN, "forbidden");
		}
		if (!"DRAFT".equals(this.scores.lockStatus(set.id(), unit.id()))) {
			throw new DomainException(Kind.CONFLICT, "assessment-submitted");
		}
		return unit;
	}

	private UnitView reader(ParSet set, String unitCode, Actor actor) {
		UnitView unit = set.unit(unitCode)
			.orElseThrow(() -> new DomainException(Kind.NOT_FOUND, "par-unit-not-found", unitCode));
		this.access.requireReader(actor, set, unit);
		return unit;
	}

	private static @Nullable String blankToNull(@Nullable String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

}
