package vn.motcua.dossier;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import vn.motcua.calendar.Timeliness;
import vn.motcua.organization.AgencyView;
import vn.motcua.organization.OrganizationManagement;
import vn.motcua.organization.UnitView;
import vn.motcua.shared.SqlTimes;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The public lookup (tra cứu hồ sơ): a dossier code plus a second factor, the last four digits
 * of the applicant's phone or the secret printed on the receipt. An unknown code and a wrong
 * factor give the same empty answer.
 */
@Service
@Transactional(readOnly = true)
public class DossierLookup {

	/** Actions whose note speaks to the applicant. */
	private static final Set<DossierAction> NOTES_FOR_APPLICANT = EnumSet.of(DossierAction.RECEIVE,
			DossierAction.REQUEST_SUPPLEMENT, DossierAction.REQUEST_PAYMENT, DossierAction.APOLOGISE,
			DossierAction.REFUSE, DossierAction.WITHDRAW);

	private static final String HEADER = """
			select d.id, d.code, d.procedure_code, d.procedure_name, d.agency_id, d.status, d.received_at, d.due_at,
			  d.rescheduled_due_at, d.resolved_at, d.timeliness, d.applicant_phone, d.lookup_secret,
			  (select s.acting_unit_id from dossier_step s where s.dossier_id = d.id and s.position = d.current_step)
			    as acting_unit_id,
			  (select r.score from dossier_rating r where r.dossier_id = d.id) as rating
			from dossier d""";

	private final JdbcClient jdbc;

	private final OrganizationManagement organization;

	private final ZoneId zone;

	DossierLookup(JdbcClient jdbc, OrganizationManagement organization, Clock clock) {
		this.jdbc = jdbc;
		this.organization = organization;
		this.zone = clock.getZone();
	}

	/**
	 * @param phoneLast4 the last four digits of the applicant's phone, or {@literal null}.
	 * @param secret the receipt's secret, or {@literal null}.
	 * @return the dossier when the code exists and one of the factors matches.
	 */
	public Optional<PublicDossierView> find(String code, @Nullable String phoneLast4, @Nullable String secret) {
		Optional<Header> found = this.jdbc.sql(HEADER + " where d.code = ?")
			.param(code.strip())
			.query(this::header)
			.optional();
		return found.filter(h -> h.matches(phoneLast4, secret)).map(this::view);
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

	/** @return the dossier's applicant contact and state. */
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
					DossierStatus.valueOf(rs.getString("status")), SqlTimes.at(rs, "appointment", this.zone), rs.getString("last_note")))
			.optional();
	}

	/** A pending dossier and its appointment, for the reminder before the appointment. */
	public record Pending(UUID dossierId, UUID unitId, OffsetDateTime appointment) {
	}

	/** @return the dossiers still pending whose appointment falls between the two moments. */
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

	/** @return the dossier of a citizen's account, as the public lookup shows it. */
	public Optional<PublicDossierView> findOwned(String code, UUID citizenId) {
		return this.jdbc.sql(HEADER + " where d.code = ? and d.citizen_id = ?")
			.params(code.strip(), citizenId)
			.query(this::header)
			.optional()
			.map(this::view);
	}

	private PublicDossierView view(Header h) {
		List<PublicDossierView.Event> timeline = this.jdbc.sql("""
				select at, action, to_status, note from dossier_event where dossier_id = ? order by id""")
			.param(h.id())
			.query((rs, n) -> {
				DossierAction action = DossierAction.valueOf(rs.getString("action"));
				return new PublicDossierView.Event(Objects.requireNonNull(SqlTimes.at(rs, "at", this.zone)), action, DossierStatus.valueOf(rs.getString("to_status")),
						NOTES_FOR_APPLICANT.contains(action) ? rs.getString("note") : null);
			})
			.list();
		String place = h.actingUnitId() != null ? this.organization.unit(h.actingUnitId()).map(UnitView::name).orElse("")
				: this.organization.agency(h.agencyId()).map(AgencyView::name).orElse("");
		return new PublicDossierView(h.code(), h.procedureCode(), h.procedureName(), place, h.status(), h.receivedAt(),
				h.rescheduledDueAt() != null ? h.rescheduledDueAt() : h.dueAt(), h.resolvedAt(), h.timeliness(), timeline,
				h.rating());
	}

	private Header header(ResultSet rs, int row) throws SQLException {
		String timeliness = rs.getString("timeliness");
		return new Header(rs.getObject("id", UUID.class), rs.getString("code"), rs.getString("procedure_code"),
				rs.getString("procedure_name"), rs.getObject("agency_id", UUID.class),
				rs.getObject("acting_unit_id", UUID.class), DossierStatus.valueOf(rs.getString("status")),
				Objects.requireNonNull(SqlTimes.at(rs, "received_at", this.zone)), SqlTimes.at(rs, "due_at", this.zone), SqlTimes.at(rs, "rescheduled_due_at", this.zone), SqlTimes.at(rs, "resolved_at", this.zone),
				timeliness == null ? null : Timeliness.valueOf(timeliness), rs.getString("applicant_phone"),
				rs.getString("lookup_secret"), (Integer) rs.getObject("rating"));
	}

	private record Header(UUID id, String code, String procedureCode, String procedureName, UUID agencyId,
			@Nullable UUID actingUnitId, DossierStatus status, OffsetDateTime receivedAt, @Nullable OffsetDateTime dueAt,
			@Nullable OffsetDateTime rescheduledDueAt, @Nullable OffsetDateTime resolvedAt,
			@Nullable Timeliness timeliness, @Nullable String phone, String secret, @Nullable Integer rating) {

		/** Compared in constant time, so that the answer's timing tells nothing. */
		boolean matches(@Nullable String phoneLast4, @Nullable String typedSecret) {
			boolean byPhone = false;
			if (phoneLast4 != null && this.phone != null) {
				String digits = this.phone.replaceAll("\\D", "");
				byPhone = digits.length() >= 4 && phoneLast4.strip().length() == 4
						&& same(digits.substring(digits.length() - 4), phoneLast4.strip());
			}
			boolean bySecret = typedSecret != null
					&& same(this.secret, typedSecret.strip().toUpperCase(Locale.ROOT));
			return byPhone | bySecret;
		}

		private static boolean same(String a, String b) {
			return MessageDigest.isEqual(a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));
		}

	}

}
