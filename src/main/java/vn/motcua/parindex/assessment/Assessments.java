package vn.motcua.parindex.assessment;

import java.time.Clock;
import java.util.Map;
import java.util.UUID;

import vn.motcua.organization.UnitView;
import vn.motcua.parindex.sets.ParSet;
import vn.motcua.shared.Actor;
import vn.motcua.shared.DomainException;
import vn.motcua.shared.Texts;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The yearly cycle of one unit: it scores its own leaves and submits, after which it reads only; the
 * committee appraises each leaf (its score replaces the unit's) until the results are published.
 */
@Service
@Transactional
public class Assessments {

	private final AssessmentAccess guard;

	private final Scores scores;



	private final Clock clock;

	Assessments(AssessmentAccess guard, Scores scores, Clock clock) {
		this.guard = guard;
		this.scores = scores;
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
		ParSet set = this.guard.open(setId);
		UnitView unit = this.guard.ownDraft(set, unitCode, actor);
		put(set, unit, true, points, notes, actor);
	}

	/** @throws DomainException as {@link #saveSelf}. */
	public void submit(UUID setId, String unitCode, Actor actor) {
		ParSet set = this.guard.open(setId);
		UnitView unit = this.guard.ownDraft(set, unitCode, actor);
		this.scores.submit(set.id(), unit.id(), actor.username(), this.clock.instant());
	}

	/**
	 * The committee's scores — an adjusted leaf, the survey's points, a penalty — each with an optional comment.
	 * @throws DomainException {@code par-unit-not-found}, {@code forbidden}, {@code par-set-published};
	 * CriteriaInvalid for a score that breaks a rule (nothing is saved then).
	 */
	public void appraise(UUID setId, String unitCode, Map<String, Double> points, Map<String, String> comments,
			Actor actor) {
		ParSet set = this.guard.open(setId);
		UnitView unit = this.guard.committee(set, unitCode, actor);
		put(set, unit, false, points, comments, actor);
	}

	/** Checks every score first (nothing is saved when one breaks a rule), then records them with their notes. */
	private void put(ParSet set, UnitView unit, boolean self, Map<String, Double> points, Map<String, String> notes,
			Actor actor) {
		points.forEach((code, p) -> set.tree().checkScore(code, p, self));
		points.forEach((code, p) -> this.scores.put(set.id(), unit.id(), code, self, p, Texts.blankToNull(notes.get(code)),
				actor.username(), this.clock.instant()));
	}

}
