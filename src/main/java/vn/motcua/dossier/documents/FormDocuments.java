package vn.motcua.dossier.documents;

import java.util.List;

import vn.motcua.catalogue.CatalogueManagement;
import vn.motcua.catalogue.ProcedureView;
import vn.motcua.dossier.domain.Dossier;
import vn.motcua.dossier.forms.DossierForms;
import vn.motcua.dossier.forms.FormSet;
import vn.motcua.dossier.forms.DossierForms.Issuer;
import vn.motcua.dossier.forms.DossierForms.Receipt;
import vn.motcua.dossier.processing.DossierReader;
import vn.motcua.dossier.processing.DossierView;
import vn.motcua.dossier.results.FormSigning;
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
 * always in Vietnamese, as they are issued; signed by the issuing desk with {@code motcua.signing.forms}.
 */
@Service
@Transactional(readOnly = true)
public class FormDocuments {

	private final DossierReader dossiers;

	private final CatalogueManagement catalogue;

	private final OrganizationManagement organization;

	private final DossierForms forms;

	private final FormSigning signing;

	FormDocuments(DossierReader dossiers, CatalogueManagement catalogue, OrganizationManagement organization,
			DossierForms forms, FormSigning signing) {
		this.signing = signing;
		this.dossiers = dossiers;
		this.catalogue = catalogue;
		this.organization = organization;
		this.forms = forms;
	}

	/**
	 * @param form the form's number in the set of the dossier's receipt date ({@link FormSet}):
	 * {@code 01} receipt, {@code 02} supplement request, {@code 03} refusal, {@code 04} apology,
	 * {@code 05} control sheet (2018) or notice of stopping the handling (2025), {@code 06} control
	 * sheet (2025).
	 * @throws DomainException {@code dossier-not-found}, {@code form-not-found},
	 * {@code form-not-applicable}.
	 */
	public byte[] form(String code, String form, Actor actor) {
		Dossier stored = this.dossiers.find(code, actor);
		DossierView dossier = this.dossiers.view(stored);
		// the desk that received it issues the forms, also for another agency's dossier (Decree 118/2025 Art. 7)
		String issuing = dossier.deskAgencyCode() != null ? dossier.deskAgencyCode() : dossier.agencyCode();
		Issuer issuer = Issuer.ofUnit(this.organization.latestAgencyWithCode(issuing)
			.map(AgencyView::unitName)
			.orElseGet(() -> this.organization.unit(dossier.unitId()).map(UnitView::name).orElse(issuing)));
		FormSet set = FormSet.of(stored.intake().ruleVersion());
		byte[] pdf = switch (set.form(form).orElseThrow(() -> new DomainException(Kind.NOT_FOUND, "form-not-found", form))) {
			case RECEIPT -> {
				if (!this.dossiers.hasReceipt(stored)) {
					throw new DomainException(Kind.CONFLICT, "receipt-not-asked", code);
				}
				ProcedureView procedure = this.catalogue.procedure(stored.intake().procedureId()).orElseThrow();
				yield this.forms.receipt(new Receipt(dossier, procedure, stored.intake().lookupSecret(),
						this.dossiers.handedIn(stored.id()), this.dossiers.resultDelivery(stored.id()),
						this.dossiers.sets(stored.id())), issuer, set);
			}
			case SUPPLEMENT -> this.forms.supplementRequest(dossier, issuer, set);
			case REFUSAL -> this.forms.refusal(dossier, issuer, set);
			case APOLOGY -> this.forms.apology(dossier, issuer, set);
			case STOP_NOTICE -> this.forms.stopNotice(dossier, issuer, set);
			case CONTROL_SHEET -> this.forms.controlSheet(dossier, issuer, set);
		};
		return this.signing.signed(pdf, code, issuing, form);
	}

}
