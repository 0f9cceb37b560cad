package vn.motcua.dossier.documents;

import vn.motcua.catalogue.CatalogueManagement;
import vn.motcua.catalogue.ProcedureView;
import vn.motcua.dossier.domain.Dossier;
import vn.motcua.dossier.forms.DossierForms;
import vn.motcua.dossier.processing.DossierReader;
import vn.motcua.dossier.processing.DossierView;
import vn.motcua.organization.AgencyView;
import vn.motcua.organization.OrganizationManagement;
import vn.motcua.shared.Actor;
import vn.motcua.shared.DomainException;
import vn.motcua.shared.DomainException.Kind;
import vn.motcua.shared.Vietnam;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The legal forms of a dossier (01–05), for officials of its scope and for its citizen. Forms are
 * always in Vietnamese, as they are issued.
 */
@Service
@Transactional(readOnly = true)
public class FormDocuments {

	private final DossierReader dossiers;

	private final CatalogueManagement catalogue;

	private final OrganizationManagement organization;

	private final DossierForms forms;

	FormDocuments(DossierReader dossiers, CatalogueManagement catalogue, OrganizationManagement organization,
			MessageSource messages, @Value("${motcua.public-url:http://localhost:8080}") String publicUrl) {
		this.dossiers = dossiers;
		this.catalogue = catalogue;
		this.organization = organization;
		this.forms = new DossierForms(publicUrl,
				action -> messages.getMessage("DossierAction." + action.name(), null, action.name(), Vietnam.LOCALE));
	}

	/**
	 * @param form {@code 01} receipt, {@code 02} supplement request, {@code 03} refusal,
	 * {@code 04} apology, {@code 05} process control sheet.
	 * @throws DomainException {@code dossier-not-found}, {@code form-not-found},
	 * {@code form-not-applicable}.
	 */
	public byte[] form(String code, String form, Actor actor) {
		Dossier stored = this.dossiers.find(code, actor);
		DossierView dossier = this.dossiers.view(stored);
		String agency = this.organization.latestAgencyWithCode(dossier.agencyCode())
			.map(AgencyView::name)
			.orElse(dossier.agencyCode());
		return switch (form) {
			case "01" -> {
				ProcedureView procedure = this.catalogue.procedure(stored.intake().procedureId()).orElseThrow();
				yield this.forms.receipt(dossier, procedure, agency, stored.intake().lookupSecret(),
						this.dossiers.handedIn(stored.id()));
			}
			case "02" -> this.forms.supplementRequest(dossier, agency);
			case "03" -> this.forms.refusal(dossier, agency);
			case "04" -> this.forms.apology(dossier, agency);
			case "05" -> this.forms.controlSheet(dossier, agency);
			default -> throw new DomainException(Kind.NOT_FOUND, "form-not-found", form);
		};
	}

}
