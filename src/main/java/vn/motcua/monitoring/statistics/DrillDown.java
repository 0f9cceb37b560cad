package vn.motcua.monitoring.statistics;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.motcua.shared.SqlTimes;
import vn.motcua.shared.Vietnam;

import static vn.motcua.dossier.DossierFact.DOSSIERS;

/** The dossiers behind each number of the statistics, a page at a time. */
@Service
@Transactional(readOnly = true)
public class DrillDown {

	/** Items of a drill-down page. */
	public static final int PAGE_SIZE = 50;

	/** A page of a figure's dossiers, newest receipt first; {@code %s} is the figure's condition. */
	static final String PAGE = """
			select code, procedure_name, applicant_name, received_at, due_at, ended_at, status, timeliness, apology_note
			  from %s
			 where unit_id in (:units) and (cast(:procedure as varchar) is null or procedure_code = :procedure) and %%s
			 order by received_at desc, code
			 limit :limit offset :offset""".formatted(DOSSIERS.view());

	/** The result (resolution or refusal) came in the period: what {@code dossier_unit_result_idx} answers. */
	static final String RESULT_IN_PERIOD = "result_at >= :start and result_at < :end";

	private final JdbcClient jdbc;

	private final Clock clock;

	DrillDown(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * @param procedureCode only this procedure's dossiers, or {@literal null} for all.
	 * @return one page of the dossiers counted in {@code category}, newest receipt first.
	 */
	public List<Item> dossiers(Selection s, Category category, @Nullable String procedureCode, int page) {
		Instant now = this.clock.instant();
		Instant end = s.end().toInstant();
		Instant at = end.isBefore(now) ? end : now;
		return this.jdbc.sql(PAGE.formatted(condition(category, FactSql.open(!end.isBefore(now)))))
			.param("units", s.unitIds())
			.param("procedure", procedureCode)
			.param("start", s.start())
			.param("end", s.end())
			.param("at", OffsetDateTime.ofInstant(at, Vietnam.ZONE))
			.param("limit", PAGE_SIZE)
			.param("offset", Math.max(0, page) * PAGE_SIZE)
			.query(DrillDown::item)
			.list();
	}

	/** @return the SQL condition on the dossier facts of the dossiers counted in {@code category}. */
	static String condition(Category category) {
		return condition(category, FactSql.OPEN_AT);
	}

	/**
	 * @param open what is open at {@code :at}: {@link FactSql#OPEN_AT}, or {@link FactSql#OPEN_NOW} at the clock's instant.
	 * A dossier ends after its receipt (the open-interval index, {@code tstzrange(received_at, ended_at)},
	 * refuses a row that ends before it), so one that ended in the period was received before its end:
	 * said outright, this lets PostgreSQL walk {@code dossier_received_idx} backwards from the period's
	 * end and stop after a page (migration 20261205020000).
	 */
	static String condition(Category category, String open) {
		String receivedBefore = " and received_at < :end";
		String resolvedIn = RESULT_IN_PERIOD + receivedBefore;
		return switch (category) {
			case RECEIVED -> "received_at >= :start and received_at < :end";
			case ONLINE -> "received_at >= :start and received_at < :end and channel = 'ONLINE'";
			case DIRECT -> "received_at >= :start and received_at < :end and channel <> 'ONLINE'";
			case CARRIED_OVER -> FactSql.OPEN_AT.replace(":at", ":start");
			case RESOLVED -> resolvedIn;
			case EARLY, ON_TIME, LATE -> resolvedIn + " and timeliness = '" + category.name() + "'";
			case PENDING -> open;
			case WITHIN_TIME -> open + " and not (" + FactSql.OVERDUE + ")";
			case OVERDUE -> open + " and " + FactSql.OVERDUE;
			case WITHDRAWN -> "status = 'WITHDRAWN' and closed_at >= :start and closed_at < :end" + receivedBefore;
		};
	}

	private static Item item(ResultSet rs, int n) throws SQLException {
		return new Item(rs.getString("code"), rs.getString("procedure_name"), rs.getString("applicant_name"),
				SqlTimes.at(rs, "received_at", Vietnam.ZONE), SqlTimes.at(rs, "due_at", Vietnam.ZONE),
				SqlTimes.at(rs, "ended_at", Vietnam.ZONE), rs.getString("status"), rs.getString("timeliness"),
				rs.getString("apology_note"));
	}

}
