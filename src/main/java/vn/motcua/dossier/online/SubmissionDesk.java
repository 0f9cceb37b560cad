package vn.motcua.dossier.online;

import java.util.List;
import java.util.Objects;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import vn.motcua.calendar.Channel;
import vn.motcua.dossier.domain.ActionPolicy;
import vn.motcua.dossier.domain.Submission;
import vn.motcua.dossier.domain.SubmissionApplicant;
import vn.motcua.dossier.files.AttachmentStore;
import vn.motcua.dossier.intake.IntakeRequest;
import vn.motcua.dossier.intake.IntakeRequest.ApplicantRequest;
import vn.motcua.dossier.intake.ReceiveDossier;
import vn.motcua.dossier.processing.DossierView;
import vn.motcua.organization.OrganizationManagement;
import vn.motcua.shared.Actor;
import vn.motcua.shared.DomainException;
import vn.motcua.shared.DomainException.Kind;
import vn.motcua.shared.Uploads;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The desk's side of online submission: the submissions waiting in the official's scope, and the
 * decision — receive, ask for a supplement, refuse — exactly as at the counter (a dossier with its
 * code and its form), on the online channel, with the submission's files and the citizen's account.
 */
@Service
@Transactional
class SubmissionDesk {

	private final SubmissionRepository submissions;

	private final SubmissionViews views;

	private final OrganizationManagement organization;

	private final ReceiveDossier reception;

	private final AttachmentStore files;

	SubmissionDesk(SubmissionRepository submissions, SubmissionViews views, OrganizationManagement organization,
			ReceiveDossier reception, AttachmentStore files) {
		this.submissions = submissions;
		this.views = views;
		this.organization = organization;
		this.reception = reception;
		this.files = files;
	}

	/** @return the submissions waiting for the desk in the official's scope, oldest first. */
	@Transactional(readOnly = true)
	List<SubmissionView> toReceive(Actor actor) {
		ActionPolicy.requireReader(actor);
		return this.submissions.waitingIn(this.organization.scopeOf(actor)).stream().map(this.views::view).toList();
	}

	/** @throws DomainException {@code submission-not-found}, also outside the official's scope. */
	@Transactional(readOnly = true)
	SubmissionView get(UUID id, Actor actor) {
		return this.views.view(inScope(id, actor));
	}

	/**
	 * Decides on a submission: the dossier is received as at the counter, on the online channel.
	 * @throws DomainException {@code submission-not-found}, {@code submission-decided}, and what
	 * {@link ReceiveDossier#receive} throws.
	 */
	DossierView decide(UUID id, IntakeRequest.Outcome outcome, @Nullable String reason, Actor actor) {
		Submission submission = inScope(id, actor);
		submission.requireSubmitted();
		SubmissionApplicant a = submission.applicant();
		DossierView dossier = this.reception.receiveFor(submission.citizenId(),
				new IntakeRequest(submission.filing().procedureCode(), submission.filing().agencyCode(), Channel.ONLINE,
						new ApplicantRequest(Objects.requireNonNull(a.fullName()), a.idNumber(), a.phone(), a.email(),
								a.address()),
						outcome, reason, null, submission.resultDelivery(), null, null, null),
				actor);
		submission.decided(dossier.code());
		try {
			this.submissions.update(submission);
		}
		catch (OptimisticLockingFailureException ex) {
			throw new DomainException(Kind.CONFLICT, "submission-decided", id);
		}
		this.files.copySubmissionFiles(id, dossier.id());
		return dossier;
	}

	/**
	 * A file of a submission, for the desk deciding on it; checked against its SHA-256.
	 * @throws DomainException {@code attachment-not-found}, {@code attachment-corrupted}.
	 */
	@Transactional(readOnly = true)
	Uploads.File file(UUID id, UUID fileId, Actor actor) {
		inScope(id, actor);
		return this.files.fileOfSubmission(id, fileId)
			.orElseThrow(() -> new DomainException(Kind.NOT_FOUND, "attachment-not-found", fileId));
	}

	private Submission inScope(UUID id, Actor actor) {
		ActionPolicy.requireReader(actor);
		return this.submissions.find(id)
			.filter(s -> this.organization.scopeOf(actor).contains(s.filing().unitId()))
			.orElseThrow(() -> new DomainException(Kind.NOT_FOUND, "submission-not-found", id));
	}

}
