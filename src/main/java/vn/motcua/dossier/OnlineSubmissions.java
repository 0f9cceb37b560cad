package vn.motcua.dossier;

import java.io.InputStream;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import vn.motcua.calendar.Channel;
import vn.motcua.catalogue.CatalogueManagement;
import vn.motcua.catalogue.OnlineLevel;
import vn.motcua.catalogue.ProcedureView;
import vn.motcua.dossier.IntakeRequest.ApplicantRequest;
import vn.motcua.dossier.SubmissionView.SubmissionStatus;
import vn.motcua.organization.AgencyView;
import vn.motcua.organization.OrganizationManagement;
import vn.motcua.shared.Actor;
import vn.motcua.shared.DomainException;
import vn.motcua.shared.DomainException.Kind;
import vn.motcua.shared.Uploads;
import vn.motcua.shared.Uploads.Stored;
import vn.motcua.shared.SqlTimes;
import vn.motcua.shared.Texts;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Online submission (nộp hồ sơ trực tuyến): a citizen writes a draft step by step (applicant,
 * one or more files per required document), submits it when every required document has a file,
 * and the one-stop desk of the chosen agency decides — receive, ask for a supplement, refuse —
 * exactly as at the counter (a dossier with its code and its form), on the online channel. The
 * files go with the dossier. A citizen only ever reaches their own submissions.
 */
@Service
@Transactional
public class OnlineSubmissions {

	private final JdbcClient jdbc;

	private final CatalogueManagement catalogue;

	private final OrganizationManagement organization;

	private final DossierManagement dossiers;

	private final Uploads uploads;

	private final Clock clock;

	OnlineSubmissions(JdbcClient jdbc, CatalogueManagement catalogue, OrganizationManagement organization,
			DossierManagement dossiers, Uploads uploads, Clock clock) {
		this.uploads = uploads;
		this.jdbc = jdbc;
		this.catalogue = catalogue;
		this.organization = organization;
		this.dossiers = dossiers;
		this.clock = clock;
	}

	/**
	 * Starts a draft for a procedure offered online, to be filed at {@code agencyCode}.
	 * @throws DomainException {@code procedure-not-found}, {@code procedure-not-online},
	 * {@code agency-not-found}.
	 */
	public SubmissionView start(String procedureCode, String agencyCode, UUID citizenId, String contact,
			@Nullable String fullName) {
		LocalDate today = LocalDate.now(this.clock);
		ProcedureView procedure = this.catalogue.procedureOn(procedureCode.strip(), today)
			.orElseThrow(() -> new DomainException(Kind.NOT_FOUND, "procedure-not-found", procedureCode));
		if (procedure.onlineLevel() == OnlineLevel.DIRECT_ONLY) {
			throw new DomainException(Kind.CONFLICT, "procedure-not-online", procedure.code());
		}
		AgencyView agency = this.organization.agencyOn(agencyCode, today)
			.orElseThrow(() -> new DomainException(Kind.NOT_FOUND, "agency-not-found", agencyCode));
		UUID id = UUID.randomUUID();
		this.jdbc.sql("""
				insert into dossier_submission (id, citizen_id, citizen_contact, procedure_code, procedure_name, agency_code,
				  agency_name, unit_id, applicant_name, applicant_phone, applicant_email, status, created_at, version)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'DRAFT', ?, 0)""")
			.params(id, citizenId, contact, procedure.code(), procedure.name(), agency.code(), agency.name(),
					agency.unitId(), fullName, contact.contains("@") ? null : contact, contact.contains("@") ? contact : null,
					Timestamp.from(this.clock.instant()))
			.update();
		return view(id);
	}

	/**
	 * Saves the applicant step of a draft.
	 * @throws DomainException {@code submission-not-found}, {@code submission-sent}.
	 */
	public SubmissionView saveApplicant(UUID id, UUID citizenId, SubmissionView.Applicant applicant) {
		draft(id, citizenId);
		this.jdbc.sql("""
				update dossier_submission set applicant_name = ?, applicant_id_number = ?, applicant_phone = ?,
				  applicant_email = ?, applicant_address = ?, version = version + 1 where id = ?""")
			.params(Texts.blankToNull(applicant.fullName()), Texts.blankToNull(applicant.idNumber()), Texts.blankToNull(applicant.phone()),
					Texts.blankToNull(applicant.email()), Texts.blankToNull(applicant.address()), id)
			.update();
		return view(id);
	}

	/**
	 * Adds a file for required document {@code document} of a draft.
	 * @throws DomainException {@code submission-not-found}, {@code submission-sent},
	 * {@code document-not-found}, {@code attachment-type}, {@code attachment-too-large}.
	 */
	public SubmissionView addFile(UUID id, UUID citizenId, int document, String fileName, long size, InputStream content) {
		SubmissionView draft = draft(id, citizenId);
		if (draft.documents().stream().noneMatch(d -> d.required().position() == document)) {
			throw new DomainException(Kind.NOT_FOUND, "document-not-found", document);
		}
		Stored file = this.uploads.store(fileName, size, content);
		this.jdbc.sql("""
				insert into dossier_submission_file (id, submission_id, document, file_name, content_type, size_bytes, sha256,
				  storage_path, uploaded_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(UUID.randomUUID(), id, document, fileName, file.contentType(), file.size(), file.sha256(), file.path(),
					Timestamp.from(this.clock.instant()))
			.update();
		return view(id);
	}

	/** Removes a file from a draft. */
	public SubmissionView removeFile(UUID id, UUID citizenId, UUID fileId) {
		draft(id, citizenId);
		this.jdbc.sql("delete from dossier_submission_file where id = ? and submission_id = ?").params(fileId, id).update();
		return view(id);
	}

	/**
	 * Sends a draft to the desk.
	 * @throws DomainException {@code submission-incomplete} (the applicant's name, or a required
	 * document without a file), {@code submission-not-found}, {@code submission-sent}.
	 */
	public SubmissionView submit(UUID id, UUID citizenId) {
		SubmissionView draft = draft(id, citizenId);
		if (draft.applicant().fullName() == null || !draft.documentsComplete()) {
			throw new DomainException(Kind.INVALID, "submission-incomplete");
		}
		this.jdbc.sql("""
				update dossier_submission set status = 'SUBMITTED', submitted_at = ?, version = version + 1
				where id = ? and status = 'DRAFT'""")
			.params(Timestamp.from(this.clock.instant()), id)
			.update();
		return view(id);
	}

	/** @throws DomainException {@code submission-not-found}, also for another citizen's. */
	@Transactional(readOnly = true)
	public SubmissionView get(UUID id, UUID citizenId) {
		SubmissionView submission = view(id);
		if (!citizenId.equals(citizenOf(id))) {
			throw new DomainException(Kind.NOT_FOUND, "submission-not-found", id);
		}
		return submission;
	}

	/** @return the citizen's drafts and submissions waiting for the desk, newest first. */
	@Transactional(readOnly = true)
	public List<SubmissionView> pendingOf(UUID citizenId) {
		return this.jdbc.sql("""
				select id from dossier_submission where citizen_id = ? and status <> 'DECIDED' order by created_at desc""")
			.param(citizenId)
			.query(UUID.class)
			.list()
			.stream()
			.map(this::view)
			.toList();
	}

	/** @return the submissions waiting for the desk in the official's scope, oldest first. */
	@Transactional(readOnly = true)
	public List<SubmissionView> toReceive(Actor actor) {
		var scope = this.organization.scopeOf(actor);
		return this.jdbc.sql("select id from dossier_submission where status = 'SUBMITTED' and "
				+ scope.sqlCondition("unit_id") + " order by submitted_at")
			.param("scope", scope.sqlUnits())
			.query(UUID.class)
			.list()
			.stream()
			.map(this::view)
			.toList();
	}

	/** @throws DomainException {@code submission-not-found}, also outside the official's scope. */
	@Transactional(readOnly = true)
	public SubmissionView forDesk(UUID id, Actor actor) {
		SubmissionView submission = view(id);
		if (!this.organization.scopeOf(actor).contains(submission.unitId())) {
			throw new DomainException(Kind.NOT_FOUND, "submission-not-found", id);
		}
		return submission;
	}

	/**
	 * The desk decides on a submission: the dossier is created as at the counter, on the online
	 * channel, with the submission's files and the citizen's account.
	 * @throws DomainException {@code submission-not-found}, {@code submission-decided}, and what
	 * {@link DossierManagement#receive} throws.
	 */
	public DossierView decide(UUID id, IntakeRequest.Outcome outcome, @Nullable String reason, Actor actor) {
		SubmissionView submission = forDesk(id, actor);
		if (submission.status() != SubmissionStatus.SUBMITTED) {
			throw new DomainException(Kind.CONFLICT, "submission-decided", id);
		}
		SubmissionView.Applicant a = submission.applicant();
		DossierView dossier = this.dossiers.receive(new IntakeRequest(submission.procedureCode(), submission.agencyCode(),
				Channel.ONLINE, new ApplicantRequest(Objects.requireNonNull(a.fullName()), a.idNumber(), a.phone(), a.email(),
						a.address()),
				outcome, reason), actor);
		if (this.jdbc.sql("""
				update dossier_submission set status = 'DECIDED', dossier_code = ?, version = version + 1
				where id = ? and status = 'SUBMITTED'""").params(dossier.code(), id).update() == 0) {
			throw new DomainException(Kind.CONFLICT, "submission-decided", id);
		}
		this.jdbc.sql("update dossier set citizen_id = (select citizen_id from dossier_submission where id = ?) where id = ?")
			.params(id, dossier.id())
			.update();
		this.jdbc.sql("""
				insert into dossier_attachment (id, dossier_id, file_name, content_type, size_bytes, sha256, storage_path,
				  uploaded_by, uploaded_at)
				select gen_random_uuid(), ?, f.file_name, f.content_type, f.size_bytes, f.sha256, f.storage_path,
				  s.citizen_contact, f.uploaded_at
				from dossier_submission_file f join dossier_submission s on s.id = f.submission_id where s.id = ?""")
			.params(dossier.id(), id)
			.update();
		return dossier;
	}

	/**
	 * A file of a submission, for the desk deciding on it; checked against its SHA-256.
	 * @throws DomainException {@code attachment-not-found}, {@code attachment-corrupted}.
	 */
	@Transactional(readOnly = true)
	public Uploads.File file(UUID id, UUID fileId, Actor actor) {
		forDesk(id, actor);
		return this.jdbc.sql("""
				select file_name, content_type, storage_path, sha256 from dossier_submission_file
				where id = ? and submission_id = ?""")
			.params(fileId, id)
			.query((rs, n) -> this.uploads.file(rs))
			.optional()
			.orElseThrow(() -> new DomainException(Kind.NOT_FOUND, "attachment-not-found", fileId));
	}


	private SubmissionView draft(UUID id, UUID citizenId) {
		SubmissionView submission = get(id, citizenId);
		if (submission.status() != SubmissionStatus.DRAFT) {
			throw new DomainException(Kind.CONFLICT, "submission-sent", id);
		}
		return submission;
	}

	private @Nullable UUID citizenOf(UUID id) {
		return this.jdbc.sql("select citizen_id from dossier_submission where id = ?")
			.param(id)
			.query(UUID.class)
			.optional()
			.orElse(null);
	}

	private SubmissionView view(UUID id) {
		SubmissionView header = this.jdbc.sql("select * from dossier_submission where id = ?")
			.param(id)
			.query(this::header)
			.optional()
			.orElseThrow(() -> new DomainException(Kind.NOT_FOUND, "submission-not-found", id));
		Map<Integer, List<SubmissionView.File>> files = this.jdbc.sql("""
				select id, document, file_name, content_type, size_bytes from dossier_submission_file
				where submission_id = ? order by uploaded_at, file_name""")
			.param(id)
			.query((rs, n) -> Map.entry(rs.getInt("document"), new SubmissionView.File(rs.getObject("id", UUID.class),
					rs.getString("file_name"), rs.getString("content_type"), rs.getLong("size_bytes"))))
			.list()
			.stream()
			.collect(Collectors.groupingBy(Map.Entry::getKey, Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
		List<SubmissionView.Document> documents = this.catalogue
			.procedureOn(header.procedureCode(), LocalDate.ofInstant(header.createdAt().toInstant(), this.clock.getZone()))
			.map(ProcedureView::documents)
			.orElse(List.of())
			.stream()
			.map(d -> new SubmissionView.Document(d, files.getOrDefault(d.position(), List.of())))
			.toList();
		return new SubmissionView(header.id(), header.procedureCode(), header.procedureName(), header.agencyCode(),
				header.agencyName(), header.unitId(), header.applicant(), header.status(), header.createdAt(),
				header.submittedAt(), header.dossierCode(), documents, header.version());
	}

	private SubmissionView header(ResultSet rs, int row) throws SQLException {
		return new SubmissionView(rs.getObject("id", UUID.class), rs.getString("procedure_code"),
				rs.getString("procedure_name"), rs.getString("agency_code"), rs.getString("agency_name"),
				rs.getObject("unit_id", UUID.class),
				new SubmissionView.Applicant(rs.getString("applicant_name"), rs.getString("applicant_id_number"),
						rs.getString("applicant_phone"), rs.getString("applicant_email"), rs.getString("applicant_address")),
				SubmissionStatus.valueOf(rs.getString("status")), Objects.requireNonNull(SqlTimes.at(rs, "created_at", this.clock.getZone())),
				SqlTimes.at(rs, "submitted_at", this.clock.getZone()), rs.getString("dossier_code"), List.of(), rs.getLong("version"));
	}


}
