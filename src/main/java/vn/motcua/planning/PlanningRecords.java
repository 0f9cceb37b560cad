package vn.motcua.planning;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.motcua.shared.Vietnam;

/**
 * A unit's own records of plans and tasks over a period — its plans, the tasks it led, the periodic
 * reports it sent — for other modules to link as evidence (the PAR Index's self-assessment). Not
 * scoped: the caller checked who asks.
 */
@Service
@Transactional(readOnly = true)
public class PlanningRecords {

	private final JdbcClient jdbc;

	PlanningRecords(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** A record: its kind ({@code PLAN}, {@code TASK}, {@code REPORT}), id, how it reads, and its page. */
	public record Record(String kind, UUID id, String label, String path) {
	}

	/** @return the unit's plans of the period's years, tasks led open in the period and reports sent in it. */
	public List<Record> of(UUID unit, LocalDate from, LocalDate to) {
		List<Record> records = new ArrayList<>();
		records.addAll(this.jdbc.sql("""
				select id, coalesce(number || ' — ', '') || title from planning_plan
				 where unit_id = ? and year between ? and ? order by year, title""")
			.params(unit, from.getYear(), to.getYear())
			.query((rs, n) -> record("PLAN", rs.getObject(1, UUID.class), rs.getString(2)))
			.list());
		records.addAll(this.jdbc.sql("""
				select id, title || ' (hạn ' || to_char(due_date, 'DD/MM/YYYY') || ')' from planning_task
				 where lead_unit_id = ? and assigned_at < ? and (closed_at is null or closed_at >= ?) order by due_date, title""")
			.params(unit, to.plusDays(1).atTime(LocalTime.MIDNIGHT).atZone(Vietnam.ZONE).toOffsetDateTime(),
					from.atTime(LocalTime.MIDNIGHT).atZone(Vietnam.ZONE).toOffsetDateTime())
			.query((rs, n) -> record("TASK", rs.getObject(1, UUID.class), rs.getString(2)))
			.list());
		records.addAll(this.jdbc.sql("""
				select r.id, s.title || ' — ' || r.period from planning_report r join planning_report_schedule s on s.id = r.schedule_id
				 where r.unit_id = ? and r.submitted_on between ? and ? order by r.due_date""")
			.params(unit, from, to)
			.query((rs, n) -> record("REPORT", rs.getObject(1, UUID.class), rs.getString(2)))
			.list());
		return records;
	}

	/** @return the record, if it is the unit's and of the period. */
	public Optional<Record> find(UUID unit, LocalDate from, LocalDate to, String kind, UUID id) {
		return of(unit, from, to).stream().filter(r -> r.kind().equals(kind) && r.id().equals(id)).findFirst();
	}

	private static Record record(String kind, UUID id, String label) {
		String path = switch (kind) {
			case "PLAN" -> "/quan-tri/ke-hoach/";
			case "TASK" -> "/quan-tri/nhiem-vu/";
			default -> "/quan-tri/bao-cao-dinh-ky/";
		};
		return new Record(kind, id, label, path + id);
	}

}
