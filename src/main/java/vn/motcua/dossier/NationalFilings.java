package vn.motcua.dossier;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import vn.motcua.dossier.online.NationalIntake;
import vn.motcua.identity.CitizenParticulars;
import vn.motcua.shared.DomainException;
import vn.motcua.shared.DomainException.Kind;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Dossiers filed on the National Public Service Portal (the {@code connect} module): each arrives in
 * the desk's queue of online submissions, sent, as if its applicant had filed it here, under the
 * account of the contact the portal gave; delivered twice, it is one submission.
 */
@Service
@Transactional
public class NationalFilings {

	private final CitizenParticulars citizens;

	private final NationalIntake intake;

	NationalFilings(CitizenParticulars citizens, NationalIntake intake) {
		this.citizens = citizens;
		this.intake = intake;
	}

	/** A filing as the portal sends it; {@code documents} by the position of the procedure's required document. */
	public record Filing(String nationalCode, String procedureCode, String agencyCode, String fullName,
			String idNumber, @Nullable String phone, @Nullable String email, @Nullable String address,
			ResultDelivery resultDelivery, List<Document> documents) {
	}

	/** A file of a filing, for the required document at {@code position}. */
	public record Document(int position, String fileName, byte[] content) {
	}

	/** @param fresh whether this delivery made it (a repeated one finds the first). */
	public record Filed(UUID submissionId, boolean fresh) {
	}

	/**
	 * @throws DomainException {@code national-filing-contact-missing}, {@code contact-invalid}, and
	 * what the online submission refuses (procedure, agency, ID number, files, a document missing).
	 */
	public Filed file(Filing filing) {
		Optional<UUID> known = this.intake.submissionOf(filing.nationalCode());
		if (known.isPresent()) {
			return new Filed(known.get(), false);
		}
		String contact = filing.email() != null ? filing.email() : filing.phone();
		if (contact == null || contact.isBlank()) {
			throw new DomainException(Kind.INVALID, "national-filing-contact-missing", filing.nationalCode());
		}
		UUID citizen = this.citizens.accountForNationalFiling(contact, filing.fullName());
		return new Filed(this.intake.file(filing, citizen, Objects.requireNonNull(contact)), true);
	}

	/** @return the national portal's code of a dossier filed there. */
	@Transactional(readOnly = true)
	public Optional<String> nationalCodeOf(String dossierCode) {
		return this.intake.nationalCodeOf(dossierCode);
	}

}
