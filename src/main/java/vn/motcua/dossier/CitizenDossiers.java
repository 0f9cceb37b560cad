package vn.motcua.dossier;

import org.jspecify.annotations.Nullable;
import vn.motcua.dossier.lookup.PublicDossiers;
import vn.motcua.dossier.lookup.Ratings;
import vn.motcua.shared.DomainException;
import vn.motcua.shared.DomainException.Kind;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What citizens do with their dossiers through other modules' pages: the satisfaction rating of a
 * returned dossier, open to anyone holding its code and second factor (the link of the
 * notification, the lookup page). A citizen's own pages are this module's.
 */
@Service
@Transactional
public class CitizenDossiers {

	private final PublicDossiers dossiers;

	private final Ratings ratings;

	CitizenDossiers(PublicDossiers dossiers, Ratings ratings) {
		this.dossiers = dossiers;
		this.ratings = ratings;
	}

	/**
	 * Rates a returned dossier found by its code and the receipt's secret, once. Four digits of a
	 * phone number show where a dossier is, but do not rate it: a rating counts in the unit's
	 * satisfaction figure (Decision 766), so it takes what only the applicant holds.
	 * @param code must not be {@literal null}.
	 * @param phoneLast4 ignored for a rating.
	 * @param secret the receipt's secret (its QR code carries it); without it {@code rating-needs-secret}.
	 * @param score 1 (very dissatisfied) to 5 (very satisfied).
	 * @param comment at most 2000 characters, or {@literal null}.
	 * @throws DomainException {@code dossier-not-found}, {@code rating-not-open},
	 * {@code rating-invalid}, {@code rating-needs-secret}.
	 */
	public void rate(String code, @Nullable String phoneLast4, @Nullable String secret, int score,
			@Nullable String comment) {
		if (secret == null) {
			throw new DomainException(Kind.INVALID, "rating-needs-secret");
		}
		this.ratings.rate(this.dossiers.find(code, null, secret)
			.orElseThrow(() -> new DomainException(Kind.NOT_FOUND, "dossier-not-found", code)), score, comment, "LOOKUP");
	}

}
