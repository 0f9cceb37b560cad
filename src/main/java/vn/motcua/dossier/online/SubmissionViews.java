package vn.motcua.dossier.online;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import vn.motcua.catalogue.CatalogueManagement;
import vn.motcua.catalogue.ProcedureView;
import vn.motcua.dossier.domain.Filing;
import vn.motcua.dossier.domain.Submission;
import vn.motcua.dossier.files.AttachmentStore;
import vn.motcua.dossier.files.SubmissionFile;

import org.springframework.stereotype.Component;

/** A submission as the citizen and the desk see it: with the procedure's required documents and the files given for each. */
@Component
class SubmissionViews {

	private final CatalogueManagement catalogue;

	private final AttachmentStore files;

	private final Clock clock;

	SubmissionViews(CatalogueManagement catalogue, AttachmentStore files, Clock clock) {
		this.catalogue = catalogue;
		this.files = files;
		this.clock = clock;
	}

	SubmissionView view(Submission s) {
		Map<Integer, List<SubmissionView.File>> given = this.files.ofSubmission(s.id())
			.stream()
			.collect(Collectors.groupingBy(SubmissionFile::document, Collectors.mapping(
					f -> new SubmissionView.File(f.id(), f.fileName(), f.contentType(), f.size(), f.fromStore()), Collectors.toList())));
		List<SubmissionView.Document> documents = this.catalogue
			.procedureOn(s.filing().procedureCode(), LocalDate.ofInstant(s.createdAt(), this.clock.getZone()))
			.map(ProcedureView::documents)
			.orElse(List.of())
			.stream()
			.map(d -> new SubmissionView.Document(d, given.getOrDefault(d.position(), List.of())))
			.toList();
		Filing f = s.filing();
		return new SubmissionView(s.id(), f.procedureCode(), f.procedureName(), f.agencyCode(), f.agencyName(),
				f.unitId(), s.applicant(), s.status(), Objects.requireNonNull(at(s.createdAt())), at(s.submittedAt()),
				s.dossierCode(), documents, s.version(), s.resultDelivery(), at(s.committedAt()), s.declaration());
	}

	private @Nullable OffsetDateTime at(@Nullable Instant instant) {
		return instant == null ? null : instant.atZone(this.clock.getZone()).toOffsetDateTime();
	}

}
