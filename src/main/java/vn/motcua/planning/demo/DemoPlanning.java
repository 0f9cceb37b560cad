package vn.motcua.planning.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.motcua.organization.OrganizationManagement;
import vn.motcua.shared.Csv;
import vn.motcua.shared.Vietnam;

/**
 * Demo profile: the work of both eras. The district's 2025 reform plan and its steering committee's
 * meeting of February 2025 (whose conclusions were about late reports and unchecked electronic
 * handling), cut short by the reform of 01/07/2025; the province's 2026 plan and its committee's
 * meeting of March 2026, with tasks in every state on today's clock ({@code seed/planning-demo-tasks.csv});
 * the periodic reports of both, some late and one missing ({@link DemoReports}).
 */
@Component
@Profile("demo")
@Order(55)
class DemoPlanning implements ApplicationRunner {

	private final JdbcClient jdbc;

	private final OrganizationManagement organization;

	private final DemoReports reports;

	private final Clock clock;

	DemoPlanning(JdbcClient jdbc, OrganizationManagement organization, DemoReports reports, Clock clock) {
		this.jdbc = jdbc;
		this.organization = organization;
		this.reports = reports;
		this.clock = clock;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (this.jdbc.sql("select count(*) from planning_task").query(Long.class).single() > 0) {
			return;
		}
		LocalDate today = LocalDate.ofInstant(this.clock.instant(), Vietnam.ZONE);
		DemoTasks tasks = new DemoTasks(this.jdbc, this.organization);
		DemoRecords records = new DemoRecords(this.jdbc);
		UUID district = this.organization.unitOn("168", LocalDate.of(2025, 1, 1)).orElseThrow().id();
		UUID province = this.organization.unitOn("19", today).orElseThrow().id();
		Map<String, Source> sources = new HashMap<>();
		sources.put("PLAN2025", new Source("PLAN", records.plan(district, 2025, "08/KH-UBND", "2025-01-10",
				"Kế hoạch cải cách hành chính năm 2025 của UBND huyện Phú Lương", "lanhdao"), district, "lanhdao"));
		sources.put("PLAN2026", new Source("PLAN", records.plan(province, 2026, "15/KH-UBND", "2026-01-12",
				"Kế hoạch cải cách hành chính năm 2026 của UBND tỉnh Thái Nguyên", "lanhdao.thainguyen"), province,
				"lanhdao.thainguyen"));
		List<UUID> c2025 = records.meeting(district, "2025-02-20", "Hội nghị Ban Chỉ đạo cải cách hành chính huyện Phú Lương năm 2025",
				"Thông báo 21/TB-UBND", "Đỗ Quang Hưng, Phó Chủ tịch UBND huyện", "lanhdao",
				List.of("Khắc phục ngay tình trạng báo cáo cải cách hành chính chậm, không đúng hạn; các xã gửi báo cáo quý đúng hạn.",
						"Kiểm tra việc giải quyết hồ sơ trên hệ thống một cửa điện tử; phân công đến từng bước, từng cán bộ, từng việc."));
		List<UUID> c2026 = records.meeting(province, "2026-03-05", "Hội nghị Ban Chỉ đạo cải cách hành chính tỉnh quý I/2026",
				"Thông báo 56/TB-UBND", "Bế Văn Thịnh, Phó Chủ tịch UBND tỉnh", "lanhdao.thainguyen",
				List.of("Các xã hoàn thành số hóa hồ sơ, kết quả giải quyết thủ tục hành chính còn hiệu lực trước 30/9/2026.",
						"Tổ chức đối thoại với người dân về giải quyết thủ tục hành chính ít nhất một lần trong năm.",
						"Chuẩn hóa dữ liệu hộ tịch điện tử của các xã sau sắp xếp."));
		for (int i = 0; i < c2025.size(); i++) {
			sources.put("MEETING2025:" + (i + 1), new Source("MEETING", c2025.get(i), district, "lanhdao"));
		}
		for (int i = 0; i < c2026.size(); i++) {
			sources.put("MEETING2026:" + (i + 1), new Source("MEETING", c2026.get(i), province, "lanhdao.thainguyen"));
		}
		for (Map<String, String> row : Csv.read(DemoPlanning.class.getResourceAsStream("/seed/planning-demo-tasks.csv"))) {
			tasks.insert(row, sources.get(row.get("source")));
		}
		this.reports.seed(district, province, today);
	}

	/** Where demo tasks come from: a plan or a conclusion, the assigning unit and official. */
	record Source(String kind, UUID id, UUID unit, String assigner) {
	}

}
