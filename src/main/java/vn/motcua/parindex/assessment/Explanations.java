package vn.motcua.parindex.assessment;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import vn.motcua.organization.UnitView;
import vn.motcua.parindex.domain.CriteriaInvalid;
import vn.motcua.parindex.sets.ParSet;
import vn.motcua.shared.Actor;
import vn.motcua.shared.DomainException;
import vn.motcua.shared.DomainException.Kind;
import vn.motcua.shared.Vietnam;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The committee's one round of questions to a unit about leaves of its assessment, with the day to
 * answer by; the unit answers until the end of that day, even after submitting, until publication.
 */
@Service
@Transactional
public class Explanations {

	private final JdbcClient jdbc;

	private final AssessmentAccess guard;

	private final Clock clock;

	Explanations(JdbcClient jdbc, AssessmentAccess guard, Clock clock) {
		this.jdbc = jdbc;
		this.guard = guard;
		this.clock = clock;
	}

	/**
	 * @param questions by leaf code, at least one.
	 * @throws DomainException {@code forbidden}, {@code par-set-published}, {@code explanation-round-used},
	 * {@code explanation-due-past}; CriteriaInvalid {@code criterion-not-found}.
	 */
	public void ask(UUID setId, String unitCode, Map<String, String> questions, LocalDate due, Actor actor) {
		ParSet set = this.guard.open(setId);
		UnitView unit = this.guard.committee(set, unitCode, actor);
		if (questions.isEmpty()) {
			throw new CriteriaInvalid("questions", "question-missing");
		}
		questions.keySet().forEach(code -> set.tree().find(code).orElseThrow(() -> new CriteriaInvalid(code, "criterion-not-found")));
		if (due(set, unit).isPresent()) {
			throw new DomainException(Kind.CONFLICT, "explanation-round-used");
		}
		if (due.isBefore(today())) {
			throw new DomainException(Kind.INVALID, "explanation-due-past", due);
		}
		this.jdbc.sql("update par_assessment set explanation_due = ?, explanation_asked_by = ? where set_id = ? and unit_id = ?")
			.params(due, actor.username(), set.id(), unit.id())
			.update();
		questions.forEach((code, question) -> this.jdbc.sql("""
				insert into par_score (set_id, unit_id, code, question) values (?, ?, ?, ?)
				on conflict (set_id, unit_id, code) do update set question = excluded.question""")
			.params(set.id(), unit.id(), code, question.strip())
			.update());
	}

	/**
	 * @param answers by leaf code, to questions asked.
	 * @throws DomainException {@code forbidden} (not the unit's own official), {@code par-set-published},
	 * {@code explanation-not-asked}, {@code explanation-too-late}.
	 */
	public void answer(UUID setId, String unitCode, Map<String, String> answers, Actor actor) {
		ParSet set = this.guard.open(setId);
		UnitView unit = this.guard.reader(set, unitCode, actor);
		if (!this.guard.isOwnUnit(actor, unit)) {
			throw new DomainException(Kind.FORBIDDEN, "forbidden");
		}
		LocalDate due = due(set, unit).orElseThrow(() -> new DomainException(Kind.CONFLICT, "explanation-not-asked"));
		if (today().isAfter(due)) {
			throw new DomainException(Kind.CONFLICT, "explanation-too-late", due);
		}
		Map<String, String> asked = texts(set, unit, true);
		answers.forEach((code, answer) -> {
			if (!asked.containsKey(code)) {
				throw new CriteriaInvalid(code, "question-not-asked");
			}
		});
		answers.forEach((code, answer) -> this.jdbc.sql("update par_score set answer = ? where set_id = ? and unit_id = ? and code = ?")
			.params(answer.strip(), set.id(), unit.id(), code)
			.update());
	}

	/** @return today in Vietnam, by the clock: a unit answers until the end of its day. */
	LocalDate today() {
		return LocalDate.ofInstant(this.clock.instant(), Vietnam.ZONE);
	}

	/** @return the day the unit must answer by, if the committee asked. */
	@Transactional(readOnly = true)
	public Optional<LocalDate> due(ParSet set, UnitView unit) {
		return this.jdbc.sql("select explanation_due from par_assessment where set_id = ? and unit_id = ?")
			.params(set.id(), unit.id())
			.query((rs, n) -> Optional.ofNullable(rs.getObject(1, LocalDate.class)))
			.single();
	}

	/** @return the committee's question ({@code true}) or the unit's answer of each leaf that has one. */
	@Transactional(readOnly = true)
	public Map<String, String> texts(ParSet set, UnitView unit, boolean questions) {
		Map<String, String> texts = new HashMap<>();
		this.jdbc.sql("select code, %s from par_score where set_id = ? and unit_id = ?".formatted(
				questions ? "question" : "answer"))
			.params(set.id(), unit.id())
			.query(rs -> {
				if (rs.getString(2) != null) {
					texts.put(rs.getString(1), rs.getString(2));
				}
			});
		return texts;
	}

}
