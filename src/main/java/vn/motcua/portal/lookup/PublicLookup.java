package vn.motcua.portal.lookup;

import java.util.Optional;

import org.jspecify.annotations.Nullable;
import vn.motcua.dossier.CitizenDossiers;
import vn.motcua.dossier.DossierLookup;
import vn.motcua.dossier.PublicDossierView;
import vn.motcua.shared.DomainException;
import vn.motcua.shared.DomainException.Kind;
import vn.motcua.shared.Uploads;
import vn.motcua.shared.Texts;

import org.springframework.stereotype.Service;

/**
 * The dossier lookup anyone may do with a dossier code and a second factor, and the applicant's
 * rating of a returned dossier; failures are throttled per client so that codes cannot be
 * enumerated.
 */
@Service
class PublicLookup {

	private final DossierLookup lookup;

	private final CitizenDossiers ratings;

	private final LookupThrottle throttle;

	PublicLookup(DossierLookup lookup, CitizenDossiers ratings, LookupThrottle throttle) {
		this.lookup = lookup;
		this.ratings = ratings;
		this.throttle = throttle;
	}

	/**
	 * @param code as typed or copied: looked up without spaces and in upper case
	 * ({@link LookupCodes#normalize}), so a code copied from an SMS is found and no failure counted.
	 * @param client who asks (the remote address), for the throttle.
	 * @throws DomainException {@code dossier-not-found} for an unknown code or a wrong second
	 * factor alike; {@code too-many-lookups} when the client failed too often.
	 */
	PublicDossierView lookup(String code, @Nullable String phoneLast4, @Nullable String secret, String client) {
		refuseIfBlocked(client);
		Optional<PublicDossierView> found = this.lookup.find(LookupCodes.normalize(code), Texts.blankToNull(phoneLast4),
				Texts.blankToNull(secret));
		if (found.isEmpty()) {
			this.throttle.failed(client);
			throw new DomainException(Kind.NOT_FOUND, "dossier-not-found", code);
		}
		return found.get();
	}

	/**
	 * @return the dossier's signed electronic result, with the code and its second factor.
	 * @throws DomainException as {@link #lookup}, and {@code result-not-signed}.
	 */
	Uploads.File result(String code, @Nullable String phoneLast4, @Nullable String secret, String client) {
		refuseIfBlocked(client);
		Optional<Uploads.File> found = this.lookup.signedResult(LookupCodes.normalize(code), Texts.blankToNull(phoneLast4),
				Texts.blankToNull(secret));
		if (found.isEmpty()) {
			this.throttle.failed(client);
			throw new DomainException(Kind.NOT_FOUND, "dossier-not-found", code);
		}
		return found.get();
	}

	/**
	 * Rates a returned dossier with the code and its second factor; a wrong factor counts as a
	 * failed lookup.
	 * @throws DomainException as {@link #lookup}, and {@code rating-not-open}, {@code rating-invalid}.
	 */
	void rate(String code, @Nullable String phoneLast4, @Nullable String secret, int score, @Nullable String comment,
			String client) {
		refuseIfBlocked(client);
		try {
			this.ratings.rate(LookupCodes.normalize(code), Texts.blankToNull(phoneLast4), Texts.blankToNull(secret), score, comment);
		}
		catch (DomainException ex) {
			if (ex.kind() == Kind.NOT_FOUND) { // unknown code or wrong second factor
				this.throttle.failed(client);
			}
			throw ex;
		}
	}

	private void refuseIfBlocked(String client) {
		if (this.throttle.blocked(client)) {
			throw new DomainException(Kind.LIMITED, "too-many-lookups", this.throttle.minutesToWait());
		}
	}

}
