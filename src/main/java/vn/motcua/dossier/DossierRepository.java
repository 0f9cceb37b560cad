package vn.motcua.dossier;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import vn.motcua.calendar.Channel;
import vn.motcua.calendar.ClockStopMode;
import vn.motcua.calendar.RuleVersion;
import vn.motcua.calendar.TimeLimitUnit;
import vn.motcua.calendar.Timeliness;
import vn.motcua.dossier.domain.Applicant;
import vn.motcua.dossier.domain.ClockStopEntry;
import vn.motcua.dossier.domain.Dossier;
import vn.motcua.dossier.domain.DossierStep;
import vn.motcua.dossier.domain.Intake;
import vn.motcua.dossier.domain.TimelineEntry;
import vn.motcua.shared.SqlTimes;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Stores the {@link Dossier} aggregate with explicit SQL: a transition writes the dossier row
 * (guarded by its version), the steps and clock stops it changed, and its new timeline lines —
 * never the whole aggregate again.
 */
@Repository
class DossierRepository {

	private final JdbcClient jdbc;

	private final JdbcTemplate jdbcTemplate;

	DossierRepository(JdbcClient jdbc, JdbcTemplate jdbcTemplate) {
		this.jdbc = jdbc;
		this.jdbcTemplate = jdbcTemplate;
	}

	void insert(Dossier d) {
		Intake i = d.intake();
		this.jdbc.sql("""
				insert into dossier (id, code, procedure_id, procedure_code, procedure_name, agency_id, agency_code, unit_id,
				  channel, applicant_name, applicant_id_number, applicant_phone, applicant_email, applicant_address, status,
				  received_at, count_from, due_at, time_limit, time_unit, rule_version, clock_stop_mode, current_step,
				  closed_at, lookup_secret, received_by, version)
				values (:id, :code, :procedureId, :procedureCode, :procedureName, :agencyId, :agencyCode, :unitId, :channel,
				  :name, :idNumber, :phone, :email, :address, :status, :receivedAt, :countFrom, :dueAt, :limit, :unit,
				  :rule, :mode, :step, :closedAt, :secret, :by, 0)""")
			.param("id", d.id())
			.param("code", d.code())
			.param("procedureId", i.procedureId())
			.param("procedureCode", i.procedureCode())
			.param("procedureName", i.procedureName())
			.param("agencyId", i.agencyId())
			.param("agencyCode", i.agencyCode())
			.param("unitId", i.unitId())
			.param("channel", i.channel().name())
			.param("name", i.applicant().fullName())
			.param("idNumber", i.applicant().idNumber())
			.param("phone", i.applicant().phone())
			.param("email", i.applicant().email())
			.param("address", i.applicant().address())
			.param("status", d.status().name())
			.param("receivedAt", ts(i.receivedAt()))
			.param("countFrom", ts(i.countFrom()))
			.param("dueAt", ts(d.dueAt()))
			.param("limit", i.timeLimit())
			.param("unit", i.timeUnit().name())
			.param("rule", i.ruleVersion().name())
			.param("mode", i.clockStopMode().name())
			.param("step", d.currentStep())
			.param("closedAt", ts(d.closedAt()))
			.param("secret", i.lookupSecret())
			.param("by", i.receivedBy())
			.update();
		d.steps().forEach(step -> this.jdbc.sql("""
				insert into dossier_step (dossier_id, position, name, role, share_hours, acting_unit_id, due_at, started_at)
				values (?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(d.id(), step.position(), step.name(), step.role(), step.shareHours(), step.actingUnitId(),
					ts(step.dueAt()), ts(step.startedAt()))
			.update());
		insertEntries(d);
		d.markStored();
	}

	/**
	 * Writes a transition in one round trip: the dossier row under its version, the changed steps,
	 * the clock stops, the new timeline lines, sent together as one batch of statements.
	 * @throws OptimisticLockingFailureException when someone else changed the dossier since it was read.
	 */
	void update(Dossier d) {
		StringBuilder sql = new StringBuilder("""
				update dossier set status = ?, due_at = ?, rescheduled_due_at = ?, current_step = ?, resolved_at = ?,
				  timeliness = ?, closed_at = ?, version = version + 1 where id = ? and version = ?""");
		List<Object> params = new ArrayList<>(Arrays.asList(d.status().name(), ts(d.dueAt()), ts(d.rescheduledDueAt()),
				d.currentStep(), ts(d.resolvedAt()), d.timeliness() == null ? null : d.timeliness().name(),
				ts(d.closedAt()), d.id(), d.version()));
		for (DossierStep step : d.changedSteps()) {
			sql.append(";\nupdate dossier_step set due_at = ?, assignee = ?, started_at = ?, completed_at = ?,"
					+ " completed_by = ?, timeliness = ? where dossier_id = ? and position = ?");
			params.addAll(Arrays.asList(ts(step.dueAt()), step.assignee(), ts(step.startedAt()), ts(step.completedAt()),
					step.completedBy(), step.timeliness() == null ? null : step.timeliness().name(), d.id(),
					step.position()));
		}
		if (d.stopsChanged()) {
			for (ClockStopEntry stop : d.stops()) {
				sql.append(";\ninsert into dossier_clock_stop (dossier_id, seq, stopped_at, resumed_at, kind) values (?, ?, ?, ?, ?)"
						+ " on conflict (dossier_id, seq) do update set resumed_at = excluded.resumed_at");
				params.addAll(Arrays.asList(d.id(), stop.seq(), ts(stop.stoppedAt()), ts(stop.resumedAt()), stop.kind().name()));
			}
		}
		for (TimelineEntry e : d.newEntries()) {
			sql.append(";\ninsert into dossier_event (dossier_id, at, action, actor, actor_unit_id, from_status,"
					+ " to_status, note) values (?, ?, ?, ?, ?, ?, ?, ?)");
			params.addAll(Arrays.asList(d.id(), ts(e.at()), e.action().name(), e.actor(), e.actorUnitId(),
					e.fromStatus() == null ? null : e.fromStatus().name(), e.toStatus().name(), e.note()));
		}
		Integer updated = this.jdbcTemplate.execute((Connection c) -> c.prepareStatement(sql.toString()),
				(PreparedStatement ps) -> {
					for (int i = 0; i < params.size(); i++) {
						ps.setObject(i + 1, params.get(i));
					}
					ps.execute();
					return ps.getUpdateCount();
				});
		if (updated == null || updated == 0) {
			throw new OptimisticLockingFailureException("dossier " + d.code() + " changed since version " + d.version());
		}
		d.markStored();
	}

	Optional<Dossier> findByCode(String code) {
		return load(code).map(Loaded::dossier);
	}

	/**
	 * The dossier with its steps, clock stops and timeline, in one round trip: four queries sent
	 * together, read as four result sets.
	 */
	Optional<Loaded> load(String code) {
		return this.jdbcTemplate.execute((Connection c) -> c.prepareStatement("""
				select * from dossier where code = ?;
				select s.* from dossier_step s join dossier d on d.id = s.dossier_id where d.code = ? order by s.position;
				select c.seq, c.stopped_at, c.resumed_at, c.kind from dossier_clock_stop c join dossier d on d.id = c.dossier_id
				  where d.code = ? order by c.seq;
				select e.at, e.action, e.actor, e.actor_unit_id, e.from_status, e.to_status, e.note
				  from dossier_event e join dossier d on d.id = e.dossier_id where d.code = ? order by e.id"""),
				(PreparedStatement ps) -> {
					for (int i = 1; i <= 4; i++) {
						ps.setString(i, code);
					}
					ps.execute();
					try (ResultSet header = ps.getResultSet()) {
						if (!header.next()) {
							return Optional.<Loaded>empty();
						}
						ps.getMoreResults(Statement.KEEP_CURRENT_RESULT);
						List<DossierStep> steps = rows(ps.getResultSet(), DossierRepository::step);
						ps.getMoreResults(Statement.KEEP_CURRENT_RESULT);
						List<ClockStopEntry> stops = rows(ps.getResultSet(), DossierRepository::stop);
						ps.getMoreResults(Statement.KEEP_CURRENT_RESULT);
						List<TimelineEntry> timeline = rows(ps.getResultSet(), DossierRepository::entry);
						return Optional.of(new Loaded(map(header, steps, stops), timeline));
					}
				});
	}

	/** A dossier as loaded, with its timeline so far. */
	record Loaded(Dossier dossier, List<TimelineEntry> timeline) {
	}

	private interface RowReader<T> {

		T read(ResultSet rs) throws SQLException;

	}

	private static <T> List<T> rows(ResultSet rs, RowReader<T> reader) throws SQLException {
		List<T> rows = new ArrayList<>();
		try (rs) {
			while (rs.next()) {
				rows.add(reader.read(rs));
			}
		}
		return rows;
	}

	private static TimelineEntry entry(ResultSet rs) throws SQLException {
		return new TimelineEntry(SqlTimes.instant(rs, "at"), DossierAction.valueOf(rs.getString("action")), rs.getString("actor"),
				rs.getObject("actor_unit_id", UUID.class),
				rs.getString("from_status") == null ? null : DossierStatus.valueOf(rs.getString("from_status")),
				DossierStatus.valueOf(rs.getString("to_status")), rs.getString("note"));
	}

	private void insertEntries(Dossier d) {
		d.newEntries().forEach(e -> this.jdbc.sql("""
				insert into dossier_event (dossier_id, at, action, actor, actor_unit_id, from_status, to_status, note)
				values (?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(d.id(), ts(e.at()), e.action().name(), e.actor(), e.actorUnitId(),
					e.fromStatus() == null ? null : e.fromStatus().name(), e.toStatus().name(), e.note())
			.update());
	}

	private static Dossier map(ResultSet rs, List<DossierStep> steps, List<ClockStopEntry> stops) throws SQLException {
		UUID id = rs.getObject("id", UUID.class);
		Intake intake = new Intake(rs.getObject("procedure_id", UUID.class), rs.getString("procedure_code"),
				rs.getString("procedure_name"), rs.getObject("agency_id", UUID.class), rs.getString("agency_code"),
				rs.getObject("unit_id", UUID.class), Channel.valueOf(rs.getString("channel")),
				new Applicant(rs.getString("applicant_name"), rs.getString("applicant_id_number"),
						rs.getString("applicant_phone"), rs.getString("applicant_email"), rs.getString("applicant_address")),
				SqlTimes.instant(rs, "received_at"), SqlTimes.instant(rs, "count_from"), rs.getInt("time_limit"),
				TimeLimitUnit.valueOf(rs.getString("time_unit")), RuleVersion.valueOf(rs.getString("rule_version")),
				ClockStopMode.valueOf(rs.getString("clock_stop_mode")), rs.getString("received_by"),
				rs.getString("lookup_secret"));
		Integer step = (Integer) rs.getObject("current_step");
		String timeliness = rs.getString("timeliness");
		return new Dossier(id, rs.getString("code"), intake, DossierStatus.valueOf(rs.getString("status")),
				SqlTimes.instant(rs, "due_at"), SqlTimes.instant(rs, "rescheduled_due_at"), step, SqlTimes.instant(rs, "resolved_at"),
				timeliness == null ? null : Timeliness.valueOf(timeliness), SqlTimes.instant(rs, "closed_at"), steps, stops,
				rs.getLong("version"));
	}

	private static DossierStep step(ResultSet rs) throws SQLException {
		return new DossierStep(rs.getInt("position"), rs.getString("name"), rs.getString("role"), rs.getDouble("share_hours"),
				rs.getObject("acting_unit_id", UUID.class), SqlTimes.instant(rs, "due_at"), rs.getString("assignee"), SqlTimes.instant(rs, "started_at"), SqlTimes.instant(rs, "completed_at"),
				rs.getString("completed_by"),
				rs.getString("timeliness") == null ? null : Timeliness.valueOf(rs.getString("timeliness")));
	}

	private static ClockStopEntry stop(ResultSet rs) throws SQLException {
		return new ClockStopEntry(rs.getInt("seq"), SqlTimes.instant(rs, "stopped_at"), SqlTimes.instant(rs, "resumed_at"),
				ClockStopEntry.Kind.valueOf(rs.getString("kind")));
	}

	private static @Nullable Timestamp ts(@Nullable Instant instant) {
		return instant == null ? null : Timestamp.from(instant);
	}

}
