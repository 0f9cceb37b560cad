package vn.motcua.dossier;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import vn.motcua.shared.ReadsFromReplica;
import vn.motcua.dossier.lookup.PublicDossiers;
import vn.motcua.dossier.results.SignedResults;
import vn.motcua.shared.SqlTimes;
import vn.motcua.shared.Uploads;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Dossiers read by other modules: the public lookup (tra cứu hồ sơ) by a dossier code plus a
 * second factor — the last four digits of the applicant's phone or the secret printed on the
 * receipt; an unknown code and a wrong factor give the same empty answer — and, for the
 * notifications, whom to tell about a dossier and which appointments come up.
 */
@Service
@Transactional(readOnly = true)
public class DossierLookup {

	private final PublicDossiers dossiers;

	private final JdbcClient jdbc;

	private final ZoneId zone;

	private final SignedResults results;

	DossierLookup(PublicDossiers dossiers, JdbcClient jdbc, Clock clock, SignedResults results) {
		this.dossiers = dossiers;
		this.jdbc = jdbc;
		this.results = results;
		this.zone = clock.getZone();
	}

	/**
	 * @param phoneLast4 the last four digits of the applicant's phone, or {@literal null}.
	 * @param secret the receipt's secret, or {@literal null}.
	 * @return the dossier when the code exists and one of the factors matches (one statement, no transaction).
	 */
	@ReadsFromReplica
	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public Optional<PublicDossierView> find(String code, @Nullable String phoneLast4, @Nullable String secret) {
		return this.dossiers.find(code, phoneLast4, secret);
	}

	/**
	 * @return the dossier's signed electronic result, when the code exists and one of the factors
	 * matches (as {@link #find}); empty otherwise.
	 * @throws vn.motcua.shared.DomainException {@code result-not-signed}.
	 */
	public Optional<Uploads.File> signedResult(String code, @Nullable String phoneLast4, @Nullable String secret) {
		return this.dossiers.find(code, phoneLast4, secret).map(found -> this.results.signedResult(code));
	}

	/**
	 * Who to tell about a dossier, and what: for the notifications, never shown publicly.
	 *
	 * @param lastNote the note of the latest transition (what to supplement, why late or refused).
	 */
	public record Contact(UUID dossierId, String code, String secret, String procedureName, String applicantName,
			@Nullable String phone, @Nullable String email, DossierStatus status, @Nullable OffsetDateTime appointment,
			@Nullable String lastNote) {
	}

	/**
	 * @param dossierId must not be {@literal null}.
	 * @return the dossier's applicant contact and state; never {@literal null}.
	 */
	public Optional<Contact> contact(UUID dossierId) {
		return this.jdbc.sql("""
				select d.id, d.code, d.lookup_secret, d.procedure_name, d.applicant_name, d.applicant_phone, d.applicant_email,
				  d.status, coalesce(d.rescheduled_due_at, d.due_at) as appointment,
				  (select e.note from dossier_event e where e.dossier_id = d.id order by e.id desc limit 1) as last_note
				from dossier d where d.id = ?""")
			.param(dossierId)
			.query((rs, n) -> new Contact(rs.getObject("id", UUID.class), rs.getString("code"),
					rs.getString("lookup_secret"), rs.getString("procedure_name"), rs.getString("applicant_name"),
					rs.getString("applicant_phone"), rs.getString("applicant_email"),
					DossierStatus.valueOf(rs.getString("status")), SqlTimes.at(rs, "appointment", this.zone),
					rs.getString("last_note")))
			.optional();
	}

	/** A pending dossier and its appointment, for the reminder before the appointment. */
	public record Pending(UUID dossierId, UUID unitId, OffsetDateTime appointment) {
	}

	/** @return the dossiers still pending whose appointment falls between the two moments; never {@literal null}. */
	public List<Pending> pendingWithAppointmentBetween(Instant from, Instant until) {
		return this.jdbc.sql("""
				select id, unit_id, coalesce(rescheduled_due_at, due_at) as appointment from dossier
				where closed_at is null and status in ('RECEIVED', 'IN_PROGRESS')
				  and coalesce(rescheduled_due_at, due_at) between ? and ?""")
			.params(Timestamp.from(from), Timestamp.from(until))
			.query((rs, n) -> new Pending(rs.getObject("id", UUID.class), rs.getObject("unit_id", UUID.class),
					Objects.requireNonNull(SqlTimes.at(rs, "appointment", this.zone))))
			.list();
	}

}
