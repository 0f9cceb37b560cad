package vn.motcua.portal.procedures;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;
import vn.motcua.catalogue.CatalogueManagement;
import vn.motcua.catalogue.ProcedureLevel;
import vn.motcua.catalogue.ProcedureView;
import vn.motcua.catalogue.SampleForms;
import vn.motcua.organization.OrganizationManagement;
import vn.motcua.portal.domain.FilingOffices;
import vn.motcua.shared.DomainException;
import vn.motcua.shared.DomainException.Kind;
import vn.motcua.shared.Texts;
import vn.motcua.shared.Uploads;

import org.springframework.stereotype.Service;

/** The procedures anyone may look up: the search, a procedure with where to file it, its sample forms. */
@Service
class PublicProcedures {

	static final int MAX_RESULTS = 100;

	private final CatalogueManagement catalogue;

	private final SampleForms sampleForms;

	private final OrganizationManagement organization;

	private final Clock clock;

	PublicProcedures(CatalogueManagement catalogue, SampleForms sampleForms, OrganizationManagement organization,
			Clock clock) {
		this.catalogue = catalogue;
		this.sampleForms = sampleForms;
		this.organization = organization;
		this.clock = clock;
	}

	List<ProcedureView> search(@Nullable String query, @Nullable String field, @Nullable ProcedureLevel level) {
		return this.catalogue.find(query, Texts.blankToNull(field), level, LocalDate.now(this.clock), MAX_RESULTS);
	}

	List<String> fields() {
		return this.catalogue.fields(LocalDate.now(this.clock));
	}

	/** @throws DomainException {@code procedure-not-found}. */
	PublicProcedure procedure(String code) {
		LocalDate today = LocalDate.now(this.clock);
		ProcedureView procedure = this.catalogue.procedureOn(code.strip(), today)
			.orElseThrow(() -> new DomainException(Kind.NOT_FOUND, "procedure-not-found", code));
		return new PublicProcedure(procedure, FilingOffices.of(procedure.level(),
				this.organization.agenciesOn(today, null), this.organization.unitsOn(today, null)),
				this.sampleForms.of(procedure.code()));
	}

	/** @throws DomainException {@code attachment-not-found}. */
	Uploads.File sampleForm(String code, int position) {
		return this.sampleForms.get(code, position);
	}

}
