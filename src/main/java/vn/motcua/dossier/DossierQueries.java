package vn.motcua.dossier;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import vn.motcua.calendar.CalendarManagement;
import vn.motcua.calendar.Channel;
import vn.motcua.calendar.Timeliness;
import vn.motcua.organization.OrganizationManagement;
import vn.motcua.organization.UnitScope;
import vn.motcua.shared.Actor;
import vn.motcua.shared.Role;
import vn.motcua.shared.SqlTimes;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Lists and work queues of dossiers, always inside the official's scope. */
@Service
@Transactional(readOnly = true)
public class DossierQueries {

	public static final int MAX_PAGE_SIZE = 200;

	private static final String PENDING = " d.closed_at is null and d.status in ('RECEIVED', 'IN_PROGRESS') ";

	private final JdbcClient jdbc;

	private final OrganizationManagement organization;

	private final CalendarManagement calendar;

	private final Clock clock;

	private final DossierViews views;

	DossierQueries(JdbcClient jdbc, OrganizationManagement organization, CalendarManagement calendar, Clock clock) {
		this.jdbc = jdbc;
		this.organization = organization;
		this.calendar = calendar;
		this.clock = clock;
		this.views = new DossierViews(clock.getZone());
	}

	/**
	 * @param unitIds restrict to these units (already resolved, inside the scope or not:
	 * outside ones simply match nothing); empty for the whole scope.
	 * @return a page of dossiers, newest first.
	 */
	public DossierPage search(Actor actor, WorkQueue queue, List<UUID> unitIds, @Nullable DossierStatus status, int page,
			int size) {
		Map<String, Object> params = new HashMap<>();
		String where = where(actor, queue, unitIds, status, params);
		long total = this.jdbc.sql("select count(*) from dossier d where " + where).params(params).query(Long.class).single();
		int limit = Math.max(1, Math.min(MAX_PAGE_SIZE, size));
		params.put("limit", limit);
		params.put("offset", (long) Math.max(0, page) * limit);
		List<DossierSummary> items = this.jdbc.sql("select d.* from dossier d where " + where
				+ " order by d.received_at desc, d.code desc limit :limit offset :offset")
			.params(params)
			.query(this::summary)
			.list();
		return new DossierPage(items, Math.max(0, page), limit, total);
	}

	/** @return how many dossiers each queue holds for the official. */
	public Map<WorkQueue, Long> counts(Actor actor) {
		Map<WorkQueue, Long> counts = new EnumMap<>(WorkQueue.class);
		for (WorkQueue queue : WorkQueue.values()) {
			Map<String, Object> params = new HashMap<>();
			String where = where(actor, queue, List.of(), null, params);
			counts.put(queue, this.jdbc.sql("select count(*) from dossier d where " + where).params(params)
				.query(Long.class)
				.single());
		}
		return counts;
	}

	private String where(Actor actor, WorkQueue queue, List<UUID> unitIds, @Nullable DossierStatus status,
			Map<String, Object> params) {
		List<String> clauses = new ArrayList<>();
		UnitScope scope = this.organization.scopeOf(actor);
		if (!scope.systemWide()) {
			clauses.add("(" + scope.sqlCondition("d.unit_id") + " or exists (select 1 from dossier_step s"
					+ " where s.dossier_id = d.id and " + scope.sqlCondition("s.acting_unit_id") + "))");
			params.put("scope", scope.sqlUnits());
		}
		if (!unitIds.isEmpty()) {
			clauses.add("d.unit_id in (:units)");
			params.put("units", unitIds);
		}
		if (status != null) {
			clauses.add("d.status = :status");
			params.put("status", status.name());
		}
		Instant now = this.clock.instant();
		switch (queue) {
			case OVERDUE -> {
				clauses.add(PENDING + "and d.due_at < :now");
				params.put("now", Timestamp.from(now));
			}
			case DUE_SOON -> {
				LocalDate today = LocalDate.ofInstant(now, this.clock.getZone());
				LocalDate next = this.calendar.plusWorkingDays(today, 1, null);
				clauses.add(PENDING + "and d.due_at >= :now and d.due_at < :until");
				params.put("now", Timestamp.from(now));
				params.put("until", Timestamp.from(next.plusDays(1).atStartOfDay(this.clock.getZone()).toInstant()));
			}
			case MY_STEPS -> {
				clauses.add(PENDING + """
						and exists (select 1 from dossier_step s where s.dossier_id = d.id and s.position = d.current_step
						  and (s.assignee = :me or (s.assignee is null and s.role in (:roles))))""");
				params.put("me", actor.username());
				List<String> roles = Role.stepHolders().stream().filter(actor::hasRole).map(Role::name).toList();
				params.put("roles", roles.isEmpty() ? List.of("-") : roles);
			}
			case ALL -> {
			}
		}
		return clauses.isEmpty() ? "true" : String.join(" and ", clauses);
	}

	private DossierSummary summary(ResultSet rs, int row) throws SQLException {
		Instant due = SqlTimes.instant(rs, "due_at");
		Instant rescheduled = SqlTimes.instant(rs, "rescheduled_due_at");
		boolean pending = rs.getTimestamp("closed_at") == null
				&& List.of("RECEIVED", "IN_PROGRESS").contains(rs.getString("status"));
		return new DossierSummary(rs.getString("code"), DossierStatus.valueOf(rs.getString("status")),
				rs.getString("procedure_code"), rs.getString("procedure_name"), rs.getString("applicant_name"),
				rs.getString("agency_code"), rs.getObject("unit_id", UUID.class), Channel.valueOf(rs.getString("channel")),
				this.views.at(SqlTimes.instant(rs, "received_at")), this.views.at(due),
				this.views.at(rescheduled != null ? rescheduled : due), (Integer) rs.getObject("current_step"),
				pending && due != null && this.clock.instant().isAfter(due),
				rs.getString("timeliness") == null ? null : Timeliness.valueOf(rs.getString("timeliness")));
	}

}
