package vn.motcua.dossier.lookup;

import java.sql.Timestamp;
import java.time.Clock;

import org.jspecify.annotations.Nullable;
import vn.motcua.dossier.PublicDossierView;
import vn.motcua.shared.DomainException;
import vn.motcua.shared.DomainException.Kind;
import vn.motcua.shared.Texts;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The applicant's satisfaction with a returned dossier: once, 1 to 5, with an optional comment. */
@Component
public class Ratings {

	private static final int MAX_COMMENT = 2000;

	private final JdbcClient jdbc;

	private final Clock clock;

	Ratings(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * @param channel where the rating came from: {@code ACCOUNT} or {@code LOOKUP}.
	 * @throws DomainException {@code rating-invalid}, {@code rating-not-open} (not returned, or
	 * rated already).
	 */
	public void rate(PublicDossierView dossier, int score, @Nullable String comment, String channel) {
		if (score < 1 || score > 5) {
			throw new DomainException(Kind.INVALID, "rating-invalid");
		}
		if (!dossier.mayRate()) {
			throw new DomainException(Kind.CONFLICT, "rating-not-open", dossier.code());
		}
		String note = Texts.blankToNull(comment);
		if (note != null && note.length() > MAX_COMMENT) {
			throw new DomainException(Kind.INVALID, "rating-invalid");
		}
		int inserted = this.jdbc.sql("""
				insert into dossier_rating (dossier_id, score, comment, rated_at, channel)
				select id, ?, ?, ?, ? from dossier where code = ? on conflict (dossier_id) do nothing""")
			.params(score, note, Timestamp.from(this.clock.instant()), channel, dossier.code())
			.update();
		if (inserted == 0) {
			throw new DomainException(Kind.CONFLICT, "rating-not-open", dossier.code());
		}
	}

}
