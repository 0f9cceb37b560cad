package vn.motcua.dossier.online;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import vn.motcua.catalogue.CatalogueManagement;
import vn.motcua.catalogue.OnlineLevel;
import vn.motcua.catalogue.ProcedureView;
import vn.motcua.dossier.domain.Filing;
import vn.motcua.dossier.domain.Submission;
import vn.motcua.identity.CitizenParticulars;
import vn.motcua.organization.AgencyView;
import vn.motcua.shared.DomainException;
import vn.motcua.shared.DomainException.Kind;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A citizen starts a draft for a procedure offered online, to be filed at the one-stop desk chosen;
 * the applicant is the account, with what its identity provider vouched for.
 */
@Service
@Transactional
class StartSubmission {

	private final SubmissionRepository submissions;

	private final CatalogueManagement catalogue;

	private final FilingDesks desks;

	private final CitizenParticulars particulars;

	private final Clock clock;

	StartSubmission(SubmissionRepository submissions, CatalogueManagement catalogue, FilingDesks desks,
			CitizenParticulars particulars, Clock clock) {
		this.particulars = particulars;
		this.submissions = submissions;
		this.catalogue = catalogue;
		this.desks = desks;
		this.clock = clock;
	}

	/**
	 * @return the new draft's id.
	 * @throws DomainException {@code procedure-not-found}, {@code procedure-not-online},
	 * {@code agency-not-found} (also an office where the procedure is not filed).
	 */
	UUID start(String procedureCode, String agencyCode, UUID citizenId, String contact, @Nullable String fullName) {
		LocalDate today = LocalDate.now(this.clock);
		ProcedureView procedure = this.catalogue.procedureOn(procedureCode.strip(), today)
			.orElseThrow(() -> new DomainException(Kind.NOT_FOUND, "procedure-not-found", procedureCode))
			.requireReceivable();
		if (procedure.onlineLevel() == OnlineLevel.DIRECT_ONLY) {
			throw new DomainException(Kind.CONFLICT, "procedure-not-online", procedure.code());
		}
		AgencyView agency = this.desks.of(procedure, today)
			.stream()
			.filter(a -> a.code().equals(agencyCode.strip()))
			.findFirst()
			.orElseThrow(() -> new DomainException(Kind.NOT_FOUND, "agency-not-found", agencyCode));
		Submission draft = Submission.start(citizenId, contact, fullName, new Filing(procedure.code(), procedure.name(),
				agency.code(), agency.name(), agency.unitId()), this.clock.instant());
		this.particulars.of(citizenId)
			.ifPresent(v -> draft.changeApplicant(draft.applicant().vouched(v.fullName(), v.idNumber(), v.address())));
		this.submissions.insert(draft);
		return draft.id();
	}

}
