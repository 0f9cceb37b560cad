package vn.motcua.dossier;

import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import vn.motcua.catalogue.CatalogueManagement;
import vn.motcua.catalogue.ProcedureView;
import vn.motcua.dossier.domain.ActionPolicy;
import vn.motcua.dossier.domain.Dossier;
import vn.motcua.dossier.processing.ActOnDossier;
import vn.motcua.dossier.processing.DossierReader;
import vn.motcua.dossier.processing.TransitionRequest;
import vn.motcua.dossier.store.StoreOwners;
import vn.motcua.shared.Actor;
import vn.motcua.shared.DomainException;
import vn.motcua.shared.DomainException.Kind;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Dossiers as the online payment of fees needs them (the {@code connect} module): the dossier a fee
 * is asked for, read in an official's scope or by its applicant's account, and the payment's arrival,
 * which takes the dossier out of {@link DossierStatus#FINANCIAL_OBLIGATION} in the caller's transaction.
 */
@Service
@Transactional
public class DossierPayments {

	private final DossierReader reader;

	private final ActOnDossier actions;

	private final CatalogueManagement catalogue;

	private final StoreOwners owners;

	DossierPayments(DossierReader reader, ActOnDossier actions, CatalogueManagement catalogue, StoreOwners owners) {
		this.reader = reader;
		this.actions = actions;
		this.catalogue = catalogue;
		this.owners = owners;
	}

	/**
	 * A dossier a fee may be asked for.
	 * @param feeVnd the procedure's fee as the catalogue states it, {@literal null} where it is not set.
	 */
	public record Payable(UUID id, String code, DossierStatus status, UUID unitId, String procedureName,
			String applicantName, @Nullable Long feeVnd) {
	}

	/** @throws vn.motcua.shared.DomainException {@code dossier-not-found}, also outside the official's scope. */
	@Transactional(readOnly = true)
	public Payable inScope(String code, Actor actor) {
		return payable(this.reader.find(code, actor));
	}

	/**
	 * The dossier an official asks the fee of: one who may ask for its financial obligation
	 * ({@link ActionPolicy}, {@code REQUEST_PAYMENT}).
	 * @throws DomainException {@code dossier-not-found}, also outside the official's scope; {@code forbidden}.
	 */
	@Transactional(readOnly = true)
	public Payable toAskFeeOf(String code, Actor actor) {
		Dossier dossier = this.reader.find(code, actor);
		if (!ActionPolicy.allows(DossierAction.REQUEST_PAYMENT, actor, dossier)) {
			throw new DomainException(Kind.FORBIDDEN, "forbidden");
		}
		return payable(dossier);
	}

	private Payable payable(Dossier d) {
		Long fee = this.catalogue.procedure(d.intake().procedureId()).map(ProcedureView::feeVnd).orElse(null);
		return new Payable(d.id(), d.code(), d.status(), d.intake().unitId(), d.intake().procedureName(),
				d.intake().applicant().fullName(), fee);
	}

	/** @return the dossier if it is the citizen's ({@link StoreOwners}: filed from the account, or theirs at the counter). */
	@Transactional(readOnly = true)
	public Optional<Payable> ofCitizen(String code, UUID citizenId) {
		return this.owners.ofCode(code).filter(citizenId::equals).map(owner -> inScope(code, Actor.system()));
	}

	/**
	 * The platform confirmed the payment: the dossier takes {@link DossierAction#PAYMENT_RECEIVED}, its
	 * history noting {@code note} (the transaction), and its clock runs again.
	 * @throws vn.motcua.shared.DomainException {@code illegal-transition} when it no longer waits for it.
	 */
	public void paid(String code, String note) {
		this.actions.act(code, new TransitionRequest(DossierAction.PAYMENT_RECEIVED, note, null, null, null, null),
				Actor.system());
	}

}
