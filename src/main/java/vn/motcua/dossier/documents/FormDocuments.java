package vn.motcua.dossier.documents;

import java.util.List;

import vn.motcua.catalogue.CatalogueManagement;
import vn.motcua.catalogue.ProcedureView;
import vn.motcua.dossier.domain.Dossier;
import vn.motcua.dossier.forms.DossierForms;
import vn.motcua.dossier.forms.DossierForms.Issuer;
import vn.motcua.dossier.forms.DossierForms.Receipt;
import vn.motcua.dossier.processing.DossierReader;
import vn.motcua.dossier.processing.DossierView;
import vn.motcua.organization.AgencyView;
import vn.motcua.organization.OrganizationManagement;
import vn.motcua.organization.UnitView;
import vn.motcua.shared.Actor;
import vn.motcua.shared.DomainException;
import vn.motcua.shared.DomainException.Kind;

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
			DossierForms forms) {
		this.dossiers = dossiers;
		this.catalogue = catalogue;
		this.organization = organization;
		this.forms = forms;
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
		Issuer issuer = Issuer.ofUnit(this.organization.latestAgencyWithCode(dossier.agencyCode())
			.map(AgencyView::unitName)
			.orElseGet(() -> this.organization.unit(dossier.unitId()).map(UnitView::name).orElse(dossier.agencyCode())));
		return switch (form) {
			case "01" -> {
				ProcedureView procedure = this.catalogue.procedure(stored.intake().procedureId()).orElseThrow();
				yield this.forms.receipt(new Receipt(dossier, procedure, stored.intake().lookupSecret(),
						this.dossiers.handedIn(stored.id())), issuer);
			}
			case "02" -> this.forms.supplementRequest(dossier, issuer);
			case "03" -> this.forms.refusal(dossier, issuer);
			case "04" -> this.forms.apology(dossier, issuer);
			case "05" -> this.forms.controlSheet(dossier, issuer);
			default -> throw new DomainException(Kind.NOT_FOUND, "form-not-found", form);
		};
	}

}
