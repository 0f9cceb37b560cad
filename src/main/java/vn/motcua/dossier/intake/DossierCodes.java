package vn.motcua.dossier.intake;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Dossier codes {@code <agency identifier>-YYMMDD-XXXX} (Circular 01/2018 Art. 19): a daily
 * sequence per agency of the dossiers received, taken inside the intake transaction. The upsert
 * locks the agency's row for that day until commit, so two counters never get the same number, and
 * a rolled-back intake gives its number back: the sequence has no gaps. A dossier turned away at
 * the counter takes no number of it: it is recorded as {@code <agency>-YYMMDD-KXXXX}, a sequence
 * of its own.
 */
@Component
public class DossierCodes {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyMMdd");

	private final JdbcClient jdbc;

	DossierCodes(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** @return the next code of a dossier received by the agency on {@code day}, inside the current transaction. */
	public String next(UUID agencyId, String agencyCode, LocalDate day) {
		return "%s-%s-%04d".formatted(agencyCode, DAY.format(day), nextOf(agencyId, day, "R"));
	}

	/** @return the next code of a dossier the agency turned away on {@code day}, inside the current transaction. */
	public String nextTurnedAway(UUID agencyId, String agencyCode, LocalDate day) {
		return "%s-%s-K%04d".formatted(agencyCode, DAY.format(day), nextOf(agencyId, day, "K"));
	}

	private int nextOf(UUID agencyId, LocalDate day, String kind) {
		return this.jdbc.sql("""
				insert into dossier_code_sequence (agency_id, day, kind, last_value) values (:agency, :day, :kind, 1)
				on conflict (agency_id, day, kind) do update set last_value = dossier_code_sequence.last_value + 1
				returning last_value""")
			.param("agency", agencyId)
			.param("day", day)
			.param("kind", kind)
			.query(Integer.class)
			.single();
	}

}
