package vn.motcua.dossier.lookup;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import vn.motcua.calendar.Timeliness;
import vn.motcua.dossier.DossierAction;
import vn.motcua.dossier.DossierStatus;
import vn.motcua.dossier.PublicDossierView;
import vn.motcua.dossier.ResultDelivery;
import vn.motcua.dossier.store.StoreOwners;
import vn.motcua.organization.AgencyView;
import vn.motcua.organization.OrganizationManagement;
import vn.motcua.organization.UnitView;
import vn.motcua.shared.SqlTimes;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A dossier as the public lookup shows it (its progress, never the applicant's data nor the
 * officials' names), found by its code and a second factor, or as a citizen's own.
 */
@Component
public class PublicDossiers {

	/** Actions whose note speaks to the applicant. */
	private static final Set<DossierAction> NOTES_FOR_APPLICANT = EnumSet.of(DossierAction.RECEIVE,
			DossierAction.REQUEST_SUPPLEMENT, DossierAction.REQUEST_PAYMENT, DossierAction.APOLOGISE,
			DossierAction.REFUSE, DossierAction.WITHDRAW);

	/**
	 * The dossier and its timeline in one statement (one round trip, one snapshot): a row per event,
	 * each carrying the dossier's columns, read once; {@code %s} is the dossier's condition. The n-th
	 * step completion names the n-th step completed (two may share an instant).
	 */
	private static final String DOSSIER_AND_TIMELINE = """
			select d.*, t.event_id, t.at, t.action, t.to_status, t.note, t.step
			from (
			  select d.id, d.code, d.procedure_code, d.procedure_name, d.agency_id, d.status, d.received_at, d.due_at,
			    d.rescheduled_due_at, d.resolved_at, d.timeliness, d.applicant_phone, d.lookup_secret,
			    (select s.acting_unit_id from dossier_step s where s.dossier_id = d.id and s.position = d.current_step)
			      as acting_unit_id,
			    (select r.score from dossier_rating r where r.dossier_id = d.id) as rating,
			    coalesce(d.result_delivery, (select sub.result_delivery from dossier_submission sub where sub.dossier_code = d.code)) as result_delivery
			  from dossier d where %s) d
			left join lateral (
			  with events as (
			    select e.*, case when e.action = 'COMPLETE_STEP'
			      then row_number() over (partition by e.action = 'COMPLETE_STEP' order by e.id) end as nth
			    from dossier_event e where e.dossier_id = d.id),
			  steps as (
			    select s.name, row_number() over (order by s.completed_at, s.position) as nth
			    from dossier_step s where s.dossier_id = d.id and s.completed_at is not null)
			  select e.id as event_id, e.at, e.action, e.to_status, e.note, s.name as step
			  from events e left join steps s on s.nth = e.nth) t on true
			order by t.event_id""";

	private final JdbcClient jdbc;

	private final OrganizationManagement organization;

	private final StoreOwners owners;

	private final ZoneId zone;

	PublicDossiers(JdbcClient jdbc, OrganizationManagement organization, StoreOwners owners, Clock clock) {
		this.jdbc = jdbc;
		this.organization = organization;
		this.owners = owners;
		this.zone = clock.getZone();
	}

	/** @return the dossier when the code exists and one of the factors matches; an unknown code and a wrong factor alike give none. */
	public Optional<PublicDossierView> find(String code, @Nullable String phoneLast4, @Nullable String secret) {
		return read(this.jdbc.sql(DOSSIER_AND_TIMELINE.formatted("d.code = ?")).param(code.strip()))
			.filter(found -> SecondFactor.matches(found.header().phone(), found.header().secret(), phoneLast4, secret))
			.map(this::view);
	}

	/** @return the dossier of a citizen's account: filed from it, or at the counter by the person it is vouched to be. */
	public Optional<PublicDossierView> findOwned(String code, UUID citizenId) {
		return this.owners.ofCode(code)
			.filter(citizenId::equals)
			.flatMap(owner -> read(this.jdbc.sql(DOSSIER_AND_TIMELINE.formatted("d.code = ?")).param(code.strip())))
			.map(this::view);
	}

	private Optional<Found> read(JdbcClient.StatementSpec statement) {
		return statement.query(rs -> {
			if (!rs.next()) {
				return Optional.<Found>empty();
			}
			Header header = header(rs);
			List<PublicDossierView.Event> timeline = new ArrayList<>();
			do {
				if (rs.getObject("event_id") != null) {
					DossierAction action = DossierAction.valueOf(rs.getString("action"));
					timeline.add(new PublicDossierView.Event(Objects.requireNonNull(SqlTimes.at(rs, "at", this.zone)), action,
							DossierStatus.valueOf(rs.getString("to_status")),
							NOTES_FOR_APPLICANT.contains(action) ? rs.getString("note") : null, rs.getString("step")));
				}
			}
			while (rs.next());
			return Optional.of(new Found(header, timeline));
		});
	}

	private PublicDossierView view(Found found) {
		Header h = found.header();
		String receivedBy = this.organization.agency(h.agencyId()).map(AgencyView::name).orElse("");
		String place = h.actingUnitId() != null ? this.organization.unit(h.actingUnitId()).map(UnitView::name).orElse("")
				: receivedBy;
		return new PublicDossierView(h.code(), h.procedureCode(), h.procedureName(), place, h.status(), h.receivedAt(),
				h.rescheduledDueAt() != null ? h.rescheduledDueAt() : h.dueAt(), h.resolvedAt(), h.timeliness(),
				found.timeline(), h.rating(), receivedBy, h.resultDelivery());
	}

	private Header header(ResultSet rs) throws SQLException {
		String timeliness = rs.getString("timeliness");
		return new Header(rs.getObject("id", UUID.class), rs.getString("code"), rs.getString("procedure_code"),
				rs.getString("procedure_name"), rs.getObject("agency_id", UUID.class),
				rs.getObject("acting_unit_id", UUID.class), DossierStatus.valueOf(rs.getString("status")),
				Objects.requireNonNull(SqlTimes.at(rs, "received_at", this.zone)), SqlTimes.at(rs, "due_at", this.zone),
				SqlTimes.at(rs, "rescheduled_due_at", this.zone), SqlTimes.at(rs, "resolved_at", this.zone),
				timeliness == null ? null : Timeliness.valueOf(timeliness), rs.getString("applicant_phone"),
				rs.getString("lookup_secret"), (Integer) rs.getObject("rating"),
				rs.getString("result_delivery") == null ? null : ResultDelivery.valueOf(rs.getString("result_delivery")));
	}

	private record Found(Header header, List<PublicDossierView.Event> timeline) {
	}

	private record Header(UUID id, String code, String procedureCode, String procedureName, UUID agencyId,
			@Nullable UUID actingUnitId, DossierStatus status, OffsetDateTime receivedAt, @Nullable OffsetDateTime dueAt,
			@Nullable OffsetDateTime rescheduledDueAt, @Nullable OffsetDateTime resolvedAt,
			@Nullable Timeliness timeliness, @Nullable String phone, String secret, @Nullable Integer rating,
			@Nullable ResultDelivery resultDelivery) {
	}

}
