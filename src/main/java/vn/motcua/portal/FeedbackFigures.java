package vn.motcua.portal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.motcua.shared.Vietnam;

/**
 * How a unit answers feedback and petitions, for other modules to score (the PAR Index's computed
 * criteria). Not scoped: the caller checked who asks.
 */
@Service
@Transactional(readOnly = true)
public class FeedbackFigures {

	private static final String ANSWERS = """
			select count(*) filter (where answered_at is not null and answered_at <= answer_due_at),
			       count(*) filter (where answered_at is not null or answer_due_at < :now)
			  from portal_feedback
			 where unit_id = cast(:unit as uuid) and answer_due_at >= :start and answer_due_at < :end""";

	private final JdbcClient jdbc;

	private final Clock clock;

	FeedbackFigures(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * @return among the unit's feedback whose answer was due in the period and is answered or past due,
	 * those answered by their deadline, in percent with one decimal; {@literal null} when none.
	 */
	public @Nullable Double answeredInTime(java.util.UUID unit, LocalDate from, LocalDate to) {
		long[] counts = this.jdbc.sql(ANSWERS)
			.param("unit", unit)
			.param("now", Timestamp.from(this.clock.instant()))
			.param("start", from.atStartOfDay(Vietnam.ZONE).toOffsetDateTime())
			.param("end", to.plusDays(1).atStartOfDay(Vietnam.ZONE).toOffsetDateTime())
			.query((rs, n) -> new long[] { rs.getLong(1), rs.getLong(2) })
			.single();
		return counts[1] == 0 ? null : Math.round(counts[0] * 1000.0 / counts[1]) / 10.0;
	}

}
