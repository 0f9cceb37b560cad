package vn.motcua.planning.reports;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.motcua.planning.domain.Submission;

/** The reports behind the figures, unscoped (the caller checked who asks): those due over a period. */
@Component
public class ReportFigures {

	private final JdbcClient jdbc;

	ReportFigures(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** A unit's report due in the period, and where it stands. */
	public record Due(UUID unitId, Submission status) {
	}

	/** @return the reports of {@code units} due between {@code from} and {@code to}, each judged on {@code today}. */
	@Transactional(readOnly = true)
	public List<Due> dueOver(Collection<UUID> units, LocalDate from, LocalDate to, LocalDate today) {
		return this.jdbc.sql("""
				select unit_id, due_date, submitted_on from planning_report
				 where unit_id = any(?) and due_date between ? and ?""")
			.params(units.toArray(UUID[]::new), from, to)
			.query((rs, n) -> new Due(rs.getObject(1, UUID.class), Submission.of(rs.getObject(2, LocalDate.class),
					rs.getObject(3, LocalDate.class), today)))
			.list();
	}

}
