package vn.motcua.parindex.assessment;

import java.io.InputStream;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.UUID;

import vn.motcua.organization.UnitView;
import vn.motcua.parindex.domain.CriteriaInvalid;
import vn.motcua.parindex.sets.ParSet;
import vn.motcua.shared.Actor;
import vn.motcua.shared.DomainException;
import vn.motcua.shared.DomainException.Kind;
import vn.motcua.shared.Uploads;
import vn.motcua.shared.Uploads.Stored;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** The evidence files of a unit's leaves: attached while the assessment is a draft, read by its readers. */
@Repository
public class Evidence {

	private final JdbcClient jdbc;

	private final Uploads uploads;

	private final Clock clock;

	private final AssessmentAccess guard;

	Evidence(JdbcClient jdbc, Uploads uploads, Clock clock, AssessmentAccess guard) {
		this.jdbc = jdbc;
		this.uploads = uploads;
		this.clock = clock;
		this.guard = guard;
	}

	/**
	 * Attaches a file to a leaf of the unit's draft, by its own official.
	 * @throws CriteriaInvalid {@code criterion-not-found}; DomainException {@code par-unit-not-found},
	 * {@code forbidden}, {@code assessment-submitted}, {@code par-set-published}, {@code attachment-type},
	 * {@code attachment-too-large}.
	 */
	@Transactional
	public void attach(UUID setId, String unitCode, String code, String fileName, long size, InputStream content,
			Actor actor) {
		ParSet set = this.guard.open(setId);
		UnitView unit = this.guard.ownDraft(set, unitCode, actor);
		set.tree().find(code).orElseThrow(() -> new CriteriaInvalid(code, "criterion-not-found"));
		Stored stored = this.uploads.store(fileName, size, content);
		this.jdbc.sql("""
				insert into par_evidence (id, set_id, unit_id, code, file_name, content_type, size_bytes, sha256, storage_path,
				  uploaded_by, uploaded_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(UUID.randomUUID(), set.id(), unit.id(), code, stored.fileName(), stored.contentType(), stored.size(),
					stored.sha256(), stored.path(), actor.username(), Timestamp.from(this.clock.instant()))
			.update();
	}

	/** @return the unit's files, by leaf code then upload. */
	List<EvidenceFile> of(ParSet set, UnitView unit) {
		return this.jdbc.sql("""
				select id, code, file_name as fileName, size_bytes as sizeBytes from par_evidence where set_id = ? and unit_id = ?
				order by code, uploaded_at""")
			.params(set.id(), unit.id())
			.query(EvidenceFile.class)
			.list();
	}

	/** @throws DomainException {@code par-unit-not-found}, {@code attachment-not-found}. */
	@Transactional(readOnly = true)
	public Uploads.File file(UUID setId, String unitCode, UUID id, Actor actor) {
		ParSet set = this.guard.read(setId);
		UnitView unit = this.guard.reader(set, unitCode, actor);
		return this.jdbc.sql("select * from par_evidence where id = ? and set_id = ? and unit_id = ?")
			.params(id, set.id(), unit.id())
			.query((rs, n) -> this.uploads.file(rs))
			.optional()
			.orElseThrow(() -> new DomainException(Kind.NOT_FOUND, "attachment-not-found", id));
	}

	/** A file attached to a leaf. */
	public record EvidenceFile(UUID id, String code, String fileName, long sizeBytes) {
	}

}
