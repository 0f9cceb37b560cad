package vn.motcua.dossier.processing;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import vn.motcua.calendar.Channel;
import vn.motcua.calendar.ClockStopMode;
import vn.motcua.calendar.ReceiptRule;
import vn.motcua.calendar.RuleVersion;
import vn.motcua.calendar.TimeLimitUnit;
import vn.motcua.calendar.Timeliness;
import vn.motcua.dossier.DossierAction;
import vn.motcua.dossier.DossierStatus;
import vn.motcua.dossier.domain.Desk;
import vn.motcua.dossier.domain.Applicant;
import vn.motcua.dossier.domain.ClockStopEntry;
import vn.motcua.dossier.domain.Dossier;
import vn.motcua.dossier.domain.DossierStep;
import vn.motcua.dossier.domain.Intake;
import vn.motcua.dossier.domain.TimelineEntry;
import vn.motcua.shared.SqlArrays;
import vn.motcua.shared.SqlTimes;

/** The rows of the dossier tables read back into the aggregate, and its values as SQL parameters. */
final class DossierRows {

	private DossierRows() {
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

	/**
	 * Reads the four result sets of a load: the dossier row, its steps, its clock stops, its
	 * timeline; empty without a dossier row.
	 */
	static Optional<Dossier> read(PreparedStatement ps) throws SQLException {
		try (ResultSet header = ps.getResultSet()) {
			if (!header.next()) {
				return Optional.empty();
			}
			ps.getMoreResults(Statement.KEEP_CURRENT_RESULT);
			List<DossierStep> steps = rows(ps.getResultSet(), DossierRows::step);
			ps.getMoreResults(Statement.KEEP_CURRENT_RESULT);
			List<ClockStopEntry> stops = rows(ps.getResultSet(), DossierRows::stop);
			ps.getMoreResults(Statement.KEEP_CURRENT_RESULT);
			List<TimelineEntry> timeline = rows(ps.getResultSet(), DossierRows::entry);
			return Optional.of(dossier(header, steps, stops, timeline));
		}
	}

	private static Dossier dossier(ResultSet rs, List<DossierStep> steps, List<ClockStopEntry> stops,
			List<TimelineEntry> timeline) throws SQLException {
		Integer step = (Integer) rs.getObject("current_step");
		return new Dossier(rs.getObject("id", UUID.class), rs.getString("code"), intake(rs),
				DossierStatus.valueOf(rs.getString("status")), SqlTimes.instant(rs, "due_at"),
				SqlTimes.instant(rs, "rescheduled_due_at"), step, SqlTimes.instant(rs, "resolved_at"),
				timeliness(rs.getString("timeliness")), SqlTimes.instant(rs, "closed_at"), steps, stops,
				rs.getLong("version"), timeline);
	}

	private static @Nullable Desk desk(ResultSet rs) throws SQLException {
		UUID agency = rs.getObject("desk_agency_id", UUID.class);
		return agency == null ? null : new Desk(agency, rs.getString("desk_agency_code"),
				rs.getObject("desk_unit_id", UUID.class), SqlTimes.instant(rs, "paper_due_at"));
	}

	private static Intake intake(ResultSet rs) throws SQLException {
		return new Intake(rs.getObject("procedure_id", UUID.class), rs.getString("procedure_code"),
				rs.getString("procedure_name"), rs.getObject("agency_id", UUID.class), rs.getString("agency_code"),
				rs.getObject("unit_id", UUID.class), Channel.valueOf(rs.getString("channel")),
				new Applicant(rs.getString("applicant_name"), rs.getString("applicant_id_number"),
						rs.getString("applicant_phone"), rs.getString("applicant_email"), rs.getString("applicant_address")),
				SqlTimes.instant(rs, "received_at"), SqlTimes.instant(rs, "count_from"), rs.getInt("time_limit"),
				TimeLimitUnit.valueOf(rs.getString("time_unit")), SqlArrays.enums(rs, "receipt_rules", ReceiptRule.class), RuleVersion.valueOf(rs.getString("rule_version")),
				ClockStopMode.valueOf(rs.getString("clock_stop_mode")), rs.getString("received_by"),
				rs.getString("lookup_secret"), desk(rs));
	}

	static DossierStep step(ResultSet rs) throws SQLException {
		return new DossierStep(rs.getInt("position"), rs.getString("name"), rs.getString("role"),
				rs.getDouble("share_hours"), rs.getObject("acting_unit_id", UUID.class), SqlTimes.instant(rs, "due_at"),
				rs.getString("assignee"), SqlTimes.instant(rs, "started_at"), SqlTimes.instant(rs, "completed_at"),
				rs.getString("completed_by"), timeliness(rs.getString("timeliness")));
	}

	static ClockStopEntry stop(ResultSet rs) throws SQLException {
		return new ClockStopEntry(rs.getInt("seq"), SqlTimes.instant(rs, "stopped_at"), SqlTimes.instant(rs, "resumed_at"),
				ClockStopEntry.Kind.valueOf(rs.getString("kind")));
	}

	static TimelineEntry entry(ResultSet rs) throws SQLException {
		String from = rs.getString("from_status");
		return new TimelineEntry(SqlTimes.instant(rs, "at"), DossierAction.valueOf(rs.getString("action")),
				rs.getString("actor"), rs.getObject("actor_unit_id", UUID.class),
				from == null ? null : DossierStatus.valueOf(from), DossierStatus.valueOf(rs.getString("to_status")),
				rs.getString("note"));
	}

	private static @Nullable Timeliness timeliness(@Nullable String value) {
		return value == null ? null : Timeliness.valueOf(value);
	}

}
