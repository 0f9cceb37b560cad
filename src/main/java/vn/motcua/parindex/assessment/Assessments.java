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
		points.forEach((code, p) -> set.tree().checkScore(code, p, true));
		points.forEach((code, p) -> this.scores.put(set.id(), unit.id(), code, true, p, Texts.blankToNull(notes.get(code)),
				actor.username(), this.clock.instant()));
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
		points.forEach((code, p) -> set.tree().checkScore(code, p, false));
		points.forEach((code, p) -> this.scores.put(set.id(), unit.id(), code, false, p, Texts.blankToNull(comments.get(code)),
				actor.username(), this.clock.instant()));
	}

}
