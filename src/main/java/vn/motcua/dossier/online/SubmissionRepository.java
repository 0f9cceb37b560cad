package vn.motcua.dossier.online;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;
import vn.motcua.dossier.ResultDelivery;
import vn.motcua.dossier.domain.BirthDeclaration;
import vn.motcua.dossier.domain.Filing;
import vn.motcua.dossier.domain.Submission;
import vn.motcua.dossier.domain.SubmissionApplicant;
import vn.motcua.dossier.domain.SubmissionStatus;
import vn.motcua.organization.UnitScope;
import vn.motcua.shared.SqlTimes;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Stores the {@link Submission} aggregate with explicit SQL; an update is guarded by the version
 * the submission was read at. Its files are {@code AttachmentStore}'s.
 */
@Repository
class SubmissionRepository {

	private static final String SELECT = "select * from dossier_submission";

	private final JdbcClient jdbc;

	private final JsonMapper json;

	SubmissionRepository(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	void insert(Submission s) {
		Filing f = s.filing();
		SubmissionApplicant a = s.applicant();
		this.jdbc.sql("""
				insert into dossier_submission (id, citizen_id, citizen_contact, procedure_code, procedure_name, agency_code,
				  agency_name, unit_id, applicant_name, applicant_id_number, applicant_phone, applicant_email,
				  applicant_address, status, created_at, version)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)""")
			.params(s.id(), s.citizenId(), s.citizenContact(), f.procedureCode(), f.procedureName(), f.agencyCode(),
					f.agencyName(), f.unitId(), a.fullName(), a.idNumber(), a.phone(), a.email(), a.address(),
					s.status().name(), Timestamp.from(s.createdAt()))
			.update();
	}

	/** @throws OptimisticLockingFailureException when the submission changed since it was read. */
	void update(Submission s) {
		SubmissionApplicant a = s.applicant();
		int updated = this.jdbc.sql("""
				update dossier_submission set applicant_name = ?, applicant_id_number = ?, applicant_phone = ?,
				  applicant_email = ?, applicant_address = ?, status = ?, submitted_at = ?, dossier_code = ?,
				  result_delivery = ?, committed_at = ?, declaration = cast(? as jsonb), version = version + 1
				where id = ? and version = ?""")
			.params(a.fullName(), a.idNumber(), a.phone(), a.email(), a.address(), s.status().name(),
					ts(s.submittedAt()), s.dossierCode(),
					s.resultDelivery() == null ? null : Objects.requireNonNull(s.resultDelivery()).name(),
					ts(s.committedAt()),
					s.declaration() == null ? null : this.json.writeValueAsString(s.declaration()), s.id(), s.version())
			.update();
		if (updated == 0) {
			throw new OptimisticLockingFailureException("submission " + s.id() + " changed since version " + s.version());
		}
	}

	Optional<Submission> find(UUID id) {
		return this.jdbc.sql(SELECT + " where id = ?").param(id).query(this::submission).optional();
	}

	/** @return the citizen's drafts and submissions waiting for the desk, newest first. */
	List<Submission> undecidedOf(UUID citizenId) {
		return this.jdbc.sql(SELECT + " where citizen_id = ? and status <> 'DECIDED' order by created_at desc")
			.param(citizenId)
			.query(this::submission)
			.list();
	}

	/** @return the submissions waiting for the desk at the units of {@code scope}, oldest first. */
	List<Submission> waitingIn(UnitScope scope) {
		return this.jdbc.sql(SELECT + " where status = 'SUBMITTED' and " + scope.sqlCondition("unit_id")
				+ " order by submitted_at")
			.param("scope", scope.sqlUnits())
			.query(this::submission)
			.list();
	}

	private Submission submission(ResultSet rs, int row) throws SQLException {
		String delivery = rs.getString("result_delivery");
		String declaration = rs.getString("declaration");
		return new Submission(rs.getObject("id", UUID.class), rs.getObject("citizen_id", UUID.class),
				rs.getString("citizen_contact"),
				new Filing(rs.getString("procedure_code"), rs.getString("procedure_name"), rs.getString("agency_code"),
						rs.getString("agency_name"), rs.getObject("unit_id", UUID.class)),
				new SubmissionApplicant(rs.getString("applicant_name"), rs.getString("applicant_id_number"),
						rs.getString("applicant_phone"), rs.getString("applicant_email"), rs.getString("applicant_address")),
				SubmissionStatus.valueOf(rs.getString("status")), SqlTimes.instant(rs, "created_at"),
				SqlTimes.instant(rs, "submitted_at"), rs.getString("dossier_code"), rs.getLong("version"),
				delivery == null ? null : ResultDelivery.valueOf(delivery), SqlTimes.instant(rs, "committed_at"),
				declaration == null ? null : this.json.readValue(declaration, BirthDeclaration.class));
	}

	private static @Nullable Timestamp ts(@Nullable Instant instant) {
		return instant == null ? null : Timestamp.from(instant);
	}

}
