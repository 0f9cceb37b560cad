package vn.motcua.dossier.lists;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import vn.motcua.calendar.CalendarManagement;
import vn.motcua.calendar.Channel;
import vn.motcua.calendar.Timeliness;
import vn.motcua.dossier.DossierStatus;
import vn.motcua.dossier.domain.ActionPolicy;
import vn.motcua.dossier.processing.DossierViews;
import vn.motcua.organization.OrganizationManagement;
import vn.motcua.shared.Actor;
import vn.motcua.shared.SqlTimes;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Lists and work queues of dossiers, always inside the official's scope. */
@Service
@Transactional(readOnly = true)
class DossierQueries {

	static final int MAX_PAGE_SIZE = 200;

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
	 * @param search what the desk typed and chose; {@link DossierSearch#NONE} for nothing.
	 * @return a page of dossiers: «my work» soonest due first, any other list newest first.
	 */
	DossierPage search(Actor actor, WorkQueue queue, List<UUID> unitIds, @Nullable DossierStatus status,
			DossierSearch search, int page, int size) {
		return search(filter(actor), queue, unitIds, status, search, page, size, null);
	}

	/**
	 * The official's screens: every queue's count, and a page of one queue. When neither a status nor
	 * a search narrows the queue, the page's total is the queue's count, not counted a second time
	 * (the province's «all» at 5,000,000 dossiers took a second to count before {@link QueueFilter#count}).
	 */
	Overview overview(Actor actor, WorkQueue queue, @Nullable DossierStatus status, DossierSearch search, int page,
			int size) {
		QueueFilter filter = filter(actor);
		Map<WorkQueue, Long> counts = counts(filter);
		Long total = status == null && search.isEmpty() ? counts.get(queue) : null;
		return new Overview(counts, search(filter, queue, List.of(), status, search, page, size, total));
	}

	/** Every queue's count, and a page of one of them. */
	record Overview(Map<WorkQueue, Long> counts, DossierPage page) {
	}

	private DossierPage search(QueueFilter filter, WorkQueue queue, List<UUID> unitIds, @Nullable DossierStatus status,
			DossierSearch search, int page, int size, @Nullable Long counted) {
		long total = counted != null ? counted : count(filter, queue, unitIds, status, search);
		Map<String, Object> params = new HashMap<>();
		String where = filter.where(queue, unitIds, status, search, params);
		int limit = Math.max(1, Math.min(MAX_PAGE_SIZE, size));
		params.put("limit", limit);
		params.put("offset", (long) Math.max(0, page) * limit);
		String order = queue == WorkQueue.MY_STEPS || queue == WorkQueue.DUE_SOON
				? "coalesce(d.rescheduled_due_at, d.due_at) asc nulls last, d.code"
				: "d.received_at desc, d.code desc";
		List<DossierSummary> items = this.jdbc.sql("select d.* from dossier d where " + where + " order by " + order
				+ " limit :limit offset :offset")
			.params(params)
			.query(this::summary)
			.list();
		return new DossierPage(items, Math.max(0, page), limit, total);
	}

	/** @return how many dossiers each queue holds for the official. */
	Map<WorkQueue, Long> counts(Actor actor) {
		return counts(filter(actor));
	}

	private Map<WorkQueue, Long> counts(QueueFilter filter) {
		Map<WorkQueue, Long> counts = new EnumMap<>(WorkQueue.class);
		for (WorkQueue queue : WorkQueue.values()) {
			counts.put(queue, count(filter, queue, List.of(), null, DossierSearch.NONE));
		}
		return counts;
	}

	private long count(QueueFilter filter, WorkQueue queue, List<UUID> unitIds, @Nullable DossierStatus status,
			DossierSearch search) {
		Map<String, Object> params = new HashMap<>();
		return this.jdbc.sql(filter.count(queue, unitIds, status, search, params)).params(params).query(Long.class).single();
	}

	private QueueFilter filter(Actor actor) {
		ActionPolicy.requireReader(actor);
		return new QueueFilter(actor, this.organization.scopeOf(actor), this.calendar, this.clock);
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
