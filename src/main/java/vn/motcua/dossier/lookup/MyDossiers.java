package vn.motcua.dossier.lookup;

import java.io.InputStream;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import vn.motcua.dossier.DossierStatus;
import vn.motcua.dossier.PublicDossierView;
import vn.motcua.dossier.documents.FormDocuments;
import vn.motcua.dossier.files.AttachmentStore;
import vn.motcua.dossier.results.SignedResults;
import vn.motcua.shared.Actor;
import vn.motcua.shared.DomainException;
import vn.motcua.shared.DomainException.Kind;
import vn.motcua.shared.Uploads;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The dossiers of a citizen's account: their list, each as the public lookup shows it with its
 * receipt and forms, the files sent for a supplement request, and the rating once returned. A
 * citizen only ever reaches their own dossiers.
 */
@Service
@Transactional
class MyDossiers {

	/** The forms an applicant receives (Circular 01/2018 forms 01–04); not the office's control slip 05. */
	static final Set<String> CITIZEN_FORMS = Set.of("01", "02", "03", "04");


	private final PublicDossiers dossiers;

	private final AccountDossiers account;

	private final AttachmentStore files;

	private final FormDocuments forms;

	private final Ratings ratings;

	private final SignedResults results;

	MyDossiers(PublicDossiers dossiers, AccountDossiers account, AttachmentStore files, FormDocuments forms,
			Ratings ratings, SignedResults results) {
		this.dossiers = dossiers;
		this.account = account;
		this.files = files;
		this.forms = forms;
		this.ratings = ratings;
		this.results = results;
	}

	@Transactional(readOnly = true)
	List<AccountDossiers.Line> of(UUID citizenId) {
		return this.account.of(citizenId);
	}

	/** @throws DomainException {@code dossier-not-found}, also for another citizen's dossier. */
	@Transactional(readOnly = true)
	PublicDossierView get(String code, UUID citizenId) {
		return this.dossiers.findOwned(code, citizenId)
			.orElseThrow(() -> new DomainException(Kind.NOT_FOUND, "dossier-not-found", code));
	}

	/** @return the names of the files of the citizen's dossier. */
	@Transactional(readOnly = true)
	List<String> fileNames(String code, UUID citizenId) {
		return this.files.namesOf(get(code, citizenId).code());
	}

	/** A form of the citizen's dossier (01 the receipt, 02 the supplement request, …). */
	@Transactional(readOnly = true)
	byte[] form(String code, String form, UUID citizenId) {
		String owned = get(code, citizenId).code();
		if (!CITIZEN_FORMS.contains(form)) {
			// form 05, the control slip, records the handling inside the office: officials' names, notes
			throw new DomainException(Kind.NOT_FOUND, "form-not-found", form);
		}
		return this.forms.form(owned, form, Actor.system());
	}

	/**
	 * @return the dossier's signed electronic result.
	 * @throws DomainException {@code dossier-not-found}, {@code result-not-signed}.
	 */
	Uploads.File result(String code, UUID citizenId) {
		return this.results.signedResult(get(code, citizenId).code());
	}

	/**
	 * A file the citizen sends on their dossier while a supplement is requested.
	 * @throws DomainException {@code dossier-not-found}, {@code supplement-not-requested},
	 * {@code attachment-type}, {@code attachment-too-large}.
	 */
	void supplement(String code, UUID citizenId, String contact, String fileName, long size, InputStream content) {
		PublicDossierView dossier = get(code, citizenId);
		if (dossier.status() != DossierStatus.SUPPLEMENT_REQUESTED) {
			throw new DomainException(Kind.CONFLICT, "supplement-not-requested", code);
		}
		this.files.attach(this.account.idOf(dossier.code()), fileName, size, content, contact);
	}

	/** The citizen rates their returned dossier. */
	void rate(String code, UUID citizenId, int score, @Nullable String comment) {
		this.ratings.rate(get(code, citizenId), score, comment, "ACCOUNT");
	}

}
