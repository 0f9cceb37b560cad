package vn.motcua.monitoring;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.motcua.calendar.Channel;
import vn.motcua.dossier.DossierReceived;
import vn.motcua.dossier.DossierStatusChanged;
import vn.motcua.dossier.DossiersImported;
import vn.motcua.shared.Vietnam;

/**
 * Feeds the rollups (monitoring_daily and monitoring_monthly) inside the transaction of each dossier
 * action: one upsert into each per receipt, result, refusal or withdrawal, nothing for the other
 * actions. Being in the same transaction, the rollups never disagree with the dossiers and cost no
 * event-publication row. {@link #rebuild()} recomputes them from the dossiers: on request, after a
 * bulk import, and at the first start of a database that had dossiers before them.
 */
@Component
public class StatsRollups {

	/** Lock id serialising rebuilds across nodes (pg_advisory_xact_lock). */
	private static final long REBUILD_LOCK = 0x6d6f6e69746f72L;

	private static final String UPSERT = """
			insert into monitoring_%1$s (unit_id, %2$s, procedure_code, %3$s, resolved_seconds)
			values (:unit, :day, :procedure, 1, :seconds)
			on conflict (unit_id, %2$s, procedure_code) do update
			set %3$s = monitoring_%1$s.%3$s + 1, resolved_seconds = monitoring_%1$s.resolved_seconds + excluded.resolved_seconds""";

	private static final Logger log = LoggerFactory.getLogger(StatsRollups.class);

	private final JdbcClient jdbc;

	StatsRollups(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@EventListener
	void on(DossierReceived event) {
		count(event.unitId(), event.receivedAt().atZone(Vietnam.ZONE).toLocalDate(), event.procedureCode(),
				event.channel() == Channel.ONLINE ? "received_online" : "received_direct", 0);
	}

	@EventListener
	void on(DossierStatusChanged event) {
		LocalDate day = event.at().atZone(Vietnam.ZONE).toLocalDate();
		switch (event.action()) {
			case RESOLVE, REFUSE -> {
				if (event.timeliness() != null) {
					String column = switch (event.timeliness()) {
						case EARLY -> "resolved_early";
						case ON_TIME -> "resolved_on_time";
						default -> "resolved_late";
					};
					count(event.unitId(), day, event.procedureCode(), column,
							Duration.between(event.receivedAt(), event.at()).toSeconds());
				}
			}
			case WITHDRAW -> count(event.unitId(), day, event.procedureCode(), "withdrawn", 0);
			default -> {
			}
		}
	}

	private void count(UUID unit, LocalDate day, String procedure, String column, long seconds) {
		this.jdbc.sql(UPSERT.formatted("daily", "day", column))
			.param("unit", unit)
			.param("day", day)
			.param("procedure", procedure)
			.param("seconds", seconds)
			.update();
		this.jdbc.sql(UPSERT.formatted("monthly", "month", column))
			.param("unit", unit)
			.param("day", day.withDayOfMonth(1))
			.param("procedure", procedure)
			.param("seconds", seconds)
			.update();
	}

	/**
	 * A database that had dossiers before the rollups existed (an upgrade) gets them computed at the
	 * first start.
	 */
	@EventListener(ApplicationReadyEvent.class)
	@Transactional
	void onStart() {
		boolean empty = this.jdbc.sql("select not exists (select 1 from monitoring_daily)").query(Boolean.class).single();
		if (empty && this.jdbc.sql("select exists (select 1 from dossier_fact)").query(Boolean.class).single()) {
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
	 * Recomputes every rollup from the dossiers, the days first and the months from them, in one transaction: readers see the old figures
	 * until it commits. Dossier actions wait on the rollup rows meanwhile.
	 * @return the number of daily rollup rows written.
	 */
	@Transactional
	public int rebuild() {
		this.jdbc.sql("select pg_advisory_xact_lock(:lock)").param("lock", REBUILD_LOCK).query().singleValue();
		this.jdbc.sql("delete from monitoring_daily").update();
		this.jdbc.sql("delete from monitoring_monthly").update();
		int rows = this.jdbc.sql("""
				insert into monitoring_daily (unit_id, day, procedure_code, received_online, received_direct,
				  resolved_early, resolved_on_time, resolved_late, withdrawn, resolved_seconds)
				select unit_id, day, procedure_code, sum(online), sum(direct), sum(early), sum(on_time), sum(late),
				       sum(withdrawn), sum(seconds)
				  from (select unit_id, procedure_code, (received_at at time zone 'Asia/Ho_Chi_Minh')::date as day,
				               (channel = 'ONLINE')::int as online, (channel <> 'ONLINE')::int as direct,
				               0 as early, 0 as on_time, 0 as late, 0 as withdrawn, 0::bigint as seconds
				          from dossier_fact
				        union all
				        select unit_id, procedure_code, (result_at at time zone 'Asia/Ho_Chi_Minh')::date,
				               0, 0, (timeliness = 'EARLY')::int, (timeliness = 'ON_TIME')::int,
				               (timeliness = 'LATE')::int, 0, floor(extract(epoch from result_at - received_at))::bigint
				          from dossier_fact
				         where result_at is not null
				        union all
				        select unit_id, procedure_code, (closed_at at time zone 'Asia/Ho_Chi_Minh')::date,
				               0, 0, 0, 0, 0, 1, 0
				          from dossier_fact
				         where status = 'WITHDRAWN') facts
				 group by unit_id, day, procedure_code""").update();
		this.jdbc.sql("""
				insert into monitoring_monthly (unit_id, month, procedure_code, received_online, received_direct,
				  resolved_early, resolved_on_time, resolved_late, withdrawn, resolved_seconds)
				select unit_id, date_trunc('month', day)::date, procedure_code, sum(received_online), sum(received_direct),
				       sum(resolved_early), sum(resolved_on_time), sum(resolved_late), sum(withdrawn), sum(resolved_seconds)
				  from monitoring_daily
				 group by 1, 2, 3""").update();
		return rows;
	}

}
