package vn.motcua.planning.demo;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.motcua.organization.AgencyView;
import vn.motcua.organization.OrganizationManagement;
import vn.motcua.shared.Vietnam;

import static vn.motcua.shared.Texts.blankToNull;

/** Writes a demo task and its history as it would have happened, day by day, from a row of the seed. */
final class DemoTasks {

	/** Who reports for a lead unit or department when the row names no official. */
	static final Map<String, String> LEADS = Map.of("05611", "truongphong.phuluong", "05641", "truongphong.votranh",
			"05620", "truongphong.yentrach", "05632", "truongphong.hopthanh", "000.03.00.H55", "truongphong.sotuphap",
			"000.02.00.H55", "caicach.thainguyen", "000.03.06.H55", "truongphong", "000.02.06.H55", "caicach");

	private final JdbcClient jdbc;

	private final OrganizationManagement organization;

	DemoTasks(JdbcClient jdbc, OrganizationManagement organization) {
		this.jdbc = jdbc;
		this.organization = organization;
	}

	void insert(Map<String, String> row, DemoPlanning.Source source) {
		LocalDate assigned = LocalDate.parse(row.get("assigned"));
		String code = row.get("lead");
		Optional<AgencyView> agency = this.organization.agencyOn(code, assigned);
		UUID unit = agency.map(AgencyView::unitId).orElseGet(() -> this.organization.unitOn(code, assigned).orElseThrow().id());
		String official = blankToNull(row.get("official"));
		String lead = official != null ? official : LEADS.getOrDefault(code, source.assigner());
		String state = row.get("state");
		LocalDate due = LocalDate.parse(row.get("due"));
		String extension = blankToNull(row.get("extended_to"));
		boolean pending = extension != null && extension.startsWith("?");
		LocalDate extended = extension == null ? null : LocalDate.parse(extension.replace("?", ""));
		LocalDate done = row.get("done_on").isEmpty() ? null : LocalDate.parse(row.get("done_on"));
		LocalDate progress = row.get("progress_on").isEmpty() ? null : LocalDate.parse(row.get("progress_on"));
		UUID id = UUID.randomUUID();
		boolean plan = source.kind().equals("PLAN");
		this.jdbc.sql("""
				insert into planning_task (id, source_kind, plan_id, conclusion_id, source_reference, title, output, lead_unit_id,
				  lead_agency_id, lead_official, assigner_unit_id, assigned_by, assigned_at, original_due, due_date, status, percent,
				  done_on, requested_due, closed_at)
				values (?, ?, ?, ?, (select coalesce(number || ' — ', '') || title from planning_plan where id = ?
				   union all select coalesce(m.reference || ' — ', '') || m.title from planning_conclusion c
				   join planning_meeting m on m.id = c.meeting_id where c.id = ?), ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(id, source.kind(), plan ? source.id() : null, plan ? null : source.id(), source.id(), source.id(),
					row.get("title"), blankToNull(row.get("output")), unit, agency.map(AgencyView::id).orElse(null), official,
					source.unit(), source.assigner(), at(assigned, 9), due, extended != null && !pending ? extended : due, state,
					Integer.parseInt(row.get("percent")), done, pending ? extended : null,
					state.equals("ACCEPTED") ? at(done.plusDays(1), 9) : state.equals("CANCELLED") ? at(cancelledOn(due), 10) : null)
			.update();
		event(id, "ASSIGNED", null, null, due, source.assigner(), at(assigned, 9));
		if (progress != null) {
			event(id, "PROGRESS", Integer.parseInt(row.get("percent")), "Đang triển khai theo kế hoạch.", null, lead, at(progress, 10));
		}
		if (extended != null) {
			LocalDate asked = due.minusDays(3);
			event(id, "EXTENSION_REQUESTED", null, "Khối lượng lớn, thiếu máy quét; đề nghị gia hạn.", extended, lead, at(asked, 11));
			if (!pending) {
				event(id, "EXTENSION_APPROVED", null, null, extended, source.assigner(), at(asked.plusDays(1), 9));
			}
		}
		if (done != null) {
			event(id, "REPORTED_DONE", 100, "Đã hoàn thành, gửi kèm sản phẩm.", null, lead, at(done, 15));
			if (state.equals("ACCEPTED")) {
				event(id, "ACCEPTED", null, null, null, source.assigner(), at(done.plusDays(1), 9));
			}
		}
		if (state.equals("CANCELLED")) {
			event(id, "CANCELLED", null, due.getYear() == 2025
					? "Chấm dứt do sắp xếp đơn vị hành chính từ 01/7/2025; xã mới tiếp tục thực hiện." : "Gộp vào dự án đầu tư trụ sở của xã.",
					null, source.assigner(), at(cancelledOn(due), 10));
		}
	}

	private static LocalDate cancelledOn(LocalDate due) {
		return due.getYear() == 2025 ? LocalDate.of(2025, 6, 30) : due.minusDays(30);
	}

	private void event(UUID task, String kind, @Nullable Integer percent, @Nullable String note, @Nullable LocalDate requested,
			String actor, Timestamp at) {
		this.jdbc.sql("insert into planning_task_event (task_id, kind, percent, note, requested_due, actor, at) values (?, ?, ?, ?, ?, ?, ?)")
			.params(task, kind, percent, note, requested, actor, at)
			.update();
	}

	static Timestamp at(LocalDate day, int hour) {
		return Timestamp.from(day.atTime(LocalTime.of(hour, 0)).atZone(Vietnam.ZONE).toInstant());
	}

}
