package vn.motcua.planning.reports;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.motcua.planning.domain.Frequency;
import vn.motcua.planning.domain.ReportPeriod;
import vn.motcua.planning.tasks.UnitCodes;
import vn.motcua.planning.domain.Assigners;
import vn.motcua.shared.Actor;
import vn.motcua.shared.DomainException;
import vn.motcua.shared.FieldInvalid;
import vn.motcua.shared.Vietnam;

import static vn.motcua.shared.Texts.blankToNull;

/** The schedules of periodic reports: created by a unit's leaders, heads or PAR committee for units in its scope. */
@Service
public class Schedules {

	private final JdbcClient jdbc;

	private final UnitCodes units;

	private final Clock clock;

	Schedules(JdbcClient jdbc, UnitCodes units, Clock clock) {
		this.jdbc = jdbc;
		this.units = units;
		this.clock = clock;
	}

	/**
	 * @throws FieldInvalid {@code title}, {@code frequency}, {@code dueDay}, {@code dueMonthsAfter},
	 * {@code firstPeriod}, {@code units}; DomainException {@code forbidden}.
	 */
	@Transactional
	public UUID create(Schedule.Request r, Actor actor) {
		Assigners.require(actor);
		if (r.title() == null || r.title().isBlank()) {
			throw new FieldInvalid("title", "validation.required");
		}
		Frequency frequency = Arrays.stream(Frequency.values())
			.filter(f -> f.name().equals(r.frequency() == null ? "" : r.frequency().strip().toUpperCase(Locale.ROOT)))
			.findFirst()
			.orElseThrow(() -> new FieldInvalid("frequency", "validation.report-frequency"));
		if (r.dueDay() == null || r.dueDay() < 1 || r.dueDay() > 31) {
			throw new FieldInvalid("dueDay", "validation.range", 1, 31);
		}
		int after = r.dueMonthsAfter() == null ? 0 : r.dueMonthsAfter();
		if (after < 0 || after > 3) {
			throw new FieldInvalid("dueMonthsAfter", "validation.range", 0, 3);
		}
		ReportPeriod first = r.firstPeriod() == null ? null : ReportPeriod.parse(r.firstPeriod());
		if (first == null || first.frequency() != frequency) {
			throw new FieldInvalid("firstPeriod", "validation.period", r.firstPeriod());
		}
		LocalDate today = LocalDate.ofInstant(this.clock.instant(), Vietnam.ZONE);
		List<UUID> unitIds = (r.units() == null ? List.<String>of() : r.units()).stream()
			.filter(c -> c != null && !c.isBlank())
			.map(c -> this.units.named("units", c, today, actor).unit().id())
			.distinct()
			.toList();
		if (unitIds.isEmpty()) {
			throw new FieldInvalid("units", "validation.required");
		}
		UUID id = UUID.randomUUID();
		this.jdbc.sql("""
				insert into planning_report_schedule (id, issuer_unit_id, title, frequency, due_day, due_months_after,
				  first_period, unit_ids, legal_basis, created_by, created_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(id, actor.unitId(), r.title().strip(), frequency.name(), r.dueDay(), after, first.code(),
					unitIds.toArray(UUID[]::new), blankToNull(r.legalBasis()),
					actor.username(), Timestamp.from(this.clock.instant()))
			.update();
		return id;
	}

	/** @return every schedule, oldest first (the register filters by scope). */
	@Transactional(readOnly = true)
	public List<Schedule> all() {
		return this.jdbc.sql("select * from planning_report_schedule order by created_at").query(Schedules::row).list();
	}

	static Schedule row(ResultSet rs, int n) throws SQLException {
		return new Schedule(rs.getObject("id", UUID.class), rs.getObject("issuer_unit_id", UUID.class), rs.getString("title"),
				Frequency.valueOf(rs.getString("frequency")), rs.getInt("due_day"), rs.getInt("due_months_after"),
				ReportPeriod.parse(rs.getString("first_period")),
				rs.getString("last_period") == null ? null : ReportPeriod.parse(rs.getString("last_period")),
				Arrays.asList((UUID[]) rs.getArray("unit_ids").getArray()), rs.getString("legal_basis"));
	}

}
