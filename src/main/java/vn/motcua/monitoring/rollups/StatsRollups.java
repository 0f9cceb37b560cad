package vn.motcua.monitoring.rollups;

import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.motcua.calendar.Channel;
import vn.motcua.dossier.DossierReceived;
import vn.motcua.dossier.DossierStatusChanged;
import vn.motcua.shared.Vietnam;

/**
 * Feeds the rollups (monitoring_daily and monitoring_monthly) inside the transaction of each dossier
 * action: one upsert into each per receipt, result, refusal or withdrawal, nothing for the other
 * actions. Being in the same transaction, the rollups never disagree with the dossiers and cost no
 * event-publication row (see the module's documentation for why it is not an application module
 * listener). This is on the measured path of every dossier action: it must stay this small.
 */
@Component
class StatsRollups {

	private static final String UPSERT = """
			insert into monitoring_%1$s (unit_id, %2$s, procedure_code, %3$s, resolved_seconds)
			values (:unit, :day, :procedure, 1, :seconds)
			on conflict (unit_id, %2$s, procedure_code) do update
			set %3$s = monitoring_%1$s.%3$s + 1, resolved_seconds = monitoring_%1$s.resolved_seconds + excluded.resolved_seconds""";

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

}
