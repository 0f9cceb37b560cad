package vn.motcua.parindex.assessment;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;
import vn.motcua.organization.UnitView;
import vn.motcua.parindex.domain.CriteriaInvalid;
import vn.motcua.parindex.sets.ParSet;
import vn.motcua.planning.PlanningRecords;
import vn.motcua.shared.Actor;
import vn.motcua.shared.DomainException;
import vn.motcua.shared.DomainException.Kind;

/**
 * Leaves linked to the unit's own records in MotCua — a plan, a task it led, a report it sent over the
 * set's period — as evidence: linked while the assessment is a draft, read by its readers, each
 * opening the record's page.
 */
@Repository
public class EvidenceLinks {

	private final JdbcClient jdbc;

	private final PlanningRecords records;

	private final AssessmentAccess guard;

	private final Clock clock;

	EvidenceLinks(JdbcClient jdbc, PlanningRecords records, AssessmentAccess guard, Clock clock) {
		this.jdbc = jdbc;
		this.records = records;
		this.guard = guard;
		this.clock = clock;
	}

	/** A leaf's link to a record: what it is and where it opens. */
	public record Link(String code, String kind, UUID recordId, String label, String path) {
	}

	/**
	 * @throws CriteriaInvalid {@code criterion-not-found}; DomainException {@code par-unit-not-found},
	 * {@code forbidden}, {@code assessment-submitted}, {@code par-set-published},
	 * {@code evidence-record-not-found} when the record is not the unit's of the set's period.
	 */
	@Transactional
	public void link(UUID setId, String unitCode, String code, @Nullable String kind, @Nullable UUID recordId, Actor actor) {
		ParSet set = this.guard.open(setId);
		UnitView unit = this.guard.ownDraft(set, unitCode, actor);
		set.tree().find(code).orElseThrow(() -> new CriteriaInvalid(code, "criterion-not-found"));
		PlanningRecords.Record record = kind == null || recordId == null ? null
				: this.records.find(unit.id(), set.periodFrom(), set.periodTo(), kind.toUpperCase(Locale.ROOT), recordId).orElse(null);
		if (record == null) {
			throw new DomainException(Kind.INVALID, "evidence-record-not-found");
		}
		this.jdbc.sql("""
				insert into par_evidence_link (id, set_id, unit_id, code, kind, record_id, label, path, linked_by, linked_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict do nothing""")
			.params(UUID.randomUUID(), set.id(), unit.id(), code, record.kind(), record.id(), record.label(), record.path(),
					actor.username(), Timestamp.from(this.clock.instant()))
			.update();
	}

	/** @return the unit's links, by leaf code then when linked. */
	List<Link> of(ParSet set, UnitView unit) {
		return this.jdbc.sql("""
				select code, kind, record_id as recordId, label, path from par_evidence_link where set_id = ? and unit_id = ?
				order by code, linked_at""")
			.params(set.id(), unit.id())
			.query(Link.class)
			.list();
	}

	/** @return what the unit may link over the set's period. */
	List<PlanningRecords.Record> choices(ParSet set, UnitView unit) {
		return this.records.of(unit.id(), set.periodFrom(), set.periodTo());
	}

}
