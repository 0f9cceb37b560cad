package vn.motcua.planning.demo;

import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Profile;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.motcua.organization.OrganizationManagement;
import vn.motcua.planning.domain.ReportPeriod;
import vn.motcua.planning.reports.Reports;

/**
 * The demo's periodic reports: the district's quarterly reform report of 2025 (until the district
 * ended), the province's quarterly report since the third quarter of 2025 and its monthly report on
 * procedures since January 2026. Most were sent on time, some late — Vô Tranh's in the district era,
 * as the article said — and one is missing: Yên Trạch's for the third quarter of 2026.
 */
@Component
@Profile("demo")
class DemoReports {

	private static final List<String> COMMUNES = List.of("05611", "05641", "05620", "05632");

	private final JdbcClient jdbc;

	private final OrganizationManagement organization;

	private final Reports reports;

	DemoReports(JdbcClient jdbc, OrganizationManagement organization, Reports reports) {
		this.jdbc = jdbc;
		this.organization = organization;
		this.reports = reports;
	}

	void seed(UUID district, UUID province, LocalDate today) {
		LocalDate era = LocalDate.of(2025, 1, 1);
		schedule(district, "Báo cáo công tác cải cách hành chính quý", "QUARTERLY", "2025-Q1", "2025-Q2",
				List.of("05611", "05647", "05617", "05638"), era, "lanhdao");
		schedule(province, "Báo cáo công tác cải cách hành chính quý", "QUARTERLY", "2025-Q3", null, COMMUNES, today,
				"lanhdao.thainguyen");
		schedule(province, "Báo cáo tình hình giải quyết thủ tục hành chính tháng", "MONTHLY", "2026-M01", null, COMMUNES, today,
				"lanhdao.thainguyen");
		this.reports.open(today);
		Random random = new Random(2026);
		this.jdbc.sql("""
				select id, period, due_date, unit_id from planning_report where due_date < ? order by due_date, period, unit_id""")
			.param(today)
			.query((rs, n) -> new Object[] { rs.getObject(1, UUID.class), rs.getString(2), rs.getObject(3, LocalDate.class),
					this.organization.unit(rs.getObject(4, UUID.class)).orElseThrow().code() })
			.list()
			.forEach(r -> {
				String period = (String) r[1];
				String code = (String) r[3];
				LocalDate due = (LocalDate) r[2];
				if (period.equals("2026-Q3") && code.equals("05620")) {
					return;
				}
				boolean late = code.equals("05647") || random.nextInt(100) < 15;
				LocalDate sent = late ? due.plusDays(1 + random.nextInt(6)) : due.minusDays(random.nextInt(4));
				this.jdbc.sql("""
						update planning_report set body = ?, submitted_at = ?, submitted_by = ?, submitted_on = ? where id = ?""")
					.params("Báo cáo kỳ " + period + " (bản demo).", DemoTasks.at(sent, 16),
							DemoTasks.LEADS.getOrDefault(code, "quantri.phuluong"), sent, r[0])
					.update();
			});
	}

	private void schedule(UUID issuer, String title, String frequency, String first, @Nullable String last, List<String> codes,
			LocalDate day, String by) {
		UUID[] units = codes.stream().map(c -> this.organization.unitOn(c, day).orElseThrow().id()).toArray(UUID[]::new);
		this.jdbc.sql("""
				insert into planning_report_schedule (id, issuer_unit_id, title, frequency, due_day, due_months_after, first_period,
				  last_period, unit_ids, legal_basis, created_by, created_at) values (?, ?, ?, ?, 18, 0, ?, ?, ?, ?, ?, ?)""")
			.params(UUID.randomUUID(), issuer, title, frequency, first, last, units,
					"Nghị định 09/2019/NĐ-CP (chốt số liệu từ ngày 15 tháng trước đến ngày 14)", by,
					DemoTasks.at(ReportPeriod.parse(first).from(), 8))
			.update();
	}

}
