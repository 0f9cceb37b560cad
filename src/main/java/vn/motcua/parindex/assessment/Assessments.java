package vn.motcua.parindex.assessment;

import java.io.InputStream;
import java.time.Clock;
import java.util.Map;
import java.util.UUID;

import vn.motcua.organization.UnitView;
import vn.motcua.parindex.sets.ParSet;
import vn.motcua.shared.Actor;
import vn.motcua.shared.DomainException;
import vn.motcua.shared.Texts;
import vn.motcua.shared.Uploads;

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

	private final Evidence evidence;

	private final Scorecards scorecards;

	private final Clock clock;

	Assessments(AssessmentAccess guard, Scores scores, Evidence evidence, Scorecards scorecards, Clock clock) {
		this.guard = guard;
		this.scores = scores;
		this.evidence = evidence;
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

	/** @throws DomainException {@code par-set-not-found}, {@code par-unit-not-found}. */
	@Transactional(readOnly = true)
	public Assessment view(UUID setId, String unitCode, Actor actor) {
		ParSet set = this.guard.read(setId);
		UnitView unit = this.guard.reader(set, unitCode, actor);
		Map<String, Double> appraised = this.scores.of(set.id(), unit.id(), false);
		return AssessmentViews.of(set, unit, this.scores.statusOf(set.id(), unit.id()),
				this.scorecards.of(set, unit, appraised), appraised, this.scores.notes(set.id(), unit.id(), true),
				this.scores.notes(set.id(), unit.id(), false), this.evidence.of(set, unit),
				this.guard.isOwnUnit(actor, unit), this.guard.isCommittee(actor, set), set.published());
	}

	/**
	 * Attaches an evidence file to a leaf of the unit's draft.
	 * @throws DomainException as {@link #saveSelf}, and {@code attachment-type}, {@code attachment-too-large}.
	 */
	public void attach(UUID setId, String unitCode, String code, String fileName, long size, InputStream content,
			Actor actor) {
		ParSet set = this.guard.open(setId);
		UnitView unit = this.guard.ownDraft(set, unitCode, actor);
		this.evidence.attach(set, unit, code, fileName, size, content, actor.username());
	}

	/** @throws DomainException {@code par-unit-not-found}, {@code attachment-not-found}. */
	@Transactional(readOnly = true)
	public Uploads.File evidenceFile(UUID setId, String unitCode, UUID id, Actor actor) {
		ParSet set = this.guard.read(setId);
		return this.evidence.file(set, this.guard.reader(set, unitCode, actor), id);
	}

}
