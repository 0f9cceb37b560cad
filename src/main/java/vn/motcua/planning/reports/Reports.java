package vn.motcua.planning.reports;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.motcua.planning.domain.ReportPeriod;
import vn.motcua.shared.Actor;
import vn.motcua.shared.DomainException;
import vn.motcua.shared.DomainException.Kind;
import vn.motcua.shared.FieldInvalid;
import vn.motcua.shared.Vietnam;

/**
 * The periodic reports: each period of a schedule opens, once begun, a report per unit; the unit
 * writes it (from a draft of its task data) and sends it; the register says who sent on time, late
 * or not at all. A report is seen by its unit and those above it, and by the schedule's issuer.
 */
@Service
public class Reports {

	private final JdbcClient jdbc;

	private final Schedules schedules;

	private final ReportLines lines;

	private final Clock clock;

	Reports(JdbcClient jdbc, Schedules schedules, ReportLines lines, Clock clock) {
		this.jdbc = jdbc;
		this.schedules = schedules;
		this.lines = lines;
		this.clock = clock;
	}

	/**
	 * Opens the reports of every period begun by {@code today}; those already open stay as they are.
	 * Cheap once up to date (one query per schedule), so the register may call it on every read.
	 */
	@Transactional
	public void open(LocalDate today) {
		for (Schedule s : this.schedules.all()) {
			// a period opens for all the units in one statement: begin after the last one opened
			ReportPeriod start = this.jdbc.sql("select max(period) from planning_report where schedule_id = ?")
				.param(s.id())
				.query((rs, n) -> rs.getString(1) == null ? s.firstPeriod() : ReportPeriod.parse(rs.getString(1)).next())
				.single();
			for (ReportPeriod p = start; !p.from().isAfter(today) && s.asks(p); p = p.next()) {
				this.jdbc.sql("""
						insert into planning_report (id, schedule_id, period, unit_id, due_date)
						select gen_random_uuid(), ?, ?, u, ? from unnest(?) u on conflict do nothing""")
					.params(s.id(), p.code(), p.due(s.dueDay(), s.dueMonthsAfter()), s.unitIds().toArray(UUID[]::new))
					.update();
			}
		}
	}

	/** @throws DomainException {@code report-not-found} when absent or out of sight. */
	@Transactional(readOnly = true)
	public ReportLine line(UUID id, Actor actor) {
		return this.lines.lines("r.id = ?", id, actor, today()).stream()
			.findFirst()
			.orElseThrow(() -> new DomainException(Kind.NOT_FOUND, "report-not-found", id));
	}

	/** @return the text saved or sent, if any. */
	@Transactional(readOnly = true)
	public @Nullable String body(UUID id) {
		return this.jdbc.sql("select body from planning_report where id = ?").param(id).query(String.class).optional().orElse(null);
	}

	/**
	 * Saves the unit's text; {@code send} sends it — once: the register keeps the first day sent.
	 * @throws DomainException {@code report-not-found}, {@code forbidden} for another unit,
	 * {@code report-submitted} (409); FieldInvalid {@code body} when blank.
	 */
	@Transactional
	public void write(UUID id, @Nullable String body, boolean send, Actor actor) {
		ReportLine line = line(id, actor);
		if (!line.unitId().equals(actor.unitId())) {
			throw new DomainException(Kind.FORBIDDEN, "forbidden");
		}
		if (line.submittedAt() != null) {
			throw new DomainException(Kind.CONFLICT, "report-submitted");
		}
		if (body == null || body.isBlank()) {
			throw new FieldInvalid("body", "validation.required");
		}
		Instant now = this.clock.instant();
		this.jdbc.sql("""
				update planning_report set body = ?, submitted_at = ?, submitted_by = ?, submitted_on = ?
				 where id = ? and submitted_at is null""")
			.params(body.strip(), send ? Timestamp.from(now) : null, send ? actor.username() : null,
					send ? LocalDate.ofInstant(now, Vietnam.ZONE) : null, id)
			.update();
	}

	LocalDate today() {
		return LocalDate.ofInstant(this.clock.instant(), Vietnam.ZONE);
	}

}
