package vn.motcua.dossier.processing;

import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import vn.motcua.calendar.ReceiptRule;
import vn.motcua.dossier.ResultDelivery;
import vn.motcua.dossier.domain.ActionPolicy;
import vn.motcua.dossier.domain.Dossier;
import vn.motcua.dossier.domain.HandedDocument;
import vn.motcua.organization.OrganizationManagement;
import vn.motcua.shared.Actor;
import vn.motcua.shared.DomainException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A dossier as an official reads it: only dossiers of the units in their scope are found. */
@Service
@Transactional(readOnly = true)
public class DossierReader {

	private final DossierRepository dossiers;

	private final OrganizationManagement organization;

	private final Clock clock;

	private final DossierViews views;

	DossierReader(DossierRepository dossiers, OrganizationManagement organization, Clock clock) {
		this.dossiers = dossiers;
		this.organization = organization;
		this.clock = clock;
		this.views = new DossierViews(clock.getZone());
	}

	/** @throws DomainException {@code dossier-not-found}, also for a dossier outside the scope. */
	public DossierView get(String code, Actor actor) {
		return view(find(code, actor));
	}

	/**
	 * @throws DomainException {@code dossier-not-found}, also for a dossier outside the scope;
	 * {@code dossier-role-required} for a role that handles no dossier.
	 */
	public Dossier find(String code, Actor actor) {
		ActionPolicy.requireReader(actor);
		return this.dossiers.loadInScope(code, this.organization.scopeOf(actor));
	}

	/** @return the documents handed in at the counter, in order; empty when none were recorded. */
	public List<HandedDocument> handedIn(UUID dossierId) {
		return this.dossiers.handedIn(dossierId);
	}

	/** @return how many sets of the dossier were handed in (1 unless recorded otherwise). */
	/**
	 * @return whether the dossier has a receipt and appointment (form 01): every received one, except
	 * those of a procedure resolved on the spot whose applicant did not ask for it.
	 */
	public boolean hasReceipt(Dossier dossier) {
		return !dossier.intake().receiptRules().contains(ReceiptRule.NO_RECEIPT_UNLESS_ASKED)
				|| this.dossiers.receiptAsked(dossier.id());
	}

	public int sets(UUID dossierId) {
		return this.dossiers.sets(dossierId);
	}

	/** @return how the applicant chose to receive the result, {@literal null} when it was not recorded. */
	public @Nullable ResultDelivery resultDelivery(UUID dossierId) {
		String delivery = this.dossiers.resultDelivery(dossierId);
		return delivery == null ? null : ResultDelivery.valueOf(delivery);
	}

	/** @return the zone the pages and the API show moments in. */
	public ZoneId zone() {
		return this.clock.getZone();
	}

	/** @return the dossier as the pages and the API show it, now. */
	public DossierView view(Dossier dossier) {
		return this.views.view(dossier, this.clock.instant());
	}

}
