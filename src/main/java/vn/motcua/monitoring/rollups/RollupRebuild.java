package vn.motcua.monitoring.rollups;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.motcua.dossier.DossiersImported;

import static vn.motcua.dossier.DossierFact.DOSSIERS;

/**
 * Recomputes the rollups from the dossiers: on request, after a bulk import, and at the first start
 * of a database that had dossiers before them.
 */
@Component
class RollupRebuild {

	/** Lock id serialising rebuilds across nodes (pg_advisory_xact_lock). */
	private static final long REBUILD_LOCK = 0x6d6f6e69746f72L;

	/** The days: receipts on their day, results on theirs, withdrawals on the day they closed. */
	private static final String DAYS = """
			insert into monitoring_daily (unit_id, day, procedure_code, received_online, received_direct,
			  resolved_early, resolved_on_time, resolved_late, withdrawn, resolved_seconds)
			select unit_id, day, procedure_code, sum(online), sum(direct), sum(early), sum(on_time), sum(late),
			       sum(withdrawn), sum(seconds)
			  from (select unit_id, procedure_code, (received_at at time zone 'Asia/Ho_Chi_Minh')::date as day,
			               (channel = 'ONLINE')::int as online, (channel <> 'ONLINE')::int as direct,
			               0 as early, 0 as on_time, 0 as late, 0 as withdrawn, 0::bigint as seconds
			          from %1$s
			        union all
			        select unit_id, procedure_code, (result_at at time zone 'Asia/Ho_Chi_Minh')::date,
			               0, 0, (timeliness = 'EARLY')::int, (timeliness = 'ON_TIME')::int,
			               (timeliness = 'LATE')::int, 0, floor(extract(epoch from result_at - received_at))::bigint
			          from %1$s
			         where result_at is not null
			        union all
			        select unit_id, procedure_code, (closed_at at time zone 'Asia/Ho_Chi_Minh')::date,
			               0, 0, 0, 0, 0, 1, 0
			          from %1$s
			         where status = 'WITHDRAWN') facts
			 group by unit_id, day, procedure_code""".formatted(DOSSIERS.view());

	private static final String MONTHS = """
			insert into monitoring_monthly (unit_id, month, procedure_code, received_online, received_direct,
			  resolved_early, resolved_on_time, resolved_late, withdrawn, resolved_seconds)
			select unit_id, date_trunc('month', day)::date, procedure_code, sum(received_online), sum(received_direct),
			       sum(resolved_early), sum(resolved_on_time), sum(resolved_late), sum(withdrawn), sum(resolved_seconds)
			  from monitoring_daily
			 group by 1, 2, 3""";

	private static final Logger log = LoggerFactory.getLogger(RollupRebuild.class);

	private final JdbcClient jdbc;

	RollupRebuild(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * A database that had dossiers before the rollups existed (an upgrade) gets them computed at the
	 * first start.
	 */
	@EventListener(ApplicationReadyEvent.class)
	@Transactional
	void onStart() {
		boolean empty = this.jdbc.sql("select not exists (select 1 from monitoring_daily)").query(Boolean.class).single();
		if (empty && this.jdbc.sql("select exists (select 1 from %s)".formatted(DOSSIERS.view()))
			.query(Boolean.class)
			.single()) {
			log.info("Statistics rollups built from the existing dossiers: {} rows", rebuild());
		}
	}

	/** Dossiers came in bulk, without their events: the rollups are recomputed. */
	@EventListener
	@Transactional
	void on(DossiersImported event) {
		rebuild();
	}

	/**
	 * Recomputes every rollup from the dossiers, the days first and the months from them, in one
	 * transaction: readers see the old figures until it commits. Dossier actions wait on the rollup
	 * rows meanwhile.
	 * @return the number of daily rollup rows written.
	 */
	@Transactional
	int rebuild() {
		this.jdbc.sql("select pg_advisory_xact_lock(:lock)").param("lock", REBUILD_LOCK).query().singleValue();
		this.jdbc.sql("delete from monitoring_daily").update();
		this.jdbc.sql("delete from monitoring_monthly").update();
		int rows = this.jdbc.sql(DAYS).update();
		this.jdbc.sql(MONTHS).update();
		return rows;
	}

}
