package vn.motcua.dossier.online;

import java.io.ByteArrayInputStream;
import java.util.Optional;
import java.util.UUID;

import vn.motcua.dossier.NationalFilings.Document;
import vn.motcua.dossier.NationalFilings.Filing;
import vn.motcua.dossier.domain.SubmissionApplicant;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A filing of the national portal made into a sent online submission, through the steps a citizen
 * takes here (start, applicant, files, send), so the same rules refuse the same mistakes; the
 * applicant committed to the truth of it on the portal.
 */
@Service
@Transactional
public class NationalIntake {

	private final StartSubmission start;

	private final CitizenSubmissions submissions;

	private final SubmissionFiles files;

	private final JdbcClient jdbc;

	NationalIntake(StartSubmission start, CitizenSubmissions submissions, SubmissionFiles files, JdbcClient jdbc) {
		this.start = start;
		this.submissions = submissions;
		this.files = files;
		this.jdbc = jdbc;
	}

	/** @return the new submission's id. */
	public UUID file(Filing f, UUID citizenId, String contact) {
		UUID id = this.start.start(f.procedureCode(), f.agencyCode(), citizenId, contact, f.fullName());
		this.submissions.saveApplicant(id, citizenId,
				SubmissionApplicant.typed(f.fullName(), f.idNumber(), f.phone(), f.email(), f.address()));
		for (Document d : f.documents()) {
			this.files.add(id, citizenId, d.position(), d.fileName(), d.content().length,
					new ByteArrayInputStream(d.content()));
		}
		this.submissions.submit(id, citizenId, f.resultDelivery(), true);
		this.jdbc.sql("update dossier_submission set national_code = ? where id = ?").params(f.nationalCode(), id).update();
		return id;
	}

	/**
	 * @return the submission of a filing already taken; the filing's code stays locked until the
	 * transaction ends, so two deliveries at once make one submission.
	 */
	public Optional<UUID> submissionOf(String nationalCode) {
		this.jdbc.sql("select pg_advisory_xact_lock(hashtext(?))").param("national:" + nationalCode).query().singleValue();
		return this.jdbc.sql("select id from dossier_submission where national_code = ?")
			.param(nationalCode)
			.query(UUID.class)
			.optional();
	}

	@Transactional(readOnly = true)
	public Optional<String> nationalCodeOf(String dossierCode) {
		return this.jdbc.sql("select national_code from dossier_submission where dossier_code = ? and national_code is not null")
			.param(dossierCode)
			.query(String.class)
			.optional();
	}

}
