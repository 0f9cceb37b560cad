package vn.motcua.dossier.online;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import vn.motcua.dossier.ResultDelivery;
import vn.motcua.dossier.domain.BirthDeclaration;
import vn.motcua.dossier.domain.PersonalIdNumber;
import vn.motcua.dossier.domain.Submission;
import vn.motcua.dossier.domain.SubmissionApplicant;
import vn.motcua.shared.DomainException;
import vn.motcua.shared.DomainException.Kind;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The citizen's side of online submission (nộp hồ sơ trực tuyến): a draft written step by step,
 * sent to the desk of the chosen agency once complete. A citizen only ever reaches their own
 * submissions.
 */
@Service
@Transactional
public class CitizenSubmissions {

	private final SubmissionRepository submissions;

	private final SubmissionViews views;

	private final Clock clock;

	CitizenSubmissions(SubmissionRepository submissions, SubmissionViews views, Clock clock) {
		this.submissions = submissions;
		this.views = views;
		this.clock = clock;
	}

	/**
	 * Saves the applicant step of a draft as given; the personal ID number is kept as its 12 digits.
	 * @throws DomainException {@code submission-not-found}, {@code submission-sent}, and what
	 * {@link PersonalIdNumber#check} throws.
	 */
	SubmissionView saveApplicant(UUID id, UUID citizenId, SubmissionApplicant given) {
		Submission draft = owned(id, citizenId);
		String idNumber = given.idNumber() == null ? null
				: PersonalIdNumber.check(given.idNumber(), LocalDate.now(this.clock));
		draft.changeApplicant(new SubmissionApplicant(given.fullName(), idNumber, given.phone(), given.email(),
				given.address()));
		this.submissions.update(draft);
		return get(id, citizenId);
	}

	/** Keeps the electronic declaration typed into a draft. */
	SubmissionView declare(UUID id, UUID citizenId, BirthDeclaration declaration) {
		Submission draft = owned(id, citizenId);
		draft.declare(declaration);
		this.submissions.update(draft);
		return get(id, citizenId);
	}

	/**
	 * Sends a draft to the desk, with how the result is to be received and the applicant's
	 * commitment that what they declared is true.
	 * @throws DomainException what {@link Submission#submit} throws, {@code submission-not-found}.
	 */
	SubmissionView submit(UUID id, UUID citizenId, @Nullable ResultDelivery delivery, boolean committed) {
		Submission draft = owned(id, citizenId);
		draft.submit(this.views.view(draft).documentsComplete(), delivery, committed, this.clock.instant());
		this.submissions.update(draft);
		return get(id, citizenId);
	}

	/** @throws DomainException {@code submission-not-found}, also for another citizen's. */
	@Transactional(readOnly = true)
	SubmissionView get(UUID id, UUID citizenId) {
		return this.views.view(owned(id, citizenId));
	}

	/**
	 * @return the draft, to add or remove files.
	 * @throws DomainException {@code submission-not-found}, {@code submission-sent}.
	 */
	SubmissionView draft(UUID id, UUID citizenId) {
		Submission draft = owned(id, citizenId);
		draft.requireDraft();
		return this.views.view(draft);
	}

	/**
	 * @param citizenId must not be {@literal null}.
	 * @return the citizen's drafts and submissions waiting for the desk, newest first.
	 */
	@Transactional(readOnly = true)
	public List<SubmissionView> pendingOf(UUID citizenId) {
		return this.submissions.undecidedOf(citizenId).stream().map(this.views::view).toList();
	}

	private Submission owned(UUID id, UUID citizenId) {
		return this.submissions.find(id)
			.filter(s -> s.isOf(citizenId))
			.orElseThrow(() -> new DomainException(Kind.NOT_FOUND, "submission-not-found", id));
	}

}
